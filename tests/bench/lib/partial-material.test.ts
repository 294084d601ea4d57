/**
 * The partial-mode benchmark material: list documents and same-event documents keep every
 * unit of both sides in exactly one gold bead, pair only what they rendered, and mark their
 * negatives.
 */
import { describe, expect, it } from 'vitest';
import type { IdBead } from './bead-metrics.ts';
import { listParallelDocs } from './list-parallel-docs.ts';
import { partialRenderingDocs } from './partial-rendering-docs.ts';
import type { WmtPair } from './read-wmt.ts';
import { sameEventDocs } from './same-event-docs.ts';

/** A fake WMT document pair: `n` sentences in paragraphs of two, French = "fr " + English. */
function fakePair(docid: string, n: number, names: readonly string[]): WmtPair {
  const en = Array.from(
    { length: n },
    (_, k) =>
      `Sentence ${k} of ${docid} says that ${names[k % names.length]} met ${names[(k + 1) % names.length]} during the long talks.`,
  );
  const paragraphs = (sentences: string[]) =>
    Array.from({ length: Math.ceil(n / 2) }, (_, p) => sentences.slice(2 * p, 2 * p + 2));
  return {
    docid,
    origlang: 'en',
    en: { docid, origlang: 'en', paragraphs: paragraphs(en) },
    fr: { docid, origlang: 'en', paragraphs: paragraphs(en.map((s) => `fr ${s}`)) },
  };
}

function coversOnce(gold: readonly IdBead[], n: number, m: number): void {
  expect(gold.flatMap((b) => b.src).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(gold.flatMap((b) => b.tgt).sort((a, b) => a - b)).toEqual(Array.from({ length: m }, (_, k) => k));
}

describe('listParallelDocs', () => {
  it('renders a list of short items, pairs only the rendered ones, and marks its decoys and name-sharing negatives as unpaired', () => {
    const docs = listParallelDocs([fakePair('a', 24, ['Paris', 'Berlin', 'Madrid'])], { seed: 3 });
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    coversOnce(d.gold, d.src.length, d.tgt.length);
    const paired = new Map(
      d.gold.filter((b) => b.src.length && b.tgt.length).map((b) => [b.src[0]!, b.tgt[0]!]),
    );
    expect(d.anchors.size).toBe(1);
    for (const i of [...d.anchors, ...d.looseItems]) {
      expect(paired.has(i)).toBe(true);
      expect(d.src[i]!.split(' ').length).toBeLessThanOrEqual(13);
    }
    for (const j of [...d.listDecoys, ...d.entityDecoys.keys()])
      expect([...paired.values()]).not.toContain(j);
  });
});

describe('sameEventDocs', () => {
  it("sets a rendered block of one document inside the French of the document that shares the most names, the other report's units unpaired", () => {
    const pairs = [
      fakePair('a', 10, ['Paris', 'Berlin', 'Madrid', 'Rome']),
      fakePair('b', 12, ['Paris', 'Berlin', 'Madrid', 'Rome']),
      fakePair('c', 10, ['Oslo', 'Lima']),
    ];
    const docs = sameEventDocs(pairs, { seed: 5 });
    const ab = docs.find((d) => d.docid === 'a~b');
    expect(ab).toBeDefined();
    expect(docs.some((d) => d.docid.startsWith('c~'))).toBe(false);
    const d = ab!;
    coversOnce(d.gold, d.src.length, d.tgt.length);
    const pairsOf = d.gold.filter((b) => b.src.length && b.tgt.length);
    expect(pairsOf.length).toBeGreaterThanOrEqual(1);
    expect(d.otherReport.size).toBe(12);
    for (const b of pairsOf) {
      expect(d.otherReport.has(b.tgt[0]!)).toBe(false);
      expect(d.tgt[b.tgt[0]!]).toBe(`fr ${d.src[b.src[0]!]}`);
    }
  });
});

describe('partialRenderingDocs', () => {
  it('renders one sentence of a longer paragraph, alone or inside a paragraph of the other side, and pairs only the renderings', () => {
    const docs = partialRenderingDocs([fakePair('c', 40, ['Lyon', 'Nantes', 'Lille'])], { seed: 5 });
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    coversOnce(d.gold, d.src.length, d.tgt.length);
    const pairs = d.gold.filter((b) => b.src.length > 0 && b.tgt.length > 0);
    expect(pairs.length).toBe(d.renderings.size);
    expect(pairs.length).toBeGreaterThan(0);
    for (const b of pairs) {
      const i = b.src[0]!;
      const j = b.tgt[0]!;
      // The short side's sentence, in French, is a stretch of the long side.
      if (d.renderings.get(i) === 'part') {
        expect(d.src[i]!).toContain(d.tgt[j]!.slice(3));
        expect(d.src[i]!.length).toBeGreaterThan(d.tgt[j]!.length);
      } else {
        expect(d.tgt[j]!).toContain(`fr ${d.src[i]!}`);
        expect(d.tgt[j]!.length).toBeGreaterThan(d.src[i]!.length + 3);
      }
    }
  });
});
