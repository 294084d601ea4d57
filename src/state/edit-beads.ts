/**
 * Alignment editing by hand: pure functions from beads to beads. Every segment of both sides
 * stays in exactly one bead, in order (the Alignment invariant); a bead a person touched is
 * marked confirmed so that re-alignment keeps it.
 */
import type { Bead } from '../core/index.ts';

type Side = 'src' | 'tgt';

function manual(src: readonly number[], tgt: readonly number[]): Bead {
  return { src, tgt, confidence: 1, confirmed: true };
}

function replace(beads: readonly Bead[], from: number, count: number, inserted: readonly Bead[]): Bead[] {
  const out = beads.slice(0, from);
  out.push(...inserted.filter((b) => b.src.length > 0 || b.tgt.length > 0));
  out.push(...beads.slice(from + count));
  return out;
}

/** Merge row `i` with the row below it. */
export function mergeWithNext(beads: readonly Bead[], i: number): readonly Bead[] {
  const a = beads[i];
  const b = beads[i + 1];
  if (!a || !b) return beads;
  return replace(beads, i, 2, [manual([...a.src, ...b.src], [...a.tgt, ...b.tgt])]);
}

/**
 * Split row `i` in two: the first `srcAt` source and `tgtAt` target segments stay, the rest
 * goes to a new row below.
 */
export function splitBead(beads: readonly Bead[], i: number, srcAt: number, tgtAt: number): readonly Bead[] {
  const bead = beads[i];
  if (!bead) return beads;
  srcAt = Math.max(0, Math.min(srcAt, bead.src.length));
  tgtAt = Math.max(0, Math.min(tgtAt, bead.tgt.length));
  if (!isRealSplit(bead, srcAt, tgtAt)) return beads;
  return replace(beads, i, 1, [
    manual(bead.src.slice(0, srcAt), bead.tgt.slice(0, tgtAt)),
    manual(bead.src.slice(srcAt), bead.tgt.slice(tgtAt)),
  ]);
}

/** Whether row `i` can be split (it holds more than one segment on some side). */
export function canSplit(bead: Bead | undefined): boolean {
  return (
    !!bead && (bead.src.length > 1 || bead.tgt.length > 1 || (bead.src.length > 0 && bead.tgt.length > 0))
  );
}

/**
 * The target cut that best matches a source cut by length: the one whose share of the row's
 * target characters is closest to the share of source characters before `srcAt` (the length
 * ratio Gale & Church 1993 align on). `srcLengths`/`tgtLengths` are segment lengths in
 * characters; returns a number of target segments (0..tgtLengths.length).
 */
export function proposeCut(
  srcLengths: readonly number[],
  tgtLengths: readonly number[],
  srcAt: number,
): number {
  if (tgtLengths.length === 0) return 0;
  const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const srcTotal = total(srcLengths);
  const tgtTotal = total(tgtLengths);
  if (srcTotal === 0 || tgtTotal === 0)
    return Math.round((srcAt / Math.max(1, srcLengths.length)) * tgtLengths.length);
  const share = total(srcLengths.slice(0, srcAt)) / srcTotal;
  let best = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  let before = 0;
  for (let k = 0; k <= tgtLengths.length; k++) {
    const gap = Math.abs(before / tgtTotal - share);
    if (gap < bestGap) {
      best = k;
      bestGap = gap;
    }
    before += tgtLengths[k] ?? 0;
  }
  return best;
}

/** Whether cutting row `bead` after `srcAt` source and `tgtAt` target segments changes anything. */
export function isRealSplit(bead: Bead, srcAt: number, tgtAt: number): boolean {
  return srcAt + tgtAt > 0 && srcAt + tgtAt < bead.src.length + bead.tgt.length;
}

/** The split point that cuts a row after its first segment on each side that has more than one. */
export function defaultSplit(bead: Bead): readonly [srcAt: number, tgtAt: number] {
  if (bead.src.length <= 1 && bead.tgt.length <= 1) return [bead.src.length, 0];
  return [Math.min(1, bead.src.length), Math.min(1, bead.tgt.length)];
}

/** Move the first segment of `side` in row `i` to the end of the row above. */
export function moveUp(beads: readonly Bead[], i: number, side: Side): readonly Bead[] {
  const bead = beads[i];
  const above = beads[i - 1];
  const moved = bead?.[side][0];
  if (!bead || !above || moved === undefined) return beads;
  const newAbove =
    side === 'src' ? manual([...above.src, moved], above.tgt) : manual(above.src, [...above.tgt, moved]);
  const rest = side === 'src' ? manual(bead.src.slice(1), bead.tgt) : manual(bead.src, bead.tgt.slice(1));
  return replace(beads, i - 1, 2, [newAbove, rest]);
}

/** Move the last segment of `side` in row `i` to the start of the row below. */
export function moveDown(beads: readonly Bead[], i: number, side: Side): readonly Bead[] {
  const bead = beads[i];
  const below = beads[i + 1];
  const moved = bead?.[side].at(-1);
  if (!bead || !below || moved === undefined) return beads;
  const rest =
    side === 'src' ? manual(bead.src.slice(0, -1), bead.tgt) : manual(bead.src, bead.tgt.slice(0, -1));
  const newBelow =
    side === 'src' ? manual([moved, ...below.src], below.tgt) : manual(below.src, [moved, ...below.tgt]);
  return replace(beads, i, 2, [rest, newBelow]);
}

/** Unpair row `i`: its source and its target become two unpaired rows. */
export function unlink(beads: readonly Bead[], i: number): readonly Bead[] {
  const bead = beads[i];
  if (!bead || bead.src.length === 0 || bead.tgt.length === 0) return beads;
  return replace(beads, i, 1, [manual(bead.src, []), manual([], bead.tgt)]);
}

/** Which side a one-sided row holds ('src' or 'tgt'), or null for a pair. */
function onlySide(bead: Bead | undefined): Side | null {
  if (!bead) return null;
  if (bead.src.length > 0 && bead.tgt.length === 0) return 'src';
  if (bead.tgt.length > 0 && bead.src.length === 0) return 'tgt';
  return null;
}

/**
 * Whether rows `i` and `j` can be paired: one holds only source segments, the other only
 * target segments, and no row between them is a pair (pairing across a pair would cross it).
 * The rows need not be neighbours: a rendering the aligner left a few rows away (the quote
 * tracer's suggestion, traced-rows.ts) is paired the same way.
 */
export function canLinkRows(beads: readonly Bead[], i: number, j: number): boolean {
  const [a, b] = [Math.min(i, j), Math.max(i, j)];
  const sideA = onlySide(beads[a]);
  const sideB = onlySide(beads[b]);
  if (a === b || !sideA || !sideB || sideA === sideB) return false;
  for (let k = a + 1; k < b; k++) if (!onlySide(beads[k])) return false;
  return true;
}

/**
 * Pair row `i` with row `j`, one source-only and one target-only, with only unpaired rows
 * between them (canLinkRows; otherwise the beads are returned unchanged). The rows between keep
 * their order on each side: those holding the later row's side come before the new pair (their
 * segments precede its segment on that side), those holding the earlier row's side after it.
 */
export function link(beads: readonly Bead[], i: number, j: number): readonly Bead[] {
  if (!canLinkRows(beads, i, j)) return beads;
  const [a, b] = [Math.min(i, j), Math.max(i, j)];
  const first = beads[a]!;
  const last = beads[b]!;
  const between = beads.slice(a + 1, b);
  const sideA = onlySide(first);
  const before = between.filter((x) => onlySide(x) !== sideA);
  const after = between.filter((x) => onlySide(x) === sideA);
  return replace(beads, a, b - a + 1, [
    ...before,
    manual([...first.src, ...last.src], [...first.tgt, ...last.tgt]),
    ...after,
  ]);
}

/** The index the pair made by link(beads, i, j) takes (rows between may move above it). */
export function linkedRowIndex(beads: readonly Bead[], i: number, j: number): number {
  const [a, b] = [Math.min(i, j), Math.max(i, j)];
  const sideA = onlySide(beads[a]);
  let at = a;
  for (let k = a + 1; k < b; k++) if (onlySide(beads[k]) !== sideA) at++;
  return at;
}

/**
 * The row that row `i` links with: the next one if the two can be linked, else the previous
 * one, else -1 (a CAT user selects the unpaired row and expects its unpaired neighbour).
 */
export function linkPartner(beads: readonly Bead[], i: number): number {
  if (canLink(beads, i)) return i + 1;
  if (i > 0 && canLink(beads, i - 1)) return i - 1;
  return -1;
}

/** Whether rows `i` and `i + 1` can be linked: one has only source, the other only target. */
export function canLink(beads: readonly Bead[], i: number): boolean {
  return canLinkRows(beads, i, i + 1);
}

/** Toggle the confirmation of row `i`. */
export function toggleConfirmed(beads: readonly Bead[], i: number): readonly Bead[] {
  const bead = beads[i];
  if (!bead) return beads;
  const next: Bead = bead.confirmed
    ? { src: bead.src, tgt: bead.tgt, confidence: bead.confidence }
    : { ...bead, confirmed: true };
  return replace(beads, i, 1, [next]);
}

/**
 * The split point of a row cut on one side after `at` segments (a click between two
 * sentences): the other side's cut is proposed by length (proposeCut), as the split dialog
 * proposes it. Returns [srcAt, tgtAt] for splitBead.
 */
export function cutOnSide(
  srcLengths: readonly number[],
  tgtLengths: readonly number[],
  side: Side,
  at: number,
): readonly [srcAt: number, tgtAt: number] {
  return side === 'src'
    ? [at, proposeCut(srcLengths, tgtLengths, at)]
    : [proposeCut(tgtLengths, srcLengths, at), at];
}
