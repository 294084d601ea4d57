/**
 * Re-alignment that keeps what a person confirmed: the confirmed beads stay as they are and
 * cut both texts into gaps; each bead of the fresh alignment is clipped to the gaps, and the
 * part of it that falls in each gap is kept there (in order, since beads are monotone).
 */
import type { Bead } from '../core/index.ts';
import { partitionPoint } from '../core/model/partition-point.ts';

function gapOf(index: number, bounds: readonly number[]): number {
  // bounds[k] = first index after confirmed bead k; gap k lies before confirmed bead k.
  return partitionPoint(bounds.length, (k) => bounds[k]! <= index);
}

/** Merge `fresh` beads around the confirmed beads of `previous`. */
export function keepConfirmed(fresh: readonly Bead[], previous: readonly Bead[]): readonly Bead[] {
  const confirmed = previous.filter((b) => b.confirmed);
  if (confirmed.length === 0) return fresh;
  const taken = { src: new Set<number>(), tgt: new Set<number>() };
  for (const b of confirmed) {
    for (const i of b.src) taken.src.add(i);
    for (const j of b.tgt) taken.tgt.add(j);
  }
  // A segment's gap: how many confirmed beads lie wholly before it on its side.
  const srcEnds = confirmed.map((b, k) =>
    b.src.length ? Math.max(...b.src) + 1 : prevEnd(confirmed, k, 'src'),
  );
  const tgtEnds = confirmed.map((b, k) =>
    b.tgt.length ? Math.max(...b.tgt) + 1 : prevEnd(confirmed, k, 'tgt'),
  );
  const gaps: Bead[][] = confirmed.map(() => []);
  gaps.push([]);
  for (const bead of fresh) {
    const parts = new Map<number, { src: number[]; tgt: number[] }>();
    const part = (g: number) => {
      let p = parts.get(g);
      if (!p) {
        p = { src: [], tgt: [] };
        parts.set(g, p);
      }
      return p;
    };
    for (const i of bead.src) if (!taken.src.has(i)) part(gapOf(i, srcEnds)).src.push(i);
    for (const j of bead.tgt) if (!taken.tgt.has(j)) part(gapOf(j, tgtEnds)).tgt.push(j);
    const whole = parts.size === 1 && [...parts.values()].every((p) => p.src.length === bead.src.length);
    for (const [g, p] of parts) {
      const clipped = whole && p.tgt.length === bead.tgt.length;
      gaps[g]?.push({
        src: p.src,
        tgt: p.tgt,
        confidence: clipped ? bead.confidence : Math.min(bead.confidence, 0.3),
      });
    }
  }
  const out: Bead[] = [];
  confirmed.forEach((b, k) => {
    out.push(...(gaps[k] ?? []), b);
  });
  out.push(...(gaps[confirmed.length] ?? []));
  return out;
}

function prevEnd(confirmed: readonly Bead[], k: number, side: 'src' | 'tgt'): number {
  for (let m = k - 1; m >= 0; m--) {
    const b = confirmed[m];
    if (b?.[side].length) return Math.max(...b[side]) + 1;
  }
  return 0;
}

/** A segment as the remapping needs it: where it lies in its document's text. */
interface SegmentSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Where each segment of a document's previous segmentation went in the new one: `to[i]` is the
 * new id of old segment `i` when the segment came through unchanged (or was edited in place
 * among as many segments), else -1 and `block[i]` names the changed block it fell into; each
 * block lists the old and new segments it covers (a sentence split in two, two merged, one
 * rewritten, one deleted).
 */
interface SegmentMap {
  readonly to: readonly number[];
  readonly block: readonly number[];
  readonly blocks: readonly { readonly old: readonly number[]; readonly fresh: readonly number[] }[];
}

// How far ahead (in segments) the walk looks for the next unchanged segment on each side.
const RESYNC_WINDOW = 64;

/**
 * A segment-level diff of two segmentations of a document (before and after an edit): the
 * segments whose text is the same are matched in order (a two-pointer walk that resynchronises
 * on the nearest segment both sides share, within RESYNC_WINDOW; linear in the document), and
 * what lies between two matches is a changed block. Inside a block, the common character
 * prefix and suffix give back the segments an edit did not reach (a sentence whose neighbour
 * was merged into the next one keeps its own text), and a block with as many segments on
 * both sides pairs them in order (a fix applied inside each of them).
 */
function mapSegments(
  oldText: string,
  oldSegs: readonly SegmentSpan[],
  newText: string,
  newSegs: readonly SegmentSpan[],
): SegmentMap {
  const to = new Array<number>(oldSegs.length).fill(-1);
  const block = new Array<number>(oldSegs.length).fill(-1);
  const blocks: { old: number[]; fresh: number[] }[] = [];
  const oldAt = (i: number) => {
    const s = oldSegs[i];
    return s ? oldText.slice(s.start, s.end) : '';
  };
  const newAt = (j: number) => {
    const s = newSegs[j];
    return s ? newText.slice(s.start, s.end) : '';
  };
  const addBlock = (i0: number, i1: number, j0: number, j1: number) => {
    if (i0 >= i1 && j0 >= j1) return;
    // Segments at the start and end of the block that the edit left as they were, offsets
    // taken relative to the block (the text before and after it is the same on both sides).
    const oStart = oldSegs[i0]?.start ?? 0;
    const nStart = newSegs[j0]?.start ?? 0;
    while (i0 < i1 && j0 < j1) {
      const o = oldSegs[i0];
      const n = newSegs[j0];
      if (!o || !n || o.start - oStart !== n.start - nStart || oldAt(i0) !== newAt(j0)) break;
      to[i0++] = j0++;
    }
    const oEnd = oldSegs[i1 - 1]?.end ?? 0;
    const nEnd = newSegs[j1 - 1]?.end ?? 0;
    while (i0 < i1 && j0 < j1) {
      const o = oldSegs[i1 - 1];
      const n = newSegs[j1 - 1];
      if (!o || !n || oEnd - o.end !== nEnd - n.end || oldAt(i1 - 1) !== newAt(j1 - 1)) break;
      to[--i1] = --j1;
    }
    if (i1 - i0 === j1 - j0) {
      for (let k = 0; i0 + k < i1; k++) to[i0 + k] = j0 + k;
      return;
    }
    const old: number[] = [];
    const fresh: number[] = [];
    for (let i = i0; i < i1; i++) {
      old.push(i);
      block[i] = blocks.length;
    }
    for (let j = j0; j < j1; j++) fresh.push(j);
    blocks.push({ old, fresh });
  };
  let i = 0;
  let j = 0;
  while (i < oldSegs.length && j < newSegs.length) {
    if (oldAt(i) === newAt(j)) {
      to[i++] = j++;
      continue;
    }
    // The nearest pair (k, l) of equal segments ahead, by k - i + l - j.
    const ahead = new Map<string, number>();
    for (let l = j; l < Math.min(newSegs.length, j + RESYNC_WINDOW); l++) {
      const text = newAt(l);
      if (!ahead.has(text)) ahead.set(text, l);
    }
    let best: [number, number] | null = null;
    for (let k = i; k < Math.min(oldSegs.length, i + RESYNC_WINDOW); k++) {
      const l = ahead.get(oldAt(k));
      if (l !== undefined && (!best || k - i + l - j < best[0] - i + best[1] - j)) best = [k, l];
    }
    if (!best) break;
    addBlock(i, best[0], j, best[1]);
    [i, j] = best;
  }
  addBlock(i, oldSegs.length, j, newSegs.length);
  return { to, block, blocks };
}

/** Confirmed beads carried through an edit, and how many could not be. */
export interface CarriedConfirmed {
  /** The confirmed beads, their segment ids those of the new segmentation. */
  readonly beads: readonly Bead[];
  /** Confirmed beads whose text the edit cut across other rows (or removed): now unconfirmed. */
  readonly lost: number;
}

/** The segments of `doc` at `level`. */
function segmentsOf(
  doc: { readonly paragraphs: readonly SegmentSpan[]; readonly sentences: readonly SegmentSpan[] },
  level: 'paragraph' | 'sentence',
): readonly SegmentSpan[] {
  return level === 'paragraph' ? doc.paragraphs : doc.sentences;
}

/** The two documents of a side before and after an edit (the same object when unchanged). */
export interface SideChange {
  readonly before: {
    readonly text: string;
    readonly paragraphs: readonly SegmentSpan[];
    readonly sentences: readonly SegmentSpan[];
  };
  readonly after: {
    readonly text: string;
    readonly paragraphs: readonly SegmentSpan[];
    readonly sentences: readonly SegmentSpan[];
  };
}

/** How one side's segments map through its edit (null when that side was not edited). */
function mapChange(change: SideChange, level: 'paragraph' | 'sentence'): SegmentMap | null {
  if (change.before === change.after) return null;
  return mapSegments(
    change.before.text,
    segmentsOf(change.before, level),
    change.after.text,
    segmentsOf(change.after, level),
  );
}

/**
 * The confirmed beads of `beads` (which index the segments of the documents `before` an
 * edit) renumbered for the documents `after` it, so that a re-alignment keeps them: a bead
 * after the edit moves by the number of segments inserted or removed before it; a bead whose
 * own segments the edit split, merged or rewrote takes the new segments covering the same
 * text. A bead cannot be carried when the edit merged its text with another row's, or removed
 * all of one side: it is left out and counted in `lost` (the caller tells the person).
 */
export function carryConfirmed(
  beads: readonly Bead[],
  level: 'paragraph' | 'sentence',
  src: SideChange,
  tgt: SideChange,
): CarriedConfirmed {
  if (!beads.some((b) => b.confirmed)) return { beads: [], lost: 0 };
  const maps = { src: mapChange(src, level), tgt: mapChange(tgt, level) };
  // Which bead each old segment belongs to (a block is carried only by the bead that owns it whole).
  const owner = { src: new Map<number, number>(), tgt: new Map<number, number>() };
  beads.forEach((b, k) => {
    for (const i of b.src) owner.src.set(i, k);
    for (const i of b.tgt) owner.tgt.set(i, k);
  });
  const out: Bead[] = [];
  let lost = 0;
  for (const [k, bead] of beads.entries()) {
    if (!bead.confirmed) continue;
    const remap = (side: 'src' | 'tgt'): number[] | null => {
      const map = maps[side];
      const ids = bead[side];
      if (!map) return [...ids];
      const next: number[] = [];
      const seen = new Set<number>();
      for (const i of ids) {
        const j = map.to[i];
        if (j === undefined) return null; // the bead did not fit the documents before the edit
        if (j >= 0) {
          next.push(j);
          continue;
        }
        const b = map.block[i] ?? -1;
        const blk = map.blocks[b];
        if (!blk) return null;
        if (seen.has(b)) continue;
        seen.add(b);
        if (blk.old.some((o) => owner[side].get(o) !== k)) return null; // merged with another row
        next.push(...blk.fresh);
      }
      if (ids.length > 0 && next.length === 0) return null; // that side's text is gone
      // Sentences inserted between two of the bead's own (a block with no old segment) lie
      // inside its text: the bead takes the whole run, so that it stays contiguous.
      const first = next[0] ?? 0;
      return next.length === 0
        ? next
        : Array.from({ length: (next.at(-1) ?? first) - first + 1 }, (_, d) => first + d);
    };
    const s = remap('src');
    const t = remap('tgt');
    if (!s || !t) {
      lost++;
      continue;
    }
    out.push({ ...bead, src: s, tgt: t });
  }
  return { beads: out, lost };
}

/**
 * A whole alignment carried through an edit without re-aligning (for the pairs of the case
 * that are not open: they stay usable for checks across the case, and open as they were):
 * every bead renumbered as in carryConfirmed; beads whose text the edit merged become one
 * bead (unconfirmed, low confidence); a sentence added between two beads becomes an unpaired
 * row of its own; a bead left with nothing is dropped. The result covers every new segment
 * once, in order (the Alignment invariant). Null when `beads` did not fit the documents
 * `before` the edit.
 */
export function carryBeads(
  beads: readonly Bead[],
  level: 'paragraph' | 'sentence',
  src: SideChange,
  tgt: SideChange,
): CarriedConfirmed | null {
  const sides = ['src', 'tgt'] as const;
  const change = { src, tgt };
  const maps = { src: mapChange(src, level), tgt: mapChange(tgt, level) };
  const counts = {
    src: segmentsOf(src.before, level).length,
    tgt: segmentsOf(tgt.before, level).length,
  };
  // Each bead's new ids per side, and the blocks it touches (beads sharing a block merge).
  const renumbered: { bead: Bead; ids: Record<'src' | 'tgt', number[]>; blocks: Set<string> }[] = [];
  for (const bead of beads) {
    const ids = { src: [] as number[], tgt: [] as number[] };
    const blocks = new Set<string>();
    for (const side of sides) {
      const map = maps[side];
      for (const i of bead[side]) {
        if (i < 0 || i >= counts[side]) return null;
        if (!map) {
          ids[side].push(i);
          continue;
        }
        const j = map.to[i] ?? -1;
        if (j >= 0) ids[side].push(j);
        else {
          const b = map.block[i] ?? -1;
          const blk = map.blocks[b];
          if (!blk) return null;
          if (!blocks.has(`${side}${b}`)) ids[side].push(...blk.fresh);
          blocks.add(`${side}${b}`);
        }
      }
    }
    renumbered.push({ bead, ids, blocks });
  }
  // Beads that share a changed block merge, with any bead between them (a block is a run of
  // old segments: the beads touching it, and those between, cover one stretch of text).
  const span = new Map<string, [number, number]>();
  renumbered.forEach((r, k) => {
    for (const b of r.blocks) {
      const had = span.get(b);
      span.set(b, had ? [had[0], k] : [k, k]);
    }
  });
  const reach = renumbered.map((_, k) => k);
  for (const [from, to] of span.values()) reach[from] = Math.max(reach[from] ?? from, to);
  const groups: (typeof renumbered)[] = [];
  for (let k = 0; k < renumbered.length; ) {
    let end = reach[k] ?? k;
    for (let m = k; m <= end; m++) end = Math.max(end, reach[m] ?? m);
    groups.push(renumbered.slice(k, end + 1));
    k = end + 1;
  }
  let lost = 0;
  const merged: Bead[] = [];
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    const ids = { src: group.flatMap((r) => r.ids.src), tgt: group.flatMap((r) => r.ids.tgt) };
    const unique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
    const s = unique(ids.src);
    const t = unique(ids.tgt);
    if (s.length === 0 && t.length === 0) {
      if (group.some((r) => r.bead.confirmed)) lost += group.filter((r) => r.bead.confirmed).length;
      continue;
    }
    if (group.length === 1) {
      const bead = first.bead;
      const emptied = (bead.src.length > 0 && s.length === 0) || (bead.tgt.length > 0 && t.length === 0);
      if (emptied && bead.confirmed) {
        lost++;
        merged.push({ src: s, tgt: t, confidence: Math.min(bead.confidence, 0.3) });
      } else merged.push({ ...bead, src: s, tgt: t });
    } else {
      lost += group.filter((r) => r.bead.confirmed).length;
      merged.push({ src: s, tgt: t, confidence: Math.min(0.3, ...group.map((r) => r.bead.confidence)) });
    }
  }
  // Fill each bead's own range, and give new segments between beads rows of their own.
  const total = {
    src: segmentsOf(change.src.after, level).length,
    tgt: segmentsOf(change.tgt.after, level).length,
  };
  const out: Bead[] = [];
  const next = { src: 0, tgt: 0 };
  const range = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, d) => from + d);
  for (const bead of merged) {
    for (const side of sides) {
      const firstId = bead[side][0];
      if (firstId !== undefined && firstId > next[side]) {
        const gap = range(next[side], firstId);
        out.push(
          side === 'src' ? { src: gap, tgt: [], confidence: 0 } : { src: [], tgt: gap, confidence: 0 },
        );
        next[side] = firstId;
      }
    }
    const filled = {
      src: bead.src.length ? range(next.src, (bead.src.at(-1) ?? 0) + 1) : [],
      tgt: bead.tgt.length ? range(next.tgt, (bead.tgt.at(-1) ?? 0) + 1) : [],
    };
    out.push({ ...bead, src: filled.src, tgt: filled.tgt });
    next.src += filled.src.length;
    next.tgt += filled.tgt.length;
  }
  for (const side of sides)
    if (next[side] < total[side]) {
      const gap = range(next[side], total[side]);
      out.push(side === 'src' ? { src: gap, tgt: [], confidence: 0 } : { src: [], tgt: gap, confidence: 0 });
    }
  return { beads: out, lost };
}
