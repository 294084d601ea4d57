import { describe, expect, it } from 'vitest';
import {
  MIN_ANCHOR_WORDS,
  pairQuotedPassages,
  type QuoteAnchor,
  quoteAnchors,
} from '../../../src/core/align/pair-quoted-passages.ts';
import type { Alignment, Bead } from '../../../src/core/model/alignment.ts';
import type { Span } from '../../../src/core/model/document.ts';
import type { TracedQuotation } from '../../../src/core/quote/quotation.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

/** An alignment of `n` source and `m` target segments with the given 1-1 pairs, the rest unpaired. */
function alignment(n: number, m: number, pairs: [number, number, number][]): Alignment {
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj, confidence] of [...pairs, [n, m, 0] as [number, number, number]]) {
    for (; i < pi; i++) beads.push({ src: [i], tgt: [], confidence: 0.9 });
    for (; j < pj; j++) beads.push({ src: [], tgt: [j], confidence: 0.8 });
    if (pi === n) break;
    beads.push({ src: [pi], tgt: [pj], confidence });
    i = pi + 1;
    j = pj + 1;
  }
  return { level: 'sentence', srcDocId: 's', tgtDocId: 't', beads, parallelism: 0 };
}

const lengths = (n: number, m: number) => ({ src: Array(n).fill(10), tgt: Array(m).fill(10) });
const anchor = (src: number[], tgt: number[], probability: number, chars = 100): QuoteAnchor => ({
  src,
  tgt,
  probability,
  chars,
});
const pairsOf = (a: Alignment) =>
  a.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).map((b) => [b.src, b.tgt, b.confidence]);

/** Every segment of both sides in exactly one bead, in order. */
function expectWellFormed(a: Alignment, n: number, m: number) {
  expect(a.beads.flatMap((b) => b.src)).toEqual([...Array(n).keys()]);
  expect(a.beads.flatMap((b) => b.tgt)).toEqual([...Array(m).keys()]);
}

describe('quoteAnchors', () => {
  const en = segmentDocument(
    'The mayor spoke.\nWe will build the largest park in Barcelona, she said.\nIt rained.',
    {
      id: 'en',
      name: 'en',
      lang: 'en',
    },
  );
  const fr = segmentDocument(
    'Il pleuvait.\n« Nous construirons le plus grand parc de Barcelone », a-t-elle dit.\nLa « Grande Bleue » brillait.',
    {
      id: 'fr',
      name: 'fr',
      lang: 'fr',
    },
  );
  /** A quotation of `fr` over `words`, traced to `source` in `en` with probability 0.95. */
  const traced = (words: string, source: string): TracedQuotation => {
    const at = fr.text.indexOf(words);
    const from = en.text.indexOf(source);
    const inner: Span = [at, at + words.length];
    return {
      id: `fr:${at}`,
      docId: 'fr',
      lang: 'fr',
      kind: 'quoted',
      span: inner,
      inner,
      text: words,
      paragraph: 0,
      line: 1,
      unbalanced: null,
      marks: [],
      list: null,
      parent: null,
      speaker: null,
      source: { docId: 'en', span: [from, from + source.length], text: source, score: 0.95, line: 1 },
      otherSources: [],
      verdict: 'faithful',
      flags: [],
      divergences: [],
      links: [],
      group: null,
    };
  };

  it('anchors the segments of a traced quotation and of its source, either way round', () => {
    const q = traced('Nous construirons le plus grand parc de Barcelone', 'largest park in Barcelona');
    expect(quoteAnchors([q], en, fr, 'paragraph')).toEqual([
      { src: [1], tgt: [1], probability: 0.95, chars: q.text.length },
    ]);
    expect(quoteAnchors([q], fr, en, 'paragraph')).toEqual([
      { src: [1], tgt: [1], probability: 0.95, chars: q.text.length },
    ]);
  });

  it(`takes no fragment under ${MIN_ANCHOR_WORDS} content words: its trace is not calibrated`, () => {
    expect(quoteAnchors([traced('Grande Bleue', 'largest park')], en, fr, 'paragraph')).toEqual([]);
  });
});

describe('pairQuotedPassages', () => {
  it('pairs two unpaired segments a traced quotation joins, with the trace probability, keeping every segment once and in order', () => {
    const base = alignment(6, 5, [[1, 1, 0.9]]);
    const out = pairQuotedPassages(base, [anchor([4], [3], 0.97)], lengths(6, 5));
    expect(pairsOf(out)).toEqual([
      [[1], [1], 0.9],
      [[4], [3], 0.97],
    ]);
    expectWellFormed(out, 6, 5);
    // The tracer's pair says where its confidence comes from; the aligner's does not.
    expect(out.beads.filter((b) => b.traced).map((b) => b.src)).toEqual([[4]]);
    // The unpaired beads keep their confidence.
    expect(out.beads.find((b) => b.src[0] === 5)?.confidence).toBe(0.9);
    expect(out.beads.find((b) => b.tgt[0] === 4)?.confidence).toBe(0.8);
    // Four of the eleven segments (of equal length) are now in confident pairs.
    expect(out.parallelism).toBeCloseTo(4 / 11, 6);
  });

  it('refuses an anchor that would cross a pair or take a paired segment', () => {
    const base = alignment(6, 6, [[2, 2, 0.9]]);
    expect(pairQuotedPassages(base, [anchor([1], [4], 0.99)], lengths(6, 6))).toBe(base);
    expect(pairQuotedPassages(base, [anchor([2], [4], 0.99)], lengths(6, 6))).toBe(base);
  });

  it('raises the confidence of a pair the tracer confirms, never lowers it', () => {
    const base = alignment(3, 3, [[1, 1, 0.6]]);
    const raised = pairQuotedPassages(base, [anchor([1], [1], 0.95)], lengths(3, 3));
    expect(pairsOf(raised)).toEqual([[[1], [1], 0.95]]);
    expect(raised.beads.find((b) => b.src[0] === 1)?.traced).toBe(true);
    expect(
      pairQuotedPassages(alignment(3, 3, [[1, 1, 0.99]]), [anchor([1], [1], 0.9)], lengths(3, 3)).beads,
    ).toEqual(alignment(3, 3, [[1, 1, 0.99]]).beads);
  });

  it('widens a pair by the next segment when a second quotation of the same segment is traced there', () => {
    // A French sentence that renders two items of a list: one item was paired, the other is traced.
    const base = alignment(5, 3, [[3, 1, 0.6]]);
    const out = pairQuotedPassages(base, [anchor([3], [1], 0.99), anchor([2], [1], 0.99)], lengths(5, 3));
    expect(pairsOf(out)).toEqual([[[2, 3], [1], 0.99]]);
    expectWellFormed(out, 5, 3);
    // Not when the other segment is not next to the pair.
    expect(pairsOf(pairQuotedPassages(base, [anchor([1], [1], 0.99)], lengths(5, 3)))).toEqual([
      [[3], [1], 0.6],
    ]);
  });

  it('gives a segment quoting two passages far apart to the anchor that vouches for more text', () => {
    const base = alignment(8, 3, []);
    const out = pairQuotedPassages(
      base,
      [anchor([6], [1], 0.99, 60), anchor([2], [1], 0.95, 180)],
      lengths(8, 3),
    );
    expect(pairsOf(out)).toEqual([[[2], [1], 0.95]]);
  });
});
