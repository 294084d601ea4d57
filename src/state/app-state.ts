/**
 * The shape of the application store (zustand, vanilla): cases and storage, the open pair and
 * its engine results, the undo/redo history. Slices are in their own files.
 */
import type {
  Alignment,
  Bead,
  CaseAlignment,
  CaseDocument,
  CaseFile,
  DetectedEncoding,
  DocumentOrigin,
  ExportPairOptions,
  Finding,
  Lang,
  Level,
  PairExportFormat,
  Progress,
  TextDocument,
} from '../core/index.ts';
import type { QuoteTrace } from '../core/quote/quotation.ts';
import type { EngineApi } from '../worker/engine-client.ts';
import type { EngineCapabilities, ImportedText } from '../worker/protocol.ts';
import type { CaseSummary } from './case-record.ts';
import type { CaseStorage } from './case-storage.ts';
import type { Operation } from './operation.ts';
import type { TabSync } from './tab-sync.ts';

/** A document about to be added to a case. */
export interface NewDocument {
  readonly name: string;
  readonly lang: Lang;
  readonly langOverridden?: boolean;
  readonly origin: DocumentOrigin;
  readonly text: string;
}

/** A file made for download. */
export interface ExportedFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}

/** A message for the person: `code` is an i18n key under `notice.`. */
export interface Notice {
  readonly id: number;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly tone: 'info' | 'error';
  /** Offers an Undo button (e.g. after deleting a case). */
  readonly undoable?: boolean;
}

/** A long engine call under way, with its progress and a way to cancel it. */
export interface Job {
  readonly kind: 'align' | 'import';
  readonly progress: Progress | null;
  readonly controller: AbortController;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface CasesSlice {
  cases: readonly CaseSummary[];
  caseRecord: CaseFile | null;
  /** The stored revision our copy is based on (null: not stored yet). */
  baseRevision: number | null;
  saveStatus: SaveStatus;
  storageError: string | null;
  /** Another tab saved the open case since we loaded it. */
  conflict: { readonly revision: number } | null;
  recentlyDeleted: CaseFile | null;
  notices: readonly Notice[];
  ready: boolean;
  init(): Promise<void>;
  openCase(id: string): Promise<void>;
  createCase(name: string): Promise<void>;
  /** Add a fresh copy of the sample case and open it. */
  openSample(): Promise<void>;
  /** Store a case read from a file (a new id if it clashes) and open it. */
  storeImportedCase(file: CaseFile): Promise<void>;
  renameCase(id: string, name: string): Promise<void>;
  duplicateCase(id: string, suffix: string): Promise<void>;
  deleteCase(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  resolveConflict(choice: 'theirs' | 'mine'): Promise<void>;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
  /** Replace the open case record (every change goes through here) and schedule a save. */
  commitRecord(record: CaseFile): void;
  flushSave(): Promise<void>;
}

export interface WorkspaceSlice {
  capabilities: EngineCapabilities | null;
  /** Segmented current text of each document of the open case. */
  docs: Readonly<Record<string, TextDocument>>;
  /** One-document findings of each document, sorted by start. */
  findings: Readonly<Record<string, readonly Finding[]>>;
  /** Pair findings (numbers, names, omissions…) of the open pair, sorted by start. */
  pairFindings: readonly Finding[];
  job: Job | null;
  selectedRow: number;
  selectedFinding: string | null;
  addDocuments(documents: readonly NewDocument[]): Promise<void>;
  /** Remove a document from the case (its alignments too); undoable by restoreDocument. */
  removeDocument(docId: string): void;
  /** The last documents removed, what restoreDocument puts back (their case's, while open). */
  recentlyRemoved: readonly {
    readonly caseId: string;
    readonly document: CaseDocument;
    readonly position: number;
    /** The document that followed it (null: it was the last). */
    readonly next: string | null;
    readonly alignments: readonly CaseAlignment[];
    readonly activePair: { readonly srcDocId: string; readonly tgtDocId: string } | null;
  }[];
  /** Put a removed document back, with its edits, its alignments and the pair shown. */
  restoreDocument(docId: string): Promise<void>;
  setDocumentLang(docId: string, lang: Lang): void;
  selectPair(srcId: string | null, tgtId: string | null): void;
  setLevel(level: Level): void;
  /**
   * Align the open pair (again), keeping confirmed rows. `automatic`: after an edit changed the
   * number of segments; the new beads join that edit's operation instead of a new one.
   * `confirmed`: the confirmed beads to keep, renumbered for the documents as they are now
   * (carryConfirmed); by default the open pair's own.
   */
  /**
   * Align the open pair (keeping `confirmed` beads), then check it; resolves once the checks are
   * done, or once the alignment is, with `checksInBackground`.
   */
  align(options?: {
    readonly automatic?: boolean;
    readonly confirmed?: readonly Bead[];
    readonly checksInBackground?: boolean;
  }): Promise<void>;
  cancelJob(): void;
  selectRow(index: number): void;
  selectFinding(key: string | null): void;
  /** Replace text[start, end) of a document (a person's edit). */
  editText(docId: string, start: number, end: number, text: string): void;
  /** Apply the fixes of these findings (of one document) as one operation. */
  applyFixes(findings: readonly Finding[], label: 'fix' | 'fix-all'): void;
  /** Run the pair checks of the open pair again (after its beads changed) and the checks across the case. */
  recheckPair(): Promise<void>;
  /** Change the beads of the open pair (merge, split…). */
  editBeads(
    label: Extract<Operation, { kind: 'beads' }>['label'],
    change: (beads: Alignment['beads']) => Alignment['beads'],
  ): void;
  /** Segment a document (progress to `onProgress`), then check it in the background. */
  analyzeDocument(doc: CaseDocument, options?: { onProgress?: (progress: Progress) => void }): Promise<void>;
  /** Turn a file's bytes into text in the worker (encoding, HTML, .docx); rejects with a coded error. */
  readFile(bytes: ArrayBuffer, fileName: string, encoding?: DetectedEncoding): Promise<ImportedText>;
  /** The language of a text among the case's candidates ('und' if too short). */
  detectLanguage(text: string): Promise<Lang>;
  /** Quote tracing of the open case (null until computed). */
  quotes: QuoteTrace | null;
  /**
   * Each traced document's text as the trace read it (by document id): the quotations' spans
   * index these texts. A document edited since has other offsets; the panel then shows the
   * quotation's own text, and the case is traced again.
   */
  quotesTexts: Readonly<Record<string, string>>;
  /** `large`: the case is too large to trace on its own (opened or changed); the person starts it. */
  quotesStatus: 'idle' | 'running' | 'error' | 'large';
  /**
   * Trace the open case's quotations, cancelling a trace still running. An `automatic` trace
   * (the case opened, a document added or removed) is skipped for a case over
   * AUTO_TRACE_MAX_CHARS: tracing grows with quotations × sources and would hold the engine for
   * minutes on two 5,000-paragraph reports.
   */
  traceQuotes(options?: { readonly automatic?: boolean }): Promise<void>;
  /**
   * The open pair in an export format, as a file to download. `words` says a finding for a
   * person (the interface's messages): the review reports show them instead of rule codes.
   */
  exportPair(
    format: PairExportFormat,
    options: ExportPairOptions,
    words?: (finding: Finding) => string,
  ): Promise<ExportedFile | null>;
  /** The open case as a case file (JSON). */
  exportCase(): Promise<ExportedFile | null>;
  /** Add a case from a case file or a bilingual exchange file, and open it. */
  importCase(bytes: ArrayBuffer, fileName: string): Promise<void>;
}

export interface HistorySlice {
  past: readonly Operation[];
  future: readonly Operation[];
  /** Apply an operation and record it. */
  perform(op: Operation): void;
  undo(): void;
  redo(): void;
  /**
   * Attach a re-alignment of pair `pair` (of documents `docIds`) to the last operation, when it
   * is an edit of one of those documents and nothing was undone since; false otherwise.
   */
  absorbRealign(
    pair: string,
    docIds: readonly string[],
    before: readonly Bead[],
    after: readonly Bead[],
  ): boolean;
  /** Apply an operation (or undo it) without recording it; undo, redo and perform go through here. */
  applyOperation(op: Operation, direction: 'do' | 'undo'): void;
}

/** Checks across the documents of the case (see case-checks-slice.ts). */
export interface CaseChecksSlice {
  /** Findings across the case's aligned pairs (null until computed), sorted by start. */
  caseFindings: readonly Finding[] | null;
  /** How many aligned pairs the last check across the case compared. */
  casePairCount: number;
  caseStatus: 'idle' | 'running' | 'error';
  /** Run the checks across the case's aligned pairs (consistency of translations). */
  checkCase(): Promise<void>;
  /** Align the case's other pairs (same languages and level as the open one), then check across them. */
  alignCase(): Promise<void>;
}

export type AppState = CasesSlice & WorkspaceSlice & HistorySlice & CaseChecksSlice;

/** What the store needs from outside: the engine, storage, tab sync, and clocks (for tests). */
export interface StoreDeps {
  readonly engine: EngineApi;
  readonly storage: CaseStorage;
  readonly tabSync: TabSync;
  readonly now?: () => number;
  readonly newId?: () => string;
  readonly saveDelayMs?: number;
}
