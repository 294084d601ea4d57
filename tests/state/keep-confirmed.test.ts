import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/core/index.ts';
import { keepConfirmed } from '../../src/state/keep-confirmed.ts';

const b = (src: number[], tgt: number[], confirmed = false): Bead =>
  confirmed ? { src, tgt, confidence: 1, confirmed } : { src, tgt, confidence: 0.8 };

describe('keepConfirmed', () => {
  it('returns the fresh alignment when nothing was confirmed', () => {
    const fresh = [b([0], [0]), b([1], [1])];
    expect(keepConfirmed(fresh, [b([0, 1], [0, 1])])).toBe(fresh);
  });

  it('keeps a confirmed bead the fresh alignment contradicts, and clips the rest around it', () => {
    // A person paired source 1 with target 2; the aligner says 1-1 and 2-2.
    const previous = [b([0], [0]), b([1], [2], true), b([2], [1])];
    const fresh = [b([0], [0]), b([1], [1]), b([2], [2]), b([3], [3])];
    const out = keepConfirmed(fresh, previous);
    expect(out).toContainEqual(previous[1]);
    // Every segment once, in order on each side.
    expect(out.flatMap((x) => x.src)).toEqual([0, 1, 2, 3]);
    expect(out.flatMap((x) => x.tgt)).toEqual([0, 1, 2, 3]);
    // Target 1 falls before the confirmed bead on the target side: it cannot stay with source 2.
    const withSrc2 = out.find((x) => x.src.includes(2));
    expect(withSrc2?.tgt).not.toContain(1);
  });
});
