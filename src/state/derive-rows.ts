/**
 * The rows of the pair view, derived from the beads and the two segmented documents: each row
 * is one bead with the spans of its segments on each side. Text is read from the documents at
 * render time, so rows stay small for 20,000-bead alignments.
 */
import type { Bead, Finding, Level, TextDocument } from '../core/index.ts';
import { partitionPoint } from '../core/model/partition-point.ts';

/** One segment of a row: its index at the alignment's level and its span in the document. */
export interface SegmentRef {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** One row of the aligned table. */
export interface AlignedRow {
  readonly index: number;
  readonly bead: Bead;
  readonly src: readonly SegmentRef[];
  readonly tgt: readonly SegmentRef[];
}

function refs(doc: TextDocument, level: Level, indexes: readonly number[]): SegmentRef[] {
  const units = level === 'paragraph' ? doc.paragraphs : doc.sentences;
  const out: SegmentRef[] = [];
  for (const i of indexes) {
    const unit = units[i];
    if (unit) out.push({ index: i, start: unit.start, end: unit.end });
  }
  return out;
}

/** Rows for `beads` over `src` and `tgt` at `level`. */
export function deriveRows(
  beads: readonly Bead[],
  src: TextDocument,
  tgt: TextDocument,
  level: Level,
): readonly AlignedRow[] {
  return beads.map((bead, index) => ({
    index,
    bead,
    src: refs(src, level, bead.src),
    tgt: refs(tgt, level, bead.tgt),
  }));
}

/** Findings sorted by start, for `findingsIn`. */
export function sortFindings(findings: readonly Finding[]): readonly Finding[] {
  return [...findings].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

/** The findings (sorted by start) that overlap [start, end); an empty span at `start` counts. */
export function findingsIn(sorted: readonly Finding[], start: number, end: number): Finding[] {
  // Binary search the first finding that starts at or after `start`, then step back over
  // earlier ones that still reach into the range (findings are short: a few steps).
  const lo = partitionPoint(sorted.length, (k) => sorted[k]!.span[0] < start);
  const out: Finding[] = [];
  for (let k = lo - 1; k >= 0 && k >= lo - 50; k--) {
    const f = sorted[k];
    if (f && f.span[1] > start) out.unshift(f);
  }
  for (let k = lo; k < sorted.length; k++) {
    const f = sorted[k];
    if (!f || f.span[0] >= end) break;
    out.push(f);
  }
  return out;
}

/**
 * Whether `key` is `f`'s `findingKey`, testing the document, the rule and the start first (no
 * JSON built for the findings they rule out: a search for a selected finding through 190,000
 * keyed each of them).
 */
export function matchesFindingKey(f: Finding, key: string): boolean {
  const rule = f.docId.length + 1;
  const start = rule + f.rule.length + 1;
  if (!key.startsWith(f.docId) || key.charCodeAt(rule - 1) !== 58 || !key.startsWith(f.rule, rule))
    return false;
  if (key.charCodeAt(start - 1) !== 58) return false;
  const at = String(f.span[0]);
  return key.startsWith(at, start) && key.charCodeAt(start + at.length) === 58 && findingKey(f) === key;
}

/** A stable key for a finding (its document, rule, span and parameters: two findings of one rule may share a span). */
export function findingKey(f: Finding): string {
  const params = Object.keys(f.params).length > 0 ? `:${JSON.stringify(f.params)}` : '';
  return `${f.docId}:${f.rule}:${f.span[0]}:${f.span[1]}${params}`;
}

/**
 * `list` without its repeated findings (same `findingKey`), the first of each kept, in order.
 * Findings with one key share their span: in a list sorted by span (`sortFindings`) only
 * neighbours with one span are keyed (a key is a JSON of the parameters: keying 190,000
 * findings held the page for a quarter of a second).
 */
export function uniqueFindings(list: readonly Finding[]): readonly Finding[] {
  const sameSpan = (a: Finding, b: Finding) => a.span[0] === b.span[0] && a.span[1] === b.span[1];
  const sorted = list.every(
    (f, i) =>
      i === 0 ||
      list[i - 1]!.span[0] < f.span[0] ||
      (list[i - 1]!.span[0] === f.span[0] && list[i - 1]!.span[1] <= f.span[1]),
  );
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < list.length; k++) {
    const f = list[k]!;
    const alone =
      sorted && !(k > 0 && sameSpan(list[k - 1]!, f)) && !(k + 1 < list.length && sameSpan(list[k + 1]!, f));
    if (!alone) {
      const key = findingKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(f);
  }
  return out;
}

/** The findings of `list` that `known` does not hold (by `findingKey`), in order. */
export function withoutKnownFindings(list: readonly Finding[], known: readonly Finding[]): Finding[] {
  if (list.length === 0) return [];
  // Only findings with the span of one of `list` can be one: the others are not keyed (numbers
  // as keys, not strings: `known` may hold 100,000 findings).
  const spanOf = (f: Finding) => f.span[0] * 2 ** 26 + f.span[1];
  const spans = new Set(list.map(spanOf));
  const keys = new Set<string>();
  for (const f of known) if (spans.has(spanOf(f))) keys.add(findingKey(f));
  return list.filter((f) => !keys.has(findingKey(f)));
}
