/**
 * Sentence match: a sentence rendered inside a paragraph of other words, against a paragraph that
 * holds its source beside other sentences. Both sides carry extra text, so the whole-paragraph
 * measures and containment are diluted; read sentence by sentence, the rendering stands out.
 */
import { describe, expect, it } from 'vitest';
import { containmentShare } from '../../../src/core/align/containment.ts';
import { expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import { createLocalBuffers, swapPairKeys } from '../../../src/core/align/local-similarity.ts';
import { createKeySpace, extractFeatures } from '../../../src/core/align/segment-features.ts';
import {
  hasSentences,
  type SentenceMatchRows,
  sentenceMatch,
  sentenceMatchExcess,
} from '../../../src/core/align/sentence-match.ts';
import { sentenceWindows } from '../../../src/core/align/sentence-windows.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon } from '../../../src/core/lexicon/translation-keys.ts';

describe('sentence match', () => {
  const lexicon = parseLexicon(
    [
      'council\tconseil',
      'voted\tvoté',
      'close\tfermer',
      'harbour\tport',
      'winter\thiver',
      'monday\tlundi',
      'fishermen\tpêcheurs',
      'boats\tbateaux',
      'mayor\tmaire',
      'unions\tsyndicats',
      'tourists\ttouristes',
      'summer\tété',
    ].join('\n'),
    'en',
    'fr',
  );
  const space = createKeySpace();
  const en = [
    // Sentence 2 is rendered inside French paragraph 0, beside French sentences of its own.
    'Tourists came back to Brest in large numbers this summer. The council of Brest voted on Monday to close the harbour for the whole winter. Hotels expect a quiet season.',
    'Paul Martin met the unions of Brest again on Tuesday. He spoke about the budget of the town for a long time.',
    'Storms hit the coast near Brest last year. Many roofs were damaged in the old town centre.',
  ];
  const fr = [
    'Les pêcheurs de Brest sont inquiets pour leurs bateaux. Le conseil de Brest a voté lundi pour fermer le port tout l’hiver. Ils demandent une aide de l’État.',
    'Paul Martin, le maire de Brest, a parlé aux journalistes. La presse locale en parle beaucoup.',
    'La ville prépare aussi sa saison touristique. Les fêtes de l’été commencent en juin.',
  ];
  const src = extractFeatures(en, space);
  const tgt = extractFeatures(fr, space);
  const keys = {
    src: expandSourceKeys(src, space, [keyLexicon(lexicon)]),
    tgt: expandSourceKeys(tgt, space, []),
  };
  const buffers = createLocalBuffers(space.ids.size);

  it('reads the sentences of a paragraph as windows of its word tokens', () => {
    const windows = sentenceWindows(src, 0);
    expect(windows.length).toBe(4);
    expect(windows[0]).toBe(src.tokStart[0]);
    // "Tourists came back to Brest in large numbers this summer." holds 10 words.
    expect(windows[1]! - windows[0]!).toBe(10);
    const { texts: _texts, ...untexted } = src;
    expect([...sentenceWindows(untexted, 1)]).toEqual([src.tokStart[1], src.tokStart[2]]);
  });

  it('finds the sentence rendered inside a paragraph of other words on both sides, where containment is diluted', () => {
    const matched = sentenceMatch(src, tgt, keys, 0, 0, buffers);
    expect(matched).toBeGreaterThan(0.4);
    expect(matched).toBeGreaterThan(containmentShare(src, tgt, keys, 0, 0, buffers) + 0.15);
    expect(hasSentences(src, tgt, 0, 0)).toBe(true);
  });

  it('is low for same-story paragraphs that share only names, and the rendering stands above chance', () => {
    const rendered = sentenceMatch(src, tgt, keys, 0, 0, buffers);
    expect(sentenceMatch(src, tgt, keys, 1, 1, buffers)).toBeLessThan(rendered - 0.2);
    const rows: SentenceMatchRows = new Map();
    const renderedExcess = sentenceMatchExcess(src, tgt, keys, 0, 0, rows, buffers);
    expect(renderedExcess).toBeGreaterThan(0.1);
    expect(sentenceMatchExcess(src, tgt, keys, 1, 1, rows, buffers)).toBeLessThan(renderedExcess - 0.1);
  });

  it('is the same with the two texts swapped', () => {
    const swapped = swapPairKeys(keys);
    const rows: SentenceMatchRows = new Map();
    const swappedRows: SentenceMatchRows = new Map();
    for (let i = 0; i < en.length; i++)
      for (let j = 0; j < fr.length; j++) {
        expect(sentenceMatch(tgt, src, swapped, j, i, buffers)).toBeCloseTo(
          sentenceMatch(src, tgt, keys, i, j, buffers),
          9,
        );
        expect(sentenceMatchExcess(tgt, src, swapped, j, i, swappedRows, buffers)).toBeCloseTo(
          sentenceMatchExcess(src, tgt, keys, i, j, rows, buffers),
          9,
        );
      }
  });

  it('says nothing where one side is a single sentence (containment reads that case)', () => {
    const one = extractFeatures(
      ['Le conseil de Brest a voté lundi pour fermer le port tout l’hiver.'],
      space,
    );
    expect(hasSentences(src, one, 0, 0)).toBe(false);
  });
});
