import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/core/index.ts';
import {
  canLink,
  link,
  mergeWithNext,
  moveDown,
  moveUp,
  splitBead,
  toggleConfirmed,
  unlink,
} from '../../src/state/edit-beads.ts';

const b = (src: number[], tgt: number[], confidence = 0.9): Bead => ({ src, tgt, confidence });

/** Every segment of both sides in exactly one bead, in order, no empty bead. */
function expectValid(beads: readonly Bead[], nSrc: number, nTgt: number): void {
  const src = beads.flatMap((x) => x.src);
  const tgt = beads.flatMap((x) => x.tgt);
  expect(src).toEqual([...Array(nSrc).keys()]);
  expect(tgt).toEqual([...Array(nTgt).keys()]);
  for (const bead of beads) expect(bead.src.length + bead.tgt.length).toBeGreaterThan(0);
}

const beadsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
    minLength: 1,
    maxLength: 12,
  })
  .map((shapes) => {
    let i = 0;
    let j = 0;
    return shapes
      .filter(([s, t]) => s + t > 0)
      .map(([s, t]) => {
        const bead = b(
          Array.from({ length: s }, () => i++),
          Array.from({ length: t }, () => j++),
        );
        return bead;
      });
  })
  .filter((beads) => beads.length > 0);

describe('alignment editing', () => {
  it('merges a row with the next and confirms the result', () => {
    const out = mergeWithNext([b([0], [0]), b([1], []), b([2], [1])], 0);
    expect(out).toEqual([{ src: [0, 1], tgt: [0], confidence: 1, confirmed: true }, b([2], [1])]);
  });

  it('splits a 2-2 row into two 1-1 rows', () => {
    const out = splitBead([b([0, 1], [0, 1])], 0, 1, 1);
    expect(out.map((x) => [x.src, x.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('moves a translation segment to the row above and back below', () => {
    const start = [b([0], [0]), b([1], [1, 2])];
    const up = moveUp(start, 1, 'tgt');
    expect(up.map((x) => x.tgt)).toEqual([[0, 1], [2]]);
    const down = moveDown(up, 0, 'tgt');
    expect(down.map((x) => x.tgt)).toEqual([[0], [1, 2]]);
  });

  it('unlinks a row into two unpaired rows that link back', () => {
    const out = unlink([b([0], [0])], 0);
    expect(out.map((x) => [x.src, x.tgt])).toEqual([
      [[0], []],
      [[], [0]],
    ]);
    expect(canLink(out, 0)).toBe(true);
    expect(link(out, 0, 1).map((x) => [x.src, x.tgt])).toEqual([[[0], [0]]]);
  });

  it('toggles confirmation without touching the segments', () => {
    const once = toggleConfirmed([b([0], [0], 0.4)], 0);
    expect(once[0]?.confirmed).toBe(true);
    expect(toggleConfirmed(once, 0)[0]?.confirmed).toBeUndefined();
  });

  it('keeps every segment in exactly one bead, in order, whatever the edit', () => {
    fc.assert(
      fc.property(
        beadsArb,
        fc.nat(),
        fc.constantFrom('merge', 'split', 'up', 'down', 'unlink', 'link'),
        (beads, k, op) => {
          const nSrc = beads.flatMap((x) => x.src).length;
          const nTgt = beads.flatMap((x) => x.tgt).length;
          const i = k % beads.length;
          const out =
            op === 'merge'
              ? mergeWithNext(beads, i)
              : op === 'split'
                ? splitBead(
                    beads,
                    i,
                    Math.min(1, beads[i]?.src.length ?? 0),
                    Math.min(1, beads[i]?.tgt.length ?? 0),
                  )
                : op === 'up'
                  ? moveUp(beads, i, 'tgt')
                  : op === 'down'
                    ? moveDown(beads, i, 'src')
                    : op === 'unlink'
                      ? unlink(beads, i)
                      : link(beads, i, i + 1);
          expectValid(out, nSrc, nTgt);
        },
      ),
    );
  });
});
