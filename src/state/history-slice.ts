/**
 * Undo and redo across every operation: text edits, applied fixes, alignment changes.
 * Applying an operation updates the case (saved as you go) and re-checks what changed.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, HistorySlice } from './app-state.ts';
import { pairKey } from './case-record.ts';

/** How many operations undo reaches back. */
export const HISTORY_LIMIT = 500;

export function createHistorySlice(): StateCreator<AppState, [], [], HistorySlice> {
  return (set, get) => ({
    past: [],
    future: [],

    applyOperation(op, direction) {
      const file = get().caseRecord;
      if (!file) return;
      if (op.kind === 'text') {
        const doc = file.documents.find((d) => d.id === op.docId);
        if (!doc) return;
        // The edit log is append-only: doing appends the operation's edits, undoing drops
        // them from the end (history is linear, so they are the last ones of this document).
        const edits =
          direction === 'do'
            ? [...doc.edits, ...op.edits]
            : doc.edits.slice(0, doc.edits.length - op.edits.length);
        const updated = { ...doc, edits };
        const beads = op.beads && (direction === 'do' ? op.beads.after : op.beads.before);
        get().commitRecord({
          ...file,
          documents: file.documents.map((d) => (d.id === doc.id ? updated : d)),
          alignments:
            op.beads && beads
              ? file.alignments.map((a) =>
                  pairKey(a.srcDocId, a.tgtDocId, a.level) === op.beads?.pair ? { ...a, beads } : a,
                )
              : file.alignments,
        });
        void get().analyzeDocument(updated);
        return;
      }
      const beads = direction === 'do' ? op.after : op.before;
      get().commitRecord({
        ...file,
        alignments: file.alignments.map((a) =>
          pairKey(a.srcDocId, a.tgtDocId, a.level) === op.pair ? { ...a, beads } : a,
        ),
      });
      // Pair rules (omission, numbers…) and consistency read the beads: check them again.
      void get().recheckPair();
    },

    absorbRealign(pair, docIds, before, after) {
      const past = get().past;
      const last = past.at(-1);
      if (get().future.length > 0 || last?.kind !== 'text' || !docIds.includes(last.docId)) return false;
      if (last.beads && last.beads.pair !== pair) return false;
      // A second re-alignment for the same edit keeps the beads from before the edit.
      const amended = { ...last, beads: { pair, before: last.beads?.before ?? before, after } };
      set({ past: [...past.slice(0, -1), amended] });
      return true;
    },

    perform(op) {
      get().applyOperation(op, 'do');
      set({ past: [...get().past, op].slice(-HISTORY_LIMIT), future: [] });
    },

    undo() {
      const past = get().past;
      const op = past.at(-1);
      if (!op) return;
      get().applyOperation(op, 'undo');
      set({ past: past.slice(0, -1), future: [...get().future, op] });
    },

    redo() {
      const future = get().future;
      const op = future.at(-1);
      if (!op) return;
      get().applyOperation(op, 'do');
      set({ future: future.slice(0, -1), past: [...get().past, op] });
    },
  });
}
