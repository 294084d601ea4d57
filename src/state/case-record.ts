/**
 * How cases are kept: core's `CaseFile` (src/core/model/case-file.ts, versioned and migrated
 * by `migrateCaseFile`) inside a storage envelope that adds the revision counter used to
 * detect saves from other tabs. Helpers read the open view and current texts from a case.
 */
import type { Level } from '../core/index.ts';
// Value imports from the module file, not core's index: the page bundle stays free of the engine.
import {
  type CaseAlignment,
  type CaseDocument,
  type CaseFile,
  caseDocumentText,
  migrateCaseFile,
} from '../core/model/case-file.ts';

/** What IndexedDB holds per case. */
export interface StoredCase {
  readonly id: string;
  /** Bumped on every save; a save based on an older revision is a conflict (another tab). */
  readonly revision: number;
  readonly modifiedAt: string;
  readonly file: CaseFile;
}

/** A line of the case list. */
export interface CaseSummary {
  readonly id: string;
  readonly name: string;
  readonly modifiedAt: string;
  readonly documentCount: number;
}

/** Which pair is open, at which level. */
export interface CaseView {
  readonly srcId: string | null;
  readonly tgtId: string | null;
  readonly level: Level;
}

/** Summary of a case for the list. */
export function summarize(file: CaseFile): CaseSummary {
  return { id: file.id, name: file.name, modifiedAt: file.modifiedAt, documentCount: file.documents.length };
}

/** Unwrap a stored row, migrating the case file from any older version. */
export function readStoredCase(row: unknown): StoredCase {
  if (typeof row !== 'object' || row === null || !('file' in row)) throw new Error('not a stored case');
  const { revision, file } = row as { revision?: unknown; file: unknown };
  const migrated = migrateCaseFile(file);
  return {
    id: migrated.id,
    revision: typeof revision === 'number' ? revision : 0,
    modifiedAt: migrated.modifiedAt,
    file: migrated,
  };
}

/** The open view of a case. */
export function caseView(file: CaseFile): CaseView {
  const pair = file.settings.activePair;
  return { srcId: pair?.srcDocId ?? null, tgtId: pair?.tgtDocId ?? null, level: file.settings.level };
}

/** The case with another view. */
export function withView(file: CaseFile, view: CaseView): CaseFile {
  const { activePair: _dropped, ...rest } = file.settings;
  return {
    ...file,
    settings: {
      ...rest,
      level: view.level,
      ...(view.srcId && view.tgtId ? { activePair: { srcDocId: view.srcId, tgtDocId: view.tgtId } } : {}),
    },
  };
}

/** The key of an alignment. */
export function pairKey(srcId: string, tgtId: string, level: Level): string {
  return `${srcId}|${tgtId}|${level}`;
}

/** The alignment of the open view, if there is one. */
export function openPair(file: CaseFile | null): CaseAlignment | undefined {
  if (!file) return undefined;
  const { srcId, tgtId, level } = caseView(file);
  return file.alignments.find((a) => a.srcDocId === srcId && a.tgtDocId === tgtId && a.level === level);
}

const textCache = new WeakMap<CaseDocument, string>();

/** A document's current text (its edit log applied), cached per document object. */
export function currentText(doc: CaseDocument): string {
  let text = textCache.get(doc);
  if (text === undefined) {
    text = caseDocumentText(doc);
    textCache.set(doc, text);
  }
  return text;
}
