import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../../src/core/align/align-segments.ts';
import type { Alignment } from '../../../src/core/model/alignment.ts';

/** Every segment of both sides in exactly one bead, in order; confidences in [0, 1]. */
function expectComplete(alignment: Alignment, nSrc: number, nTgt: number): void {
  const src = alignment.beads.flatMap((b) => b.src);
  const tgt = alignment.beads.flatMap((b) => b.tgt);
  expect(src).toEqual([...Array(nSrc).keys()]);
  expect(tgt).toEqual([...Array(nTgt).keys()]);
  for (const b of alignment.beads) {
    expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
    expect(b.confidence).toBeGreaterThanOrEqual(0);
    expect(b.confidence).toBeLessThanOrEqual(1);
  }
  expect(alignment.parallelism).toBeGreaterThanOrEqual(0);
  expect(alignment.parallelism).toBeLessThanOrEqual(1);
}

const opts = { srcLang: 'en', tgtLang: 'fr' } as const;

describe('alignSegments with empty or degenerate sides', () => {
  it('aligns two empty sides to no beads', async () => {
    const a = await alignSegments([], [], opts);
    expect(a.beads).toEqual([]);
    expect(a.parallelism).toBe(0);
  });

  it('leaves every segment unpaired when the other side is empty', async () => {
    const a = await alignSegments(['One.', 'Two.'], [], opts);
    expectComplete(a, 2, 0);
    expect(a.beads.every((b) => b.tgt.length === 0)).toBe(true);
    const b = await alignSegments([], ['Un.', 'Deux.', 'Trois.'], opts);
    expectComplete(b, 0, 3);
    expect(b.parallelism).toBe(0);
  });

  it('keeps empty and white-space segments in the beads', async () => {
    const a = await alignSegments(['', 'The cat sleeps.', '   ', ''], ['Le chat dort.', '', '\u00a0'], opts);
    expectComplete(a, 4, 3);
  });

  it('aligns a one-character side against 200 segments without losing any', async () => {
    const tgt = Array.from({ length: 200 }, (_, i) => `Phrase numéro ${i} du texte.`);
    expectComplete(await alignSegments(['«'], tgt, opts), 1, 200);
    expectComplete(await alignSegments(tgt, ['«'], { srcLang: 'fr', tgtLang: 'en' }), 200, 1);
  });

  it('rejects with an abort error, not a hang, when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const src = Array.from({ length: 50 }, (_, i) => `Sentence ${i}.`);
    await expect(alignSegments(src, src, { ...opts, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
