/**
 * The rare-match share of a pair: how much of its evidence is met by words that the other text
 * holds in few segments (a rendered passage's own words) rather than by the story's names and
 * words that recur throughout both reports.
 */
import { describe, expect, it } from 'vitest';
import { expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import { keySegmentCounts, rareMatchShare } from '../../../src/core/align/rare-match-share.ts';
import { createKeySpace, extractFeatures } from '../../../src/core/align/segment-features.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon } from '../../../src/core/lexicon/translation-keys.ts';

describe('rareMatchShare', () => {
  const lexicon = parseLexicon('immoral\timmorale\npolicy\tpolitique\nface\tface', 'en', 'fr');
  const space = createKeySpace();
  // Both reports name Amazon, Palantir and ICE in most of their segments.
  const en = [
    'Amazon sells Palantir software used by ICE',
    'Amazon workers wrote to Bezos about Palantir and ICE',
    'In the face of this immoral policy Amazon must stop',
    'Palantir and ICE deny it, Amazon says',
  ];
  const fr = [
    'Amazon vend à Palantir un logiciel pour ICE',
    'Face à cette politique immorale envers ICE et Palantir, Amazon doit cesser',
    'Palantir et ICE nient, selon Amazon',
  ];
  const src = extractFeatures(en, space);
  const tgt = extractFeatures(fr, space);
  const keys = {
    src: expandSourceKeys(src, space, [keyLexicon(lexicon)]),
    tgt: expandSourceKeys(tgt, space, []),
  };
  const share = (i: number, j: number) =>
    rareMatchShare(src, tgt, keys, i, j, keySegmentCounts(src), keySegmentCounts(tgt));

  it('is higher for a rendered passage than for a same-story pair that shares only the names', () => {
    const rendered = share(2, 1);
    const sameStory = share(3, 0);
    expect(sameStory).toBe(0);
    expect(rendered).toBeGreaterThan(0.2);
  });

  it('is the same whichever text is the source', () => {
    const swapped = rareMatchShare(
      tgt,
      src,
      { src: keys.tgt, tgt: keys.src },
      1,
      2,
      keySegmentCounts(tgt),
      keySegmentCounts(src),
    );
    expect(swapped).toBeCloseTo(share(2, 1), 9);
  });
});
