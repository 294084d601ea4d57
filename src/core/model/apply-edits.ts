/**
 * Text edits: every correction is a `TextEdit` over a document's text (a replacement of the
 * half-open range [start, end) by new text), applied in one pass so that offsets always refer
 * to the text the edits were made against.
 */
import type { TextEdit } from './document.ts';
import { partitionPoint } from './partition-point.ts';

/** Thrown for edits outside the text, with reversed ranges, or overlapping one another. */
export class EditError extends Error {
  override readonly name = 'EditError';
}

/**
 * The edits sorted by position (stable: insertions at the same offset keep their given order),
 * checked against a text of `length` characters. Throws EditError on bad or overlapping edits.
 */
export function sortEdits(edits: readonly TextEdit[], length: number): TextEdit[] {
  for (const e of edits) {
    if (
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.end < e.start ||
      e.end > length
    ) {
      throw new EditError(`edit [${e.start}, ${e.end}) is not a range of a text of ${length} characters`);
    }
  }
  const sorted = edits
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => a.start - b.start || a.end - b.end || i - j)
    .map(([e]) => e);
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    // Two edits overlap when the second starts before the first ends. Touching ranges and
    // insertions at the edge of a replacement are fine; a replacement holding an insertion
    // point strictly inside it is not.
    if (cur.start < prev.end) {
      throw new EditError(`edits [${prev.start}, ${prev.end}) and [${cur.start}, ${cur.end}) overlap`);
    }
  }
  return sorted;
}

/** Apply `edits` (in any order, not overlapping) to `text` and return the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits, text.length);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * Map an offset of the old text to the new text after `edits`. An offset strictly inside a
 * replaced range maps to the end of its replacement (assoc 1, the default) or to its start
 * (assoc -1); so does an offset at an insertion point (after or before the inserted text).
 */
export function mapOffset(edits: readonly TextEdit[], offset: number, assoc: 1 | -1 = 1): number {
  return offsetMapper(edits)(offset, assoc);
}

/**
 * `mapOffset` for many offsets: sorts and checks the edits once, then maps each offset in
 * O(log k) by binary search over the edits (k edits).
 */
export function offsetMapper(edits: readonly TextEdit[]): (offset: number, assoc?: 1 | -1) => number {
  // Offsets need not lie inside a known text: validate the edits' shape only.
  const sorted = sortEdits(edits, Number.MAX_SAFE_INTEGER);
  // before[i]: the shift of offsets after edits 0…i-1.
  const before: number[] = [0];
  for (const e of sorted) before.push(before[before.length - 1]! + e.text.length - (e.end - e.start));
  return (offset, assoc = 1) => {
    // First edit that is not entirely before the offset (end > offset, or an insertion at it).
    const lo = partitionPoint(sorted.length, (k) => {
      const e = sorted[k]!;
      return e.end < offset || (e.end === offset && e.start < offset);
    });
    let delta = before[lo]!;
    for (let i = lo; i < sorted.length; i++) {
      const e = sorted[i]!;
      if (e.start > offset) break;
      if (e.start === offset && e.end === offset) {
        // An insertion point: before it (assoc -1), or after every insertion there (assoc 1).
        if (assoc === -1) return offset + delta;
        delta += e.text.length;
        continue;
      }
      // e.start <= offset < e.end: the start of a replacement maps to the start of the new text.
      if (e.start === offset) return offset + delta;
      return assoc === 1 ? e.start + delta + e.text.length : e.start + delta;
    }
    return offset + delta;
  };
}
