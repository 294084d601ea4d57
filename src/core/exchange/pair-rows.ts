/**
 * From engine data (two segmented documents, an alignment, findings, edit logs) to the rows
 * every export is made of: one row per bead, with its two texts, the findings and applied
 * fixes that fall in it (spans relative to the row's text), and the text as it was before
 * any edit (for tracked changes).
 */
import type { CaseBead, CaseEdit } from '../model/case-file.ts';
import type { Level, TextDocument } from '../model/document.ts';
import type { Finding } from '../model/finding.ts';
import { partitionPoint } from '../model/partition-point.ts';
import { type PairStatus, pairStatus } from './bilingual-units.ts';
import { type AppliedFixRecord, type ReplayedLog, replayEditLog } from './edit-log.ts';
import type { UnchangedStretch } from './tracked-text.ts';

/** One side of an export: a document as it is now, and optionally how it got there. */
export interface ExportSide {
  /** The document, segmented, with its CURRENT text (edits applied). */
  readonly doc: TextDocument;
  /** Findings over `doc.text` to report (pass the open ones). */
  readonly findings?: readonly Finding[];
  /**
   * Each finding's words for a person, in the order of `findings` (the workbench's messages in
   * its language, the CLI's English ones): the review reports say them; without, the rule code.
   */
  readonly messages?: readonly string[];
  /** The text as first loaded; with `edits`, it gives tracked changes and applied fixes. */
  readonly originalText?: string;
  /** The edit log that turns `originalText` into `doc.text` (see `CaseEdit`). */
  readonly edits?: readonly CaseEdit[];
}

/** Everything an export needs. Plain data: the UI passes it as it has it. */
export interface ExportInput {
  readonly source: ExportSide;
  readonly target: ExportSide;
  readonly alignment: { readonly level: Level; readonly beads: readonly CaseBead[] };
  /** When the export is made (ISO 8601, UTC); omitted from files when absent. */
  readonly date?: string;
}

/** A finding inside a row, its span relative to the row's text on its side. */
export interface RowFinding {
  readonly finding: Finding;
  /** Its words (`ExportSide.messages`), when given. */
  readonly message?: string;
  readonly start: number;
  readonly end: number;
}

/** One side of a row. */
export interface RowSide {
  readonly text: string;
  /** The same passage before any edit (equal to `text` when there is no edit log). */
  readonly original: string;
  /** Offsets of `text` in the document's current text. */
  readonly start: number;
  readonly end: number;
  readonly findings: readonly RowFinding[];
  readonly fixes: readonly AppliedFixRecord[];
  /** Indexes of the segments (at the alignment's level). */
  readonly segments: readonly number[];
  /** Where `text` is `original` untouched (with an edit log): the tracked changes diff the rest. */
  readonly unchanged?: readonly UnchangedStretch[];
}

/** One bead, ready to export. */
export interface PairRow {
  /** Position of the bead in the alignment, from 0. */
  readonly index: number;
  readonly source: RowSide;
  readonly target: RowSide;
  readonly confidence: number;
  readonly status: PairStatus;
}

/** Whether a row pairs both sides (the others hold one side's text with nothing beside it). */
export function isPairedRow(row: PairRow): boolean {
  return row.source.segments.length > 0 && row.target.segments.length > 0;
}

/**
 * Whether a row is a pair a person confirmed (or signed off): the summary's 'Confirmed', beside
 * 'Paired'. A row unlinked by hand is confirmed too, but pairs nothing (as 'Confirmed pairs only'
 * leaves it out): counted, one unlinked pair read 'Paired: 2, Confirmed: 2' with no pair confirmed.
 */
export function isConfirmedPair(row: PairRow): boolean {
  return (row.status === 'confirmed' || row.status === 'final') && isPairedRow(row);
}

/** Build one row per bead of `input.alignment`. */
export function buildPairRows(input: ExportInput): PairRow[] {
  const { level, beads } = input.alignment;
  const src = prepareSide(input.source, level, beads, 'src');
  const tgt = prepareSide(input.target, level, beads, 'tgt');
  return beads.map((bead, index) => ({
    index,
    source: src[index]!,
    target: tgt[index]!,
    confidence: bead.confidence,
    status: pairStatus(bead),
  }));
}

function prepareSide(
  side: ExportSide,
  level: Level,
  beads: readonly CaseBead[],
  key: 'src' | 'tgt',
): RowSide[] {
  const { doc } = side;
  const segments = level === 'paragraph' ? doc.paragraphs : doc.sentences;
  const log =
    side.originalText !== undefined && side.edits !== undefined && side.edits.length > 0
      ? replayEditLog(side.originalText, side.edits)
      : undefined;
  if (log && log.text !== doc.text) {
    throw new Error(`the edit log of ${doc.id} does not produce the document's text`);
  }
  // Bead ranges, and the bead of every segment (to place findings and fixes).
  const ranges: { start: number; end: number }[] = [];
  const beadOfSegment = new Int32Array(segments.length).fill(-1);
  let cursor = 0;
  for (const [b, bead] of beads.entries()) {
    const indexes = bead[key];
    if (indexes.length === 0) {
      ranges.push({ start: cursor, end: cursor });
      continue;
    }
    const first = segments[indexes[0]!];
    const last = segments[indexes[indexes.length - 1]!];
    if (!first || !last) {
      const bad = indexes.find((i) => !segments[i]);
      throw new RangeError(`bead ${b} refers to ${level} ${bad} of ${doc.id}, which has ${segments.length}`);
    }
    for (const i of indexes) beadOfSegment[i] = b;
    ranges.push({ start: first.start, end: last.end });
    cursor = last.end;
  }
  const starts = segments.map((s) => s.start);
  const locate = (offset: number): number => {
    // The bead of the last segment starting at or before `offset` (findings between
    // segments go with the segment before them).
    const found = partitionPoint(starts.length, (k) => starts[k]! <= offset) - 1;
    for (let s = found; s >= 0; s--) if (beadOfSegment[s]! >= 0) return beadOfSegment[s]!;
    return -1;
  };
  const findings: RowFinding[][] = beads.map(() => []);
  for (const [i, finding] of (side.findings ?? []).entries()) {
    const b = locate(finding.span[0]);
    const range = ranges[b];
    if (!range) continue;
    const start = clamp(finding.span[0] - range.start, 0, range.end - range.start);
    const end = clamp(finding.span[1] - range.start, start, range.end - range.start);
    const message = side.messages?.[i];
    findings[b]!.push(message === undefined ? { finding, start, end } : { finding, message, start, end });
  }
  const fixes: AppliedFixRecord[][] = beads.map(() => []);
  for (const fix of log?.fixes ?? []) {
    const b = locate(fix.start);
    if (b >= 0) fixes[b]!.push(fix);
  }
  return ranges.map((range, b) => {
    const text = doc.text.slice(range.start, range.end);
    const original =
      log && range.end > range.start ? log.originalTextSlice(range.start, range.end) : log ? '' : text;
    return {
      text,
      original,
      start: range.start,
      end: range.end,
      findings: findings[b]!.sort((x, y) => x.start - y.start || y.end - x.end),
      fixes: fixes[b]!,
      segments: beads[b]![key],
      ...(log && original !== text ? { unchanged: unchangedIn(log, range.start, range.end) } : {}),
    };
  });
}

/** The stretches of current [start, end) no edit touched, relative to it and to its original. */
function unchangedIn(log: ReplayedLog, start: number, end: number): UnchangedStretch[] {
  const { changes } = log;
  const originalAt = log.toOriginal(start, 'start');
  // Stretch j lies between changes j - 1 and j (the first from 0, the last to the text's end).
  const stretchEnd = (j: number) => (j < changes.length ? changes[j]!.start : log.text.length);
  const out: UnchangedStretch[] = [];
  for (let j = partitionPoint(changes.length + 1, (k) => stretchEnd(k) <= start); j <= changes.length; j++) {
    const from = j === 0 ? 0 : changes[j - 1]!.end;
    if (from >= end) break;
    const a = Math.max(from, start);
    const b = Math.min(stretchEnd(j), end);
    if (b <= a) continue;
    const originalFrom = j === 0 ? 0 : changes[j - 1]!.originalEnd;
    out.push({ start: a - start, end: b - start, originalStart: originalFrom + (a - from) - originalAt });
  }
  return out;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
