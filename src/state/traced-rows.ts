/**
 * Where the aligner and the quote tracer disagree, the tracer's word is shown: a row left
 * unpaired on one side whose text holds a quotation traced to a passage of the pair's other
 * document (or holds that passage) points to the row of that passage. The aligner already pairs
 * what the tracer finds when it can (pair-quoted-passages.ts); a row stays unpaired when pairing
 * it would cross a pair (a paragraph quoting two passages far apart), when the person unlinked
 * it, or when the case's trace (all its documents) finds a source the pair's own trace did not.
 */

import { partitionPoint } from '../core/model/partition-point.ts';
import type { QuoteTrace } from '../core/quote/quotation.ts';
import type { AlignedRow } from './derive-rows.ts';

/** A row the tracer relates to another: that row's index and the trace's probability. */
export interface TracedRow {
  readonly row: number;
  readonly probability: number;
}

/**
 * A lookup of the row whose `side` segments hold an offset: the segments in text order (the
 * rows keep each side's order), searched by halves, so that a large table's hundreds of traces
 * cost a few steps each rather than a scan of every row.
 */
function rowFinder(rows: readonly AlignedRow[], side: 'src' | 'tgt'): (at: number) => number {
  const starts: number[] = [];
  const ends: number[] = [];
  const owners: number[] = [];
  for (const row of rows)
    for (const seg of row[side]) {
      starts.push(seg.start);
      ends.push(seg.end);
      owners.push(row.index);
    }
  return (at) => {
    const k = partitionPoint(starts.length, (s) => starts[s]! <= at) - 1;
    return k >= 0 && at < ends[k]! ? owners[k]! : -1;
  };
}

/**
 * For each row unpaired on one side, the row its quotation (or quoted passage) was traced to:
 * keyed by row index, for rows with an empty original side (a rendering whose source the tracer
 * found) and rows with an empty translation side (a source passage a rendering was traced to).
 * The best trace wins when a row holds several.
 */
export function tracedRows(
  rows: readonly AlignedRow[],
  quotes: QuoteTrace | null,
  srcId: string,
  tgtId: string,
): ReadonlyMap<number, TracedRow> {
  const out = new Map<number, TracedRow>();
  if (!quotes) return out;
  const keep = (row: number, other: number, probability: number) => {
    if (row < 0 || other < 0 || row === other) return;
    const current = out.get(row);
    if (!current || current.probability < probability) out.set(row, { row: other, probability });
  };
  const targetRow = rowFinder(rows, 'tgt');
  const originRow = rowFinder(rows, 'src');
  for (const q of quotes.quotations) {
    if (q.docId !== tgtId) continue;
    for (const source of [q.source, ...q.otherSources]) {
      if (!source || source.docId !== srcId) continue;
      const target = targetRow(q.span[0]);
      const origin = originRow(source.span[0]);
      if (target < 0 || origin < 0) continue;
      if (rows[target]!.src.length === 0) keep(target, origin, source.score);
      if (rows[origin]!.tgt.length === 0) keep(origin, target, source.score);
    }
  }
  return out;
}
