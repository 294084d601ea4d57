import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/core/index.ts';
import {
  canLink,
  canLinkRows,
  isRealSplit,
  link,
  linkedRowIndex,
  linkPartner,
  mergeWithNext,
  moveDown,
  moveUp,
  proposeCut,
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

  it('splits at any sentence boundary, on each side independently', () => {
    const row = [b([0], [0]), b([1, 2, 3], [1, 2]), b([4], [3])];
    // After the second original sentence, after the first translation sentence.
    const out = splitBead(row, 1, 2, 1);
    expect(out.map((x) => [x.src, x.tgt])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
      [[4], [3]],
    ]);
    expect(out[1]?.confirmed).toBe(true);
    expect(out[2]?.confirmed).toBe(true);
    // The whole translation goes below: the original's sentences stay alone above.
    expect(splitBead(row, 1, 3, 0).map((x) => [x.src, x.tgt])[1]).toEqual([[1, 2, 3], []]);
    // A cut that leaves one row empty changes nothing.
    expect(splitBead(row, 1, 0, 0)).toBe(row);
    expect(splitBead(row, 1, 3, 2)).toBe(row);
    expect(isRealSplit(row[1]!, 3, 2)).toBe(false);
  });

  it('proposes the translation cut whose length share matches the original cut', () => {
    // Original: 100 + 100 + 200 characters; translation: 120 + 110 + 230.
    expect(proposeCut([100, 100, 200], [120, 110, 230], 1)).toBe(1);
    expect(proposeCut([100, 100, 200], [120, 110, 230], 2)).toBe(2);
    expect(proposeCut([100, 100, 200], [120, 110, 230], 0)).toBe(0);
    expect(proposeCut([100, 100, 200], [120, 110, 230], 3)).toBe(3);
    // One long translation sentence for two original ones: the cut goes before or after it.
    expect(proposeCut([50, 50], [30, 170], 1)).toBe(1);
    expect(proposeCut([50, 50], [], 1)).toBe(0);
  });

  it('links an unpaired row with its unpaired neighbour below, else above', () => {
    const rows = [b([0], [0]), b([1], []), b([], [1]), b([2], [2])];
    expect(linkPartner(rows, 1)).toBe(2);
    expect(linkPartner(rows, 2)).toBe(1);
    expect(linkPartner(rows, 0)).toBe(-1);
    expect(link(rows, 2, 1).map((x) => [x.src, x.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('pairs rows a few rows apart, moving the unpaired rows between to keep both sides in order', () => {
    // Original 1 is unpaired in row 1; its rendering, translation 3, three rows below.
    const rows = [b([0], [0]), b([1], []), b([2], []), b([], [1]), b([], [2]), b([], [3]), b([3], [4])];
    expect(canLinkRows(rows, 1, 5)).toBe(true);
    expect(canLinkRows(rows, 5, 1)).toBe(true);
    const out = link(rows, 5, 1);
    expect(out.map((x) => [x.src, x.tgt])).toEqual([
      [[0], [0]],
      [[], [1]],
      [[], [2]],
      [[1], [3]],
      [[2], []],
      [[3], [4]],
    ]);
    expect(out[3]?.confirmed).toBe(true);
    expect(linkedRowIndex(rows, 1, 5)).toBe(3);
    expectValid(out, 4, 5);
  });

  it('refuses to pair across a pair, or two rows of the same side', () => {
    const rows = [b([0], []), b([1], [1]), b([], [0]), b([2], []), b([3], [])];
    // Pairing original 0 with translation 0 would cross the pair 1–1.
    expect(canLinkRows(rows, 0, 2)).toBe(false);
    expect(link(rows, 0, 2)).toBe(rows);
    expect(canLinkRows(rows, 3, 4)).toBe(false);
    expect(canLinkRows(rows, 1, 2)).toBe(false);
    expect(canLinkRows(rows, 2, 2)).toBe(false);
  });

  it('moves an original segment up and down as it does a translation segment', () => {
    const start = [b([0], [0]), b([1, 2], [1])];
    const up = moveUp(start, 1, 'src');
    expect(up.map((x) => [x.src, x.tgt])).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
    ]);
    expect(moveDown(up, 0, 'src').map((x) => x.src)).toEqual([[0], [1, 2]]);
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
        fc.constantFrom('merge', 'split', 'up', 'down', 'unlink', 'link', 'link-far'),
        fc.nat(4),
        fc.nat(4),
        (beads, k, op, srcAt, tgtAt) => {
          const nSrc = beads.flatMap((x) => x.src).length;
          const nTgt = beads.flatMap((x) => x.tgt).length;
          const i = k % beads.length;
          const out =
            op === 'merge'
              ? mergeWithNext(beads, i)
              : op === 'split'
                ? splitBead(beads, i, srcAt, tgtAt)
                : op === 'up'
                  ? moveUp(beads, i, 'tgt')
                  : op === 'down'
                    ? moveDown(beads, i, 'src')
                    : op === 'unlink'
                      ? unlink(beads, i)
                      : op === 'link'
                        ? link(beads, i, linkPartner(beads, i))
                        : link(beads, i, (i + 1 + srcAt + tgtAt) % beads.length);
          expectValid(out, nSrc, nTgt);
          if (op === 'link-far' && out !== beads) expect(out.length).toBe(beads.length - 1);
        },
      ),
    );
  });
});
