/**
 * Evidence for loosely rendered list items in the partial mode: competitive linking (a loose
 * item linked once its tight neighbour has taken the shared row or column), the head match of
 * two segments, and the list support of a short pair right beside a confident one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitiveLinks } from '../../../src/core/align/competitive-links.ts';
import { headMatch } from '../../../src/core/align/head-match.ts';
import { expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import { listSupport, shortness } from '../../../src/core/align/list-support.ts';
import { localPairConfidence } from '../../../src/core/align/local-pair-confidence.ts';
import { FEATURES } from '../../../src/core/align/score-local-pairs.ts';
import { createKeySpace, extractFeatures } from '../../../src/core/align/segment-features.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon } from '../../../src/core/lexicon/translation-keys.ts';

describe('competitiveLinks', () => {
  it('links a pair that is not the best of its row once a better pair has taken that row', () => {
    // Row 0 (a loose item) scores best with column 1 (the tight item's rendering), which row 1
    // scores higher still: row 1 takes column 1, and row 0 is linked to column 0.
    const pairs = [
      { i: 1, j: 1, v: 9 },
      { i: 0, j: 1, v: 4 },
      { i: 0, j: 0, v: 3 },
      { i: 2, j: 0, v: 2 },
    ];
    const links = competitiveLinks(pairs, 3, 2);
    expect([...links].sort((a, b) => a - b)).toEqual([0 * 2 + 0, 1 * 2 + 1]);
  });

  it('links the transposed pairs when the texts are swapped, ties included', () => {
    const pair = fc.record({
      i: fc.integer({ min: 0, max: 6 }),
      j: fc.integer({ min: 0, max: 6 }),
      v: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(pair, { selector: (p) => `${p.i}:${p.j}`, maxLength: 25 }), (pairs) => {
        const forward = [...competitiveLinks(pairs, 7, 7)].map((k) => `${Math.floor(k / 7)}:${k % 7}`);
        const swapped = [
          ...competitiveLinks(
            pairs.map((p) => ({ i: p.j, j: p.i, v: p.v })),
            7,
            7,
          ),
        ].map((k) => `${k % 7}:${Math.floor(k / 7)}`);
        expect(swapped.sort()).toEqual(forward.sort());
      }),
    );
  });
});

describe('headMatch', () => {
  const lexicon = parseLexicon('stop\tcesser\nselling\tvendre\npolice\tpolice', 'en', 'fr');
  const build = (en: string[], fr: string[]) => {
    const space = createKeySpace();
    const src = extractFeatures(en, space);
    const tgt = extractFeatures(fr, space);
    const keys = {
      src: expandSourceKeys(src, space, [keyLexicon(lexicon)]),
      tgt: expandSourceKeys(tgt, space, []),
    };
    return { src, tgt, keys };
  };

  it('is positive when the two segments open with words that render each other, zero when they share words further on only', () => {
    const { src, tgt, keys } = build(
      ['Stop selling software to the police', 'The mayor said the police would act after the vote'],
      ['Cesser de vendre des logiciels à la police', 'Le maire a parlé hier soir avec la police'],
    );
    expect(headMatch(src, tgt, keys, 0, 0)).toBeGreaterThan(0);
    // "police" is shared, but not among the first three words of either.
    expect(headMatch(src, tgt, keys, 0, 1)).toBe(0);
  });
});

describe('listSupport', () => {
  it('lifts a short pair right beside a confident pair, not a long one, nor one an item away', () => {
    const pairs = [
      { i: 4, j: 7 }, // the confident anchor
      { i: 5, j: 8 }, // a short item right after it
      { i: 3, j: 6 }, // a long segment right before it
      { i: 7, j: 10 }, // a short item two steps away
    ];
    const base = [0.99, 0.2, 0.2, 0.2];
    const short = [1, 1.2, 0, 1.5];
    const support = listSupport(pairs, base, short);
    expect(support[1]).toBeCloseTo(0.99, 6);
    expect(support[2]).toBe(0);
    expect(support[3]).toBe(0);
    // The anchor is lifted by its weak neighbour only as much as that neighbour is confident.
    expect(support[0]).toBeCloseTo(0.2, 6);
  });

  it('measures shortness against the side median, from 0 (median or longer) to 2', () => {
    expect(shortness(300, 300)).toBe(0);
    expect(shortness(600, 300)).toBe(0);
    expect(shortness(100, 300)).toBeCloseTo(Math.log(3), 6);
    expect(shortness(5, 300)).toBe(2);
  });

  it('makes a loosely rendered short item beside a tight one more likely right than wrong, and not the same item elsewhere', () => {
    // A loose item: modest own evidence (z 4, coverage z 2 and 0.5, lengths a little apart),
    // supported on one side only (it is the edge of the list).
    const features = new Array<number>(FEATURES.shortness + 1).fill(0);
    features[FEATURES.z] = 4;
    features[FEATURES.leastCoverage] = 2;
    features[FEATURES.mostCoverage] = 0.5;
    features[FEATURES.lengthDiff] = 0.25;
    features[FEATURES.supportMax] = 1;
    features[FEATURES.linked] = 1;
    const inList = [...features];
    inList[FEATURES.listSupport] = 0.6;
    expect(localPairConfidence(features)).toBeLessThan(0.5);
    expect(localPairConfidence(inList)).toBeGreaterThan(0.5);
  });
});
