/**
 * Containment of a partial rendering: a short paragraph that renders one sentence of a longer
 * paragraph is rendered whole by a stretch of it, though the long side's other sentences dilute
 * every whole-paragraph measure; a same-story paragraph that shares only the names is not.
 */
import { describe, expect, it } from 'vitest';
import {
  type ContainmentRows,
  containmentRowZ,
  containmentShare,
} from '../../../src/core/align/containment.ts';
import { coverageShares } from '../../../src/core/align/coverage-background.ts';
import { expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import { createLocalBuffers, swapPairKeys } from '../../../src/core/align/local-similarity.ts';
import { createKeySpace, extractFeatures } from '../../../src/core/align/segment-features.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon } from '../../../src/core/lexicon/translation-keys.ts';

describe('containment', () => {
  const lexicon = parseLexicon(
    [
      'council\tconseil',
      'voted\tvoté',
      'close\tfermer',
      'harbour\tport',
      'winter\thiver',
      'storms\ttempêtes',
      'monday\tlundi',
      'fishermen\tpêcheurs',
      'boats\tbateaux',
      'mayor\tmaire',
    ].join('\n'),
    'en',
    'fr',
  );
  const space = createKeySpace();
  const en = [
    'The council of Brest voted on Monday to close the harbour for the whole winter. Fishermen fear for their boats and their income. The mayor, Paul Martin, said the decision was taken after long talks with the unions.',
    'Paul Martin met the unions of Brest again on Tuesday to discuss the budget of the town.',
    'Storms hit the coast near Brest last year and damaged many roofs in the old town centre.',
  ];
  const fr = [
    'Le conseil de Brest a voté lundi pour fermer le port tout l’hiver.',
    'Paul Martin, le maire de Brest, a reçu les syndicats mardi, selon la presse locale.',
    'La ville prépare aussi sa saison touristique et ses fêtes de l’été.',
  ];
  const src = extractFeatures(en, space);
  const tgt = extractFeatures(fr, space);
  const keys = {
    src: expandSourceKeys(src, space, [keyLexicon(lexicon)]),
    tgt: expandSourceKeys(tgt, space, []),
  };
  const buffers = createLocalBuffers(space.ids.size);

  it('finds the sentence a short paragraph renders inside a longer one, where whole-paragraph coverage is diluted', () => {
    const contained = containmentShare(src, tgt, keys, 0, 0, buffers);
    const [least] = coverageShares(src, tgt, keys, 0, 0, buffers);
    // Words outside the little lexicon (lundi, tout) and function words stay unmatched.
    expect(contained).toBeGreaterThan(0.3);
    expect(contained).toBeGreaterThan(least + 0.15);
  });

  it('is low for a same-story paragraph that shares only names, and the rendering stands out of the short segment’s own background', () => {
    const rendered = containmentShare(src, tgt, keys, 0, 0, buffers);
    const sameStory = containmentShare(src, tgt, keys, 1, 1, buffers);
    expect(sameStory).toBeLessThan(rendered - 0.2);
    const rows: ContainmentRows = new Map();
    const renderedZ = containmentRowZ(src, tgt, keys, 0, 0, rows, buffers);
    expect(renderedZ).toBeGreaterThan(1);
    expect(containmentRowZ(src, tgt, keys, 1, 1, rows, buffers)).toBeLessThan(renderedZ);
  });

  it('is the same with the two texts swapped', () => {
    const swapped = swapPairKeys(keys);
    for (let i = 0; i < en.length; i++)
      for (let j = 0; j < fr.length; j++)
        expect(containmentShare(tgt, src, swapped, j, i, buffers)).toBeCloseTo(
          containmentShare(src, tgt, keys, i, j, buffers),
          9,
        );
    const rows: ContainmentRows = new Map();
    const swappedRows: ContainmentRows = new Map();
    for (let i = 0; i < en.length; i++)
      for (let j = 0; j < fr.length; j++)
        expect(containmentRowZ(tgt, src, swapped, j, i, swappedRows, buffers)).toBeCloseTo(
          containmentRowZ(src, tgt, keys, i, j, rows, buffers),
          9,
        );
  });

  it('is 0 for an empty segment', () => {
    const empty = extractFeatures(['', '...'], space);
    const k = { src: expandSourceKeys(empty, space, []), tgt: keys.tgt };
    expect(containmentShare(empty, tgt, k, 0, 0, createLocalBuffers(space.ids.size))).toBe(0);
  });
});
