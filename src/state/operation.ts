/**
 * The operations of the undo/redo history: every text edit, applied fix and alignment change.
 * Plain data: each carries what is needed to apply it and to undo it.
 */
import type { Bead, CaseEdit } from '../core/index.ts';

/**
 * Edits appended to one document's edit log (typing, one fix, or every fix of a kind).
 * Undo drops them from the end of the log again (the case file's log is append-only).
 */
export interface TextOperation {
  readonly kind: 'text';
  readonly docId: string;
  readonly edits: readonly CaseEdit[];
  readonly label: 'edit' | 'fix' | 'fix-all';
  /**
   * The re-alignment the edit caused (it changed the number of segments of the open pair):
   * done and undone with the edit, so that the beads always fit the text.
   */
  readonly beads?: {
    readonly pair: string;
    readonly before: readonly Bead[];
    readonly after: readonly Bead[];
  };
}

/** A change to the beads of one alignment (merge, split, move, link, unlink, confirm, re-align). */
export interface BeadsOperation {
  readonly kind: 'beads';
  readonly pair: string;
  readonly before: readonly Bead[];
  readonly after: readonly Bead[];
  readonly label: 'merge' | 'split' | 'move-up' | 'move-down' | 'unlink' | 'link' | 'confirm' | 'realign';
}

export type Operation = TextOperation | BeadsOperation;
