/**
 * The open pair as the screens need it: the two segmented documents, their findings, the
 * rows of the alignment, and where each finding sits (row, side). Derived once per change and
 * shared by the table, the map and the findings panel.
 */
import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import type { CaseAlignment, Finding, Level, TextDocument } from '../../core/index.ts';
import { partitionPoint } from '../../core/model/partition-point.ts';
import { caseView, openPair } from '../../state/case-record.ts';
import { type AlignedRow, deriveRows, sortFindings, uniqueFindings } from '../../state/derive-rows.ts';
import { useAppStore } from '../use-store.ts';

const NO_FINDINGS: readonly Finding[] = [];

/** A finding placed in the table. */
export interface PlacedFinding {
  readonly finding: Finding;
  readonly row: number;
  readonly side: 'src' | 'tgt';
}

/** Everything about the open pair. */
export interface PairModel {
  readonly level: Level;
  readonly alignment: CaseAlignment | undefined;
  readonly src: TextDocument | undefined;
  readonly tgt: TextDocument | undefined;
  readonly rows: readonly AlignedRow[];
  readonly srcFindings: readonly Finding[];
  readonly tgtFindings: readonly Finding[];
  /** Findings of both documents in table order (row, then source before translation, then offset). */
  readonly placed: readonly PlacedFinding[];
  /** Findings across the case that sit in other documents than the open pair's (consistency). */
  readonly elsewhere: readonly Finding[];
}

/** The rule of consistency findings: the case-wide pass supersedes the open pair's own. */
const CONSISTENCY_RULE = 'inconsistent-translation';

function segmentIndexAt(doc: TextDocument, level: Level, offset: number): number {
  const units = level === 'paragraph' ? doc.paragraphs : doc.sentences;
  // The last unit starting at or before the offset (the first one when none does).
  return Math.max(0, partitionPoint(units.length, (k) => units[k]!.start <= offset) - 1);
}

function rowOfSegment(rows: readonly AlignedRow[], side: 'src' | 'tgt'): Map<number, number> {
  const map = new Map<number, number>();
  for (const row of rows) for (const i of row.bead[side]) map.set(i, row.index);
  return map;
}

/** The findings of one side's `list` in their rows, each once (in list order). */
function placeFindings(
  rows: readonly AlignedRow[],
  doc: TextDocument,
  level: Level,
  list: readonly Finding[],
  side: 'src' | 'tgt',
): PlacedFinding[] {
  const map = rowOfSegment(rows, side);
  const out: PlacedFinding[] = [];
  // The same finding twice (from the one-document and the pair pass) is listed once.
  for (const finding of uniqueFindings(list)) {
    const row = map.get(segmentIndexAt(doc, level, finding.span[0]));
    if (row !== undefined) out.push({ finding, row, side });
  }
  return out;
}

const PairContext = createContext<PairModel | null>(null);

/** Derive the open pair once for the whole tree. */
export function PairProvider({ children }: { children: ReactNode }) {
  const model = useDerivedPair();
  return createElement(PairContext.Provider, { value: model }, children);
}

/** The open pair (from the nearest PairProvider). */
export function usePair(): PairModel {
  const model = useContext(PairContext);
  if (!model) throw new Error('PairProvider is missing');
  return model;
}

function useDerivedPair(): PairModel {
  const file = useAppStore((s) => s.caseRecord);
  const docs = useAppStore((s) => s.docs);
  const findings = useAppStore((s) => s.findings);
  const pairFindings = useAppStore((s) => s.pairFindings);
  const caseFindings = useAppStore((s) => s.caseFindings);
  const view = file ? caseView(file) : null;
  const alignment = openPair(file);
  const src = view?.srcId ? docs[view.srcId] : undefined;
  const tgt = view?.tgtId ? docs[view.tgtId] : undefined;
  const level = view?.level ?? 'paragraph';
  const beads = alignment?.beads;

  const rows = useMemo(
    () => (beads && src && tgt ? deriveRows(beads, src, tgt, level) : []),
    [beads, src, tgt, level],
  );
  const srcFindings = (src && findings[src.id]) || NO_FINDINGS;
  const tgtOwn = (tgt && findings[tgt.id]) || NO_FINDINGS;
  const tgtFindings = useMemo(() => {
    if (!tgt || (pairFindings.length === 0 && !caseFindings?.length)) return tgtOwn;
    // Once the case-wide pass has run, it holds the open pair's consistency findings too.
    const fromPair = pairFindings.filter(
      (f) => f.docId === tgt.id && (caseFindings === null || f.rule !== CONSISTENCY_RULE),
    );
    const fromCase = (caseFindings ?? []).filter((f) => f.docId === tgt.id);
    return sortFindings([...tgtOwn, ...fromPair, ...fromCase]);
  }, [tgtOwn, pairFindings, caseFindings, tgt]);
  const elsewhere = useMemo(
    () => (caseFindings ?? []).filter((f) => f.docId !== tgt?.id && f.docId !== src?.id),
    [caseFindings, src, tgt],
  );
  // Each side placed apart: a finding list that arrives for one document (190,000 findings on a
  // large pair) does not place the other's again.
  const placedSrc = useMemo(
    () => (src && rows.length > 0 ? placeFindings(rows, src, level, srcFindings, 'src') : []),
    [src, rows, level, srcFindings],
  );
  const placedTgt = useMemo(
    () => (tgt && rows.length > 0 ? placeFindings(rows, tgt, level, tgtFindings, 'tgt') : []),
    [tgt, rows, level, tgtFindings],
  );
  const placed = useMemo(() => {
    if (!src || !tgt || rows.length === 0) return [];
    return [...placedSrc, ...placedTgt].sort(
      (a, b) =>
        a.row - b.row ||
        (a.side === b.side ? 0 : a.side === 'src' ? -1 : 1) ||
        a.finding.span[0] - b.finding.span[0],
    );
  }, [src, tgt, rows, placedSrc, placedTgt]);

  return useMemo(
    () => ({ level, alignment, src, tgt, rows, srcFindings, tgtFindings, placed, elsewhere }),
    [level, alignment, src, tgt, rows, srcFindings, tgtFindings, placed, elsewhere],
  );
}
