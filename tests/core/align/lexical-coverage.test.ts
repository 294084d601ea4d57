import { describe, expect, it } from 'vitest';
import { diagonalBand } from '../../../src/core/align/band.ts';
import { beadCoverage, computeCoverage, expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import { createKeySpace, extractFeatures } from '../../../src/core/align/segment-features.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon } from '../../../src/core/lexicon/translation-keys.ts';

const HEADLINE = 'Armed robber in Friedenau: Kowalski pharmacy';
const BODY = 'An armed robber held up the Kowalski pharmacy in Friedenau on Monday evening.';
const BODY_FR = 'Un voleur armé a dévalisé lundi soir la pharmacie Kowalski à Friedenau.';
const HEADLINE_FR = 'Voleur armé à Friedenau : pharmacie Kowalski.';

function coverageOf(src: string[], tgt: string[], contest = true) {
  const space = createKeySpace();
  const s = extractFeatures(src, space);
  const t = extractFeatures(tgt, space);
  const keys = expandSourceKeys(s, space, []);
  const coverage = computeCoverage(s, t, keys, diagonalBand(s.count, t.count, 4), space.ids.size, contest);
  return { s, t, coverage };
}

describe('computeCoverage one-to-one contests', () => {
  it('marks the names a headline shares with the next paragraph as contested when the target has them once', () => {
    const { coverage } = coverageOf([HEADLINE, BODY], [BODY_FR]);
    // Friedenau, Kowalski, pharmacy: both source paragraphs claim the one French token.
    expect(coverage.dupS[0]!).toBeGreaterThan(1);
  });

  it('contests nothing when the target renders the headline too (a true merge)', () => {
    const { coverage } = coverageOf([HEADLINE, BODY], [`${HEADLINE_FR} ${BODY_FR}`]);
    expect(coverage.dupS[0]!).toBeLessThan(0.2);
  });

  it('contests the target halves of a 1-2 bead that claim the same source word', () => {
    const one = coverageOf(
      [BODY],
      ['La pharmacie Kowalski à Friedenau.', 'Friedenau, Kowalski, la pharmacie.'],
    );
    const two = coverageOf(
      [`${BODY} ${HEADLINE}`],
      ['La pharmacie Kowalski à Friedenau.', 'Friedenau, Kowalski, la pharmacie.'],
    );
    expect(one.coverage.dupT[0]!).toBeGreaterThan(1);
    expect(two.coverage.dupT[0]!).toBeLessThan(0.2);
  });

  it('makes a merged segment without words of its own fall short of the expected coverage', () => {
    const out = new Float64Array(5);
    const dropped = coverageOf([HEADLINE, BODY], [BODY_FR]);
    beadCoverage(dropped.coverage, dropped.s, dropped.t, 0, 2, 0, 1, out, true, 0.5);
    const droppedShortfall = out[4]!;
    const merged = coverageOf([HEADLINE, BODY], [`${HEADLINE_FR} ${BODY_FR}`]);
    beadCoverage(merged.coverage, merged.s, merged.t, 0, 2, 0, 1, out, true, 0.5);
    expect(droppedShortfall).toBeGreaterThan(0.5);
    expect(out[4]!).toBeLessThan(droppedShortfall / 2);
  });

  it('leaves the contests at zero when not asked for them', () => {
    const { coverage } = coverageOf([HEADLINE, BODY], [BODY_FR], false);
    expect(Math.max(...coverage.dupS, ...coverage.dupT)).toBe(0);
  });
});

describe('expandSourceKeys with base forms', () => {
  it('gives an inflected verb the renderings of its base form only when asked (the parallel mode)', () => {
    const lexicon = keyLexicon(parseLexicon('augmenter\tincrease\n', 'fr', 'en'));
    const space = createKeySpace();
    const s = extractFeatures(['Les prix ont augmenté.'], space);
    const t = extractFeatures(['Prices increased.'], space);
    const coverageWith = (lemmas: boolean) => {
      const keys = expandSourceKeys(s, space, [lexicon], false, lemmas);
      return computeCoverage(s, t, keys, diagonalBand(1, 1, 1), space.ids.size, false);
    };
    // The source side's evidence weight in the 1-1 bead (out[0]): `augmenté` meets `increased`.
    const covered = (lemmas: boolean) => {
      const out = new Float64Array(4);
      beadCoverage(coverageWith(lemmas), s, t, 0, 1, 0, 1, out, false);
      return out[0]!;
    };
    expect(covered(false)).toBe(0);
    expect(covered(true)).toBeGreaterThan(0);
  });
});
