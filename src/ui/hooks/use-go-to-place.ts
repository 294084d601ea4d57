/**
 * Go to a place of the case (a document and an offset in it): the row of the open pair that
 * holds it, or else the aligned pair whose translation is that document (opened), at that row.
 * Used by findings across the case, which point to other reports.
 */
import { useCallback } from 'react';
import type { CaseAlignment, CaseFile, Level, TextDocument } from '../../core/index.ts';
import { caseView, openPair } from '../../state/case-record.ts';
import { useAppStoreApi } from '../use-store.ts';

function unitAt(doc: TextDocument, level: Level, offset: number): number {
  const units = level === 'paragraph' ? doc.paragraphs : doc.sentences;
  return units.findIndex((u) => offset >= u.start && offset < Math.max(u.end, u.start + 1));
}

/** The row of `alignment` holding `offset` of `doc` on `side`, or -1. */
export function rowAt(
  alignment: CaseAlignment,
  doc: TextDocument,
  side: 'src' | 'tgt',
  offset: number,
): number {
  const unit = unitAt(doc, alignment.level, offset);
  return unit < 0 ? -1 : alignment.beads.findIndex((b) => b[side].includes(unit));
}

/**
 * The aligned pair that shows translation `docId`: with the open original and level if there
 * is one, else at the open level, else any.
 */
export function pairShowing(file: CaseFile, docId: string): CaseAlignment | undefined {
  const view = caseView(file);
  const candidates = file.alignments.filter((a) => a.tgtDocId === docId);
  return (
    candidates.find((a) => a.srcDocId === view.srcId && a.level === view.level) ??
    candidates.find((a) => a.level === view.level) ??
    candidates[0]
  );
}

/** A function that goes to `offset` in document `docId`; `findingKey` is selected if given. */
export function useGoToPlace(): (docId: string, offset: number, findingKey?: string) => void {
  const store = useAppStoreApi();
  return useCallback(
    (docId, offset, findingKey) => {
      const state = store.getState();
      const file = state.caseRecord;
      const doc = state.docs[docId];
      if (!file || !doc) return;
      const view = caseView(file);
      const select = (alignment: CaseAlignment, side: 'src' | 'tgt') => {
        const row = rowAt(alignment, doc, side, offset);
        store.setState({
          ...(row >= 0 ? { selectedRow: row } : {}),
          selectedFinding: findingKey ?? null,
        });
      };
      const open = openPair(file);
      if (open && (open.tgtDocId === docId || open.srcDocId === docId)) {
        select(open, open.tgtDocId === docId ? 'tgt' : 'src');
        return;
      }
      // Another report: open its pair, with the open original if that pair exists.
      const target = pairShowing(file, docId);
      if (!target) return;
      if (target.level !== view.level) state.setLevel(target.level);
      state.selectPair(target.srcDocId, docId);
      const now = openPair(store.getState().caseRecord);
      if (now) select(now, 'tgt');
    },
    [store],
  );
}
