/**
 * What the table's cells need besides their row: the two documents, their findings, the
 * selection and the in-place editor. Given by the table through context, so that the column
 * definitions can stay at module scope (TanStack Table wants stable columns).
 */
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { Finding, Level, TextDocument } from '../../../core/index.ts';
import type { TracedRow } from '../../../state/traced-rows.ts';
import type { SourceEcho } from './source-echo.ts';

/** Which segment is being edited. */
export interface EditingCell {
  readonly row: number;
  readonly side: 'src' | 'tgt';
  readonly segment: number;
}

export interface RowEnv {
  /**
   * The translation function, looked up once by the table: a `useTranslation` in each cell
   * subscribes every cell of every row to i18next, which showed in the scroll profile.
   */
  readonly t: TFunction;
  readonly src: TextDocument;
  readonly tgt: TextDocument;
  readonly srcFindings: readonly Finding[];
  readonly tgtFindings: readonly Finding[];
  readonly selectedFinding: string | null;
  /** The stretch of the original the selected finding points to (a missing number, a name). */
  readonly sourceEcho: SourceEcho | null;
  readonly lowConfidence: number;
  readonly editing: EditingCell | null;
  readonly setEditing: (cell: EditingCell | null) => void;
  readonly commitEdit: (docId: string, start: number, end: number, text: string) => void;
  readonly selectFinding: (finding: Finding) => void;
  /** `sentence` or `paragraph`: what a row's segments are (the split points name them). */
  readonly level: Level;
  /** Split row `row` on `side` after its `at` first segments (one operation, one undo). */
  readonly splitRow: (row: number, side: 'src' | 'tgt', at: number) => void;
  /**
   * At paragraph level: cut before sentence `sentence` of `side` (inside a paragraph). The
   * pair is shown sentence by sentence and the row holding that sentence is split before it.
   */
  readonly cutInParagraph: (side: 'src' | 'tgt', sentence: number) => void;
  /** Rows unpaired on one side that the quote tracer relates to another row (traced-rows.ts). */
  readonly traced: ReadonlyMap<number, TracedRow>;
  /** Select a row (and bring it into view). */
  readonly goToRow: (row: number) => void;
  /** Whether two rows can be paired (edit-beads.ts canLinkRows). */
  readonly canPairRows: (row: number, other: number) => boolean;
  /** Pair two one-sided rows (one operation, one undo) and select the pair. */
  readonly pairRows: (row: number, other: number) => void;
}

export const RowEnvContext = createContext<RowEnv | null>(null);

/** The table's environment (inside the aligned table only). */
export function useRowEnv(): RowEnv {
  const env = useContext(RowEnvContext);
  if (!env) throw new Error('RowEnvContext is missing');
  return env;
}

/**
 * Whether the row a cell belongs to is the selected one: given by the row itself (which
 * renders again when its selection changes), so that a selection change does not re-render
 * every row on screen through the table's environment.
 */
export const RowSelectedContext = createContext(false);
