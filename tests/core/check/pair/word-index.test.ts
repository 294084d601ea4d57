import { describe, expect, it } from 'vitest';
import type { BeadSegment } from '../../../../src/core/check/pair/bead-segments.ts';
import {
  DistinctWordIndexBuilder,
  foldsOf,
  hasRendering,
  indexWords,
  joinWordIndexes,
} from '../../../../src/core/check/pair/word-index.ts';

// Segments laid end to end in one imaginary document (offsets are document offsets).
function segments(...texts: string[]): BeadSegment[] {
  let at = 0;
  return texts.map((text, index) => {
    const seg = { index, start: at, end: at + text.length, text };
    at += text.length + 1;
    return seg;
  });
}

const beads = [
  segments('La Maison-Blanche a reçu Jean-Paul Martin.', 'Les Américaines de l’OTAN votent.'),
  segments(),
  segments('« Apple » vend des pommes à la Maison Blanche.'),
  segments('Martin, Martin et encore Martin-Dupont.'),
];

describe('compact word indexes give the answers of the full ones', () => {
  it('foldsOf is the fold set of indexWords', () => {
    for (const b of beads) expect(foldsOf(b)).toEqual(indexWords(b).folds);
  });

  it('the builder returns each list’s folds and joins them as joinWordIndexes does', () => {
    const builder = new DistinctWordIndexBuilder();
    for (const b of beads) expect(builder.add(b)).toEqual(indexWords(b).folds);
    const compact = builder.build();
    const full = joinWordIndexes(beads.map((b) => indexWords(b)));
    expect(compact.phrase).toBe(full.phrase);
    expect(compact.folds).toEqual(full.folds);
    // Each word form once, with the text, fold and mask of its occurrences.
    const forms = (ws: typeof full.words) =>
      [...new Map(ws.map((w) => [w.text, `${w.fold}|${w.mask}|${w.capitalised}`]))].sort();
    expect(forms(compact.words)).toEqual(forms(full.words));
    expect(compact.words.length).toBe(new Set(full.words.map((w) => w.text)).size);
    for (const r of ['maison blanche', 'americain', 'pomme', 'otan', 'dupont', 'chine'])
      expect(hasRendering(compact, r)).toBe(hasRendering(full, r));
  });

  it('a lookup index of one list answers as its full index', () => {
    const builder = new DistinctWordIndexBuilder();
    for (const b of beads) builder.add(b);
    for (const b of beads) {
      const lookup = builder.lookup(b);
      const full = indexWords(b);
      expect(lookup.phrase).toBe(full.phrase);
      expect(lookup.folds).toEqual(full.folds);
      expect(new Set(lookup.words.map((w) => w.text))).toEqual(new Set(full.words.map((w) => w.text)));
      for (const r of ['maison blanche', 'americain', 'martin', 'jean paul', 'pomme'])
        expect(hasRendering(lookup, r)).toBe(hasRendering(full, r));
    }
  });
});
