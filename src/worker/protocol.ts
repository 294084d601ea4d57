/**
 * Messages between the page and the engine worker. Plain, structurally cloneable data only:
 * the worker is a thin dispatcher over core, so every payload is a core input or output.
 */
import type {
  Alignment,
  Bead,
  CaseFile,
  DetectedEncoding,
  ExchangeErrorDetail,
  ExportInput,
  ExportPairOptions,
  Finding,
  Lang,
  Level,
  PairExportFormat,
  Progress,
  StrayBytes,
  TextDocument,
} from '../core/index.ts';
import type { QuoteTrace } from '../core/quote/quotation.ts';
import { isPackedBeads, packBeads, packedBeadsTransfer, unpackBeads } from './packed-beads.ts';
import type { PackedDocument } from './packed-document.ts';

/** What the worker can do, keyed by operation name: request payload and result. */
export interface EngineOps {
  /** Which core modules are present in this build. */
  capabilities: { request: Record<string, never>; result: EngineCapabilities };
  segment: {
    request: { id: string; name: string; text: string; lang?: Lang; candidateLangs: readonly Lang[] };
    result: TextDocument;
  };
  /** Segment a document and run the one-document checks on it, in one step (consistent offsets). */
  analyze: {
    request: { id: string; name: string; text: string; lang?: Lang; candidateLangs: readonly Lang[] };
    result: { doc: TextDocument; findings: readonly Finding[] };
  };
  align: {
    request: {
      src: TextDocument;
      tgt: TextDocument;
      level: Level;
      /** Beads a person confirmed: kept as they are, the rest is re-aligned around them. */
      confirmed?: readonly Bead[];
    };
    result: Alignment;
  };
  check: {
    request: {
      doc: TextDocument;
      source?: TextDocument;
      alignment?: Alignment;
      /** Only the rules on the pair (the document's own were run already, with the same options). */
      pairOnly?: boolean;
    };
    result: readonly Finding[];
  };
  /** Checks across a case's aligned pairs: the same source sentence translated differently. */
  checkCase: {
    request: { pairs: readonly { source: TextDocument; target: TextDocument; alignment: Alignment }[] };
    result: readonly Finding[];
  };
  /** Turn an imported file into text: encoding detection, HTML text extraction, .docx text. */
  importFile: {
    request: {
      bytes: ArrayBuffer;
      fileName: string;
      encoding?: DetectedEncoding;
      candidateLangs: readonly Lang[];
    };
    result: ImportedText;
  };
  detectLanguage: { request: { text: string; candidates: readonly Lang[] }; result: Lang };
  /** An aligned pair in an export format (TMX, XLIFF, TSV, CSV, clean text, review report). */
  exportPair: {
    request: { input: ExportInput; format: PairExportFormat; options: ExportPairOptions };
    result: ExportedText;
  };
  /** A case as a case file (JSON). */
  serializeCase: { request: { file: CaseFile }; result: ExportedText };
  /**
   * A case from an exchange file: a case file (JSON, any version) or a bilingual file (TMX,
   * XLIFF 1.2/2.0, TSV, CSV) as a pre-aligned pair with its rows confirmed.
   */
  importCase: {
    request: { bytes: ArrayBuffer; fileName: string; id: string; now: string };
    result: CaseFile;
  };
  /**
   * Load language data ahead of need: lexicons for alignment (prepared step by step, so that a
   * call arriving meanwhile waits at most a step), word lists for checks (parsed now), word
   * lists only fetched, to be parsed when the checks first need them, and word lists prepared
   * (fetched at once, parsed step by step once the lexicons are ready, only while no call is
   * under way; a check that needs one has the rest parsed at once).
   */
  warmup: {
    request: {
      lexicons?: readonly (readonly [Lang, Lang])[];
      wordLists?: readonly Lang[];
      prefetchWordLists?: readonly Lang[];
      prepareWordLists?: readonly Lang[];
    };
    result: null;
  };
  /** Trace every quotation of the case's rendering-language documents to its source. */
  traceQuotes: { request: { documents: readonly TextDocument[] }; result: QuoteTrace };
}

/** A made file: its text, file extension, name suffix (EXPORT_FORMATS) and MIME type. */
export interface ExportedText {
  readonly text: string;
  readonly extension: string;
  readonly suffix: string;
  readonly mime: string;
}

/** The core modules present in the build (others are being written in parallel). */
export interface EngineCapabilities {
  readonly segment: boolean;
  readonly align: boolean;
  readonly check: boolean;
  readonly html: boolean;
  readonly language: boolean;
}

/** A file turned into text, with what was detected about it. */
export interface ImportedText {
  readonly text: string;
  /** Detected (or forced) byte encoding; `docx` for Word files, which carry their own. */
  readonly encoding: DetectedEncoding | 'docx';
  readonly bom: boolean;
  /** UTF-8 with bytes that are not, read as Windows-1252: how many and where. */
  readonly strayBytes?: StrayBytes;
  readonly format: 'text' | 'html' | 'docx';
  readonly lang: Lang;
}

export type EngineOp = keyof EngineOps;
export type EngineRequest<K extends EngineOp> = EngineOps[K]['request'];
export type EngineResult<K extends EngineOp> = EngineOps[K]['result'];

/** Page → worker. */
export type ToWorker =
  | { readonly type: 'call'; readonly id: number; readonly op: EngineOp; readonly payload: unknown }
  | { readonly type: 'abort'; readonly id: number };

/** A serialisable error: `code` lets the UI word it; `detail`, an import error's code, parameters and place. */
export interface EngineError {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly detail?: ExchangeErrorDetail;
}

/** Worker → page. */
export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly progress: Progress }
  /** The first items of a long list result, in order (see `postResult`). */
  | { readonly type: 'part'; readonly id: number; readonly items: readonly unknown[] }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly result: unknown;
      /** Set when the result is a document the worker keeps: later calls may send `{ $doc: docKey }`. */
      readonly docKey?: string;
      /** The result is a `PackedDocument` (see packed-document.ts); without a text, the call's `text`. */
      readonly packed?: boolean;
      /** The result is the last items of a list whose first ones came in `part` messages. */
      readonly parts?: boolean;
      /** The result holds packed beads (packed-beads.ts). */
      readonly beads?: boolean;
    }
  | { readonly type: 'error'; readonly id: number; readonly error: EngineError };

/**
 * A document sent by reference. Segmented documents are large (a 5,000-paragraph report is
 * ~25,000 span objects and megabytes of text) and structured cloning them on every call
 * blocks the page; so each worker keeps the documents it made or received, and the page sends
 * `{ $doc: key }` for those, `{ $doc: key, packed }` the first time (typed arrays, transferred).
 */
export interface DocRef {
  readonly $doc: string;
  readonly doc?: TextDocument;
  /** The document in full, packed (what the page sends; `doc` is still understood). */
  readonly packed?: PackedDocument;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  // Only plain records are walked: ArrayBuffers, Maps, typed arrays pass through untouched.
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `value` is a segmented document. */
export function isTextDocument(value: unknown): value is TextDocument {
  return (
    isPlainObject(value) &&
    typeof value.text === 'string' &&
    Array.isArray(value.paragraphs) &&
    Array.isArray(value.sentences)
  );
}

const MAX_DEPTH = 3;
const MAX_WALKED_ARRAY = 64;

/**
 * Replace the documents in a payload (three levels deep) by what `ref` returns for them; with
 * `transfer`, longer lists of beads are packed too (packed-beads.ts), their buffers added to it.
 */
export function encodeDocs(
  value: unknown,
  ref: (doc: TextDocument) => DocRef,
  depth = 0,
  transfer?: Transferable[],
): unknown {
  if (isTextDocument(value)) return ref(value);
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    if (value.length <= MAX_WALKED_ARRAY) return value.map((v) => encodeDocs(v, ref, depth + 1, transfer));
    const packed = transfer ? packBeads(value) : undefined;
    if (!packed) return value;
    transfer?.push(...packedBeadsTransfer(packed));
    return packed;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = encodeDocs(v, ref, depth + 1, transfer);
  return out;
}

/** Put the documents (and packed beads) back in a payload; `resolve` throws for a reference it does not hold. */
export function decodeDocs(value: unknown, resolve: (ref: DocRef) => TextDocument, depth = 0): unknown {
  if (isPackedBeads(value)) return unpackBeads(value);
  if (isPlainObject(value) && typeof value.$doc === 'string') return resolve(value as unknown as DocRef);
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    return value.length <= MAX_WALKED_ARRAY ? value.map((v) => decodeDocs(v, resolve, depth + 1)) : value;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = decodeDocs(v, resolve, depth + 1);
  return out;
}

/** Items of a long list result per message: the page reads (deserializes) each message in one task. */
export const RESULT_PART_ITEMS = 10_000;

/**
 * Post call `id`'s result: a long list in parts of `RESULT_PART_ITEMS` (190,000 findings read
 * at once held the page for 0.4-0.7 s), long lists of beads packed (an alignment's 140,000 for
 * 0.2 s). `readResult` puts it back together on the page.
 */
export function postResult(
  post: (message: FromWorker, transfer?: Transferable[]) => void,
  id: number,
  result: unknown,
): void {
  const transfer: Transferable[] = [];
  const packed = packBeadsIn(result, transfer);
  if (transfer.length > 0) {
    post({ type: 'result', id, result: packed, beads: true }, transfer);
    return;
  }
  if (Array.isArray(result) && result.length > RESULT_PART_ITEMS) {
    let at = 0;
    for (; result.length - at > RESULT_PART_ITEMS; at += RESULT_PART_ITEMS)
      post({ type: 'part', id, items: result.slice(at, at + RESULT_PART_ITEMS) });
    post({ type: 'result', id, result: result.slice(at), parts: true });
    return;
  }
  post({ type: 'result', id, result });
}

/** A result as `postResult` sent it: `parts` the items of its `part` messages, in order. */
export function readResult(
  message: Extract<FromWorker, { type: 'result' }>,
  parts: readonly (readonly unknown[])[],
): unknown {
  if (message.parts && Array.isArray(message.result))
    return ([] as unknown[]).concat(...parts, message.result);
  if (message.beads) return unpackBeadsIn(message.result);
  return message.result;
}

/** `value` with its long lists of beads (three levels deep) packed, their buffers added to `transfer`. */
function packBeadsIn(value: unknown, transfer: Transferable[], depth = 0): unknown {
  if (depth > MAX_DEPTH || isTextDocument(value)) return value;
  if (Array.isArray(value)) {
    if (value.length <= MAX_WALKED_ARRAY) return value.map((v) => packBeadsIn(v, transfer, depth + 1));
    const packed = packBeads(value);
    if (!packed) return value;
    transfer.push(...packedBeadsTransfer(packed));
    return packed;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = packBeadsIn(v, transfer, depth + 1);
  return out;
}

/** `value` with its packed beads rebuilt. */
function unpackBeadsIn(value: unknown, depth = 0): unknown {
  if (isPackedBeads(value)) return unpackBeads(value);
  if (depth > MAX_DEPTH || isTextDocument(value)) return value;
  if (Array.isArray(value))
    return value.length <= MAX_WALKED_ARRAY ? value.map((v) => unpackBeadsIn(v, depth + 1)) : value;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = unpackBeadsIn(v, depth + 1);
  return out;
}
