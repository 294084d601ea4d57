/**
 * The case file: everything a person works on, as one plain, JSON-serializable, versioned
 * object — the original texts, the edits made to them, the alignments with their
 * confirmations, the review status of findings, and the settings. The workbench stores it
 * in IndexedDB as is (structured clone) and the exchange module writes it as JSON.
 *
 * Invariants:
 * - A document's original text is never rewritten: its current text is
 *   `caseDocumentText(doc)`, the original with `edits` applied ONE AFTER ANOTHER, each edit's
 *   offsets being over the text left by the edits before it (an append-only log, so undo is
 *   "drop the last edit" and nothing is ever lost).
 * - An alignment's bead indexes are segment indexes (at its `level`) of the two documents'
 *   CURRENT texts, segmented as `segmentDocument` does.
 * - Every timestamp is an ISO 8601 string in UTC (`2026-11-22T20:40:00.000Z`).
 *
 * Versions: 2 is current. Version 1 was the single-pair format of the first prototype
 * (`{ version: 1, name, source, target, level, beads }`); `migrateCaseFile` upgrades it.
 */
import type { Bead } from './alignment.ts';
import type { Lang, Level, Span } from './document.ts';
import { fillTemplate } from './fill-template.ts';
import type { Category, Severity } from './finding.ts';

/** The version this code writes. Bump it, and add a step to `migrateCaseFile`, on any change. */
export const CASE_FILE_VERSION = 2;

/** The marker in every case file, so that a JSON file can be recognised as one. */
export const CASE_FILE_FORMAT = 'vis-a-vis-case';

/** A JSON value: what `extra` fields may hold. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Where a document came from (shown to the user; re-decoding needs the original file). */
export interface DocumentOrigin {
  readonly kind: 'sample' | 'paste' | 'file' | 'import';
  /** File name, for `file` and `import`. */
  readonly fileName?: string;
  /** Encoding the file was decoded with (`utf-8`, `windows-1252`, `macintosh`, `utf-16le`, `utf-16be`). */
  readonly encoding?: string;
  /** True when the user forced the encoding rather than accept the detected one. */
  readonly encodingOverridden?: boolean;
  /**
   * A `utf-8` file with bytes that were not UTF-8, read as Windows-1252: how many and on which
   * lines of the original text (as the import dialog said; shown in the documents panel).
   */
  readonly strayBytes?: {
    readonly count: number;
    /** The first 1-based lines they are on, at most 10. */
    readonly lines: readonly number[];
    /** How many lines hold them. */
    readonly lineCount: number;
  };
}

/** One edit of a document's text: a replacement over the text left by the edits before it. */
export interface CaseEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `manual`: typed by a person; `fix`: a finding's fix applied; `import`: came with an imported file. */
  readonly origin: 'manual' | 'fix' | 'import';
  /** For `fix`: the finding's rule (e.g. `mojibake`). */
  readonly rule?: string;
  /** For `fix`: the text the fix replaced (so that reports can show "applied fix: X → Y"). */
  readonly replaced?: string;
  /** When it was made (ISO 8601, UTC). */
  readonly at: string;
}

/** A document of the case. */
export interface CaseDocument {
  /** Unique within the case; documents' segment ids (`p3`, `s12`) are relative to it. */
  readonly id: string;
  readonly name: string;
  readonly lang: Lang;
  /** True when the user set the language rather than accept the detected one. */
  readonly langOverridden?: boolean;
  /** The text as first loaded (decoded, BOM removed, line breaks as in the file). */
  readonly originalText: string;
  /** The edit log over `originalText` (see the module comment). */
  readonly edits: readonly CaseEdit[];
  readonly origin: DocumentOrigin;
  readonly addedAt: string;
}

/** A bead as stored in a case: the aligner's bead, plus the sign-off a reviewer may give. */
export interface CaseBead extends Bead {
  /** A person signed this pair off as final (XLIFF `final`); implies `confirmed`. */
  readonly final?: boolean;
}

/** An alignment between two documents of the case, at one level. */
export interface CaseAlignment {
  readonly srcDocId: string;
  readonly tgtDocId: string;
  readonly level: Level;
  readonly beads: readonly CaseBead[];
  /** The aligner's document-level parallelism in [0, 1] (see `Alignment`). */
  readonly parallelism: number;
  readonly alignedAt: string;
}

/** What a reviewer decided about a finding. */
export type FindingStatus = 'open' | 'fixed' | 'dismissed';

/**
 * The review status of one finding. Findings are recomputed from the text; a review is
 * matched to a recomputed finding by `docId`, `rule` and `actual` at (or nearest to) `span`.
 */
export interface FindingReview {
  readonly docId: string;
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly span: Span;
  readonly actual: string;
  readonly status: FindingStatus;
  /** A reviewer's comment, if any. */
  readonly note?: string;
  readonly at: string;
}

/** Per-case settings. */
export interface CaseSettings {
  /** Granularity of the pair view and of exports. */
  readonly level: Level;
  /** Beads below this confidence are tinted as doubtful, in [0, 1]. */
  readonly lowConfidence: number;
  /** Rule ids the reviewer turned off. */
  readonly disabledRules: readonly string[];
  /** Cleaned-text exports drop paragraphs flagged as noise. */
  readonly dropNoise: boolean;
  /** The pair last shown (document ids), so that the case reopens where it was left. */
  readonly activePair?: { readonly srcDocId: string; readonly tgtDocId: string };
}

/** A case: the unit the workbench lists, saves and exports. */
export interface CaseFile {
  readonly format: typeof CASE_FILE_FORMAT;
  readonly version: typeof CASE_FILE_VERSION;
  /** Unique id (the IndexedDB key). */
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly modifiedAt: string;
  readonly documents: readonly CaseDocument[];
  readonly alignments: readonly CaseAlignment[];
  readonly findings: readonly FindingReview[];
  readonly settings: CaseSettings;
  /** Anything else a front end wants to keep with the case (must be JSON). */
  readonly extra?: { readonly [key: string]: JsonValue };
}

/** The default settings of a new case. */
export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  level: 'paragraph',
  lowConfidence: 0.5,
  disabledRules: [],
  dropNoise: true,
};

/** A new, empty case. */
export function createCaseFile(id: string, name: string, now: string): CaseFile {
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    id,
    name,
    createdAt: now,
    modifiedAt: now,
    documents: [],
    alignments: [],
    findings: [],
    settings: DEFAULT_CASE_SETTINGS,
  };
}

/** A document's current text: its original text with its edit log applied in order. */
export function caseDocumentText(doc: Pick<CaseDocument, 'originalText' | 'edits'>): string {
  let text = doc.originalText;
  for (const edit of doc.edits) {
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
      throw new RangeError(
        `edit [${edit.start}, ${edit.end}) is outside a text of ${text.length} characters`,
      );
    }
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return text;
}

// English templates of what a case file can get wrong, `{{name}}` standing for a parameter; the
// workbench translates the codes (`caseFileError.<reason>`).
const CASE_FILE_MESSAGES = {
  'version-missing': 'missing or not a positive integer: this is not a case file',
  'version-newer':
    'case file version {{version}} is newer than this program understands ({{known}}); update the program',
  format: 'expected "{{format}}"',
  'duplicate-document': 'duplicate document id "{{id}}"',
  'no-document': 'no document "{{id}}"',
  'edit-past-end': "ends at {{end}}, past the text's {{length}} characters",
  'ends-before-start': 'ends ({{end}}) before it starts ({{start}})',
  span: 'must be [start, end]',
  object: 'must be an object',
  array: 'must be an array',
  string: 'must be a string',
  boolean: 'must be true or false',
  'non-negative-integer': 'must be a non-negative integer',
  probability: 'must be a number in [0, 1]',
  'one-of': 'must be one of {{allowed}}',
  'too-deep': 'nested too deeply',
  'finite-number': 'must be a finite number',
  'json-data': 'must be JSON data',
} as const;

/** Every message code a `CaseFileError` can carry. */
export type CaseFileErrorReason = keyof typeof CASE_FILE_MESSAGES;

/** The English message of each code (`{{name}}`: a parameter). */
export const CASE_FILE_ERROR_MESSAGES: Readonly<Record<CaseFileErrorReason, string>> = CASE_FILE_MESSAGES;

/** What is wrong with a case file, as plain data: the code, its parameters, the field's path. */
export interface CaseFileErrorDetail {
  readonly reason: CaseFileErrorReason;
  readonly params: Readonly<Record<string, string | number>>;
  readonly path: string;
}

/** An invalid or unreadable case file; `path` locates the offending field (`documents[2].edits[0].start`). */
export class CaseFileError extends Error {
  readonly path: string;
  readonly detail: CaseFileErrorDetail;
  constructor(
    path: string,
    reason: CaseFileErrorReason,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    const message = fillTemplate(CASE_FILE_MESSAGES[reason], params);
    super(path ? `${path}: ${message}` : message);
    this.name = 'CaseFileError';
    this.path = path;
    this.detail = { reason, params, path };
  }
}

/** Version 1: the single-pair format of the first prototype. */
interface CaseFileV1 {
  readonly version: 1;
  readonly name: string;
  readonly level: Level;
  readonly source: { readonly name: string; readonly lang: Lang; readonly text: string };
  readonly target: { readonly name: string; readonly lang: Lang; readonly text: string };
  readonly beads: readonly Bead[];
  readonly savedAt?: string;
}

/**
 * Validate a parsed case file of any known version and upgrade it to the current one.
 * Throws `CaseFileError` (with the path of the offending field) for anything that is not a
 * valid case file, and for versions newer than this code knows. Never mutates its input.
 */
export function migrateCaseFile(input: unknown): CaseFile {
  const root = asObject(input, '');
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CaseFileError('version', 'version-missing');
  }
  if (version > CASE_FILE_VERSION) {
    throw new CaseFileError('version', 'version-newer', { version, known: CASE_FILE_VERSION });
  }
  if (version === 1) return validateCurrent(migrateV1(validateV1(root)));
  return validateCurrent(root);
}

function migrateV1(v1: CaseFileV1): unknown {
  const at = v1.savedAt ?? '1970-01-01T00:00:00.000Z';
  const doc = (side: CaseFileV1['source'], id: string) => ({
    id,
    name: side.name,
    lang: side.lang,
    originalText: side.text,
    edits: [],
    origin: { kind: 'import', fileName: side.name },
    addedAt: at,
  });
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    id: `case-${hashString(v1.name + v1.source.text + v1.target.text)}`,
    name: v1.name,
    createdAt: at,
    modifiedAt: at,
    documents: [doc(v1.source, 'src'), doc(v1.target, 'tgt')],
    alignments: [
      {
        srcDocId: 'src',
        tgtDocId: 'tgt',
        level: v1.level,
        beads: v1.beads,
        // Version 1 did not store parallelism: the share of beads that pair both sides.
        parallelism:
          v1.beads.length === 0
            ? 0
            : v1.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).length / v1.beads.length,
        alignedAt: at,
      },
    ],
    findings: [],
    settings: { ...DEFAULT_CASE_SETTINGS, level: v1.level },
  };
}

function validateV1(o: Obj): CaseFileV1 {
  const side = (key: string) => {
    const s = asObject(o[key], key);
    return { name: str(s, 'name', key), lang: str(s, 'lang', key), text: str(s, 'text', key) };
  };
  const savedAt = optStr(o, 'savedAt', '');
  return {
    version: 1,
    name: str(o, 'name', ''),
    level: level(o.level, 'level'),
    source: side('source'),
    target: side('target'),
    beads: arr(o.beads, 'beads').map((b, i) => bead(b, `beads[${i}]`)),
    ...(savedAt === undefined ? {} : { savedAt }),
  };
}

function validateCurrent(input: unknown): CaseFile {
  const o = asObject(input, '');
  if (o.format !== CASE_FILE_FORMAT)
    throw new CaseFileError('format', 'format', { format: CASE_FILE_FORMAT });
  const documents = arr(o.documents, 'documents').map((d, i) => caseDocument(d, `documents[${i}]`));
  const ids = new Set<string>();
  for (const [i, d] of documents.entries()) {
    if (ids.has(d.id)) throw new CaseFileError(`documents[${i}].id`, 'duplicate-document', { id: d.id });
    ids.add(d.id);
  }
  const alignments = arr(o.alignments, 'alignments').map((a, i) => {
    const path = `alignments[${i}]`;
    const x = asObject(a, path);
    const srcDocId = str(x, 'srcDocId', path);
    const tgtDocId = str(x, 'tgtDocId', path);
    if (!ids.has(srcDocId)) throw new CaseFileError(`${path}.srcDocId`, 'no-document', { id: srcDocId });
    if (!ids.has(tgtDocId)) throw new CaseFileError(`${path}.tgtDocId`, 'no-document', { id: tgtDocId });
    const alignment: CaseAlignment = {
      srcDocId,
      tgtDocId,
      level: level(x.level, `${path}.level`),
      beads: arr(x.beads, `${path}.beads`).map((b, j) => bead(b, `${path}.beads[${j}]`)),
      parallelism: unit(x.parallelism, `${path}.parallelism`),
      alignedAt: str(x, 'alignedAt', path),
    };
    return alignment;
  });
  const findings = arr(o.findings, 'findings').map((f, i) => findingReview(f, `findings[${i}]`));
  const extra = o.extra === undefined ? undefined : json(o.extra, 'extra');
  if (extra !== undefined && (extra === null || typeof extra !== 'object' || Array.isArray(extra))) {
    throw new CaseFileError('extra', 'object');
  }
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    id: str(o, 'id', ''),
    name: str(o, 'name', ''),
    createdAt: str(o, 'createdAt', ''),
    modifiedAt: str(o, 'modifiedAt', ''),
    documents,
    alignments,
    findings,
    settings: settings(o.settings, 'settings'),
    ...(extra === undefined ? {} : { extra: extra as { readonly [key: string]: JsonValue } }),
  };
}

function caseDocument(input: unknown, path: string): CaseDocument {
  const o = asObject(input, path);
  const originalText = str(o, 'originalText', path);
  const edits = arr(o.edits, `${path}.edits`).map((e, i) => caseEdit(e, `${path}.edits[${i}]`));
  // Replay the log so that an edit outside its text is reported here, not when the text is shown.
  let length = originalText.length;
  for (const [i, e] of edits.entries()) {
    if (e.end > length) {
      throw new CaseFileError(`${path}.edits[${i}]`, 'edit-past-end', { end: e.end, length });
    }
    length += e.text.length - (e.end - e.start);
  }
  const originObj = asObject(o.origin, `${path}.origin`);
  const kind = oneOf(originObj.kind, ['sample', 'paste', 'file', 'import'] as const, `${path}.origin.kind`);
  const fileName = optStr(originObj, 'fileName', `${path}.origin`);
  const encoding = optStr(originObj, 'encoding', `${path}.origin`);
  const encodingOverridden = optBool(originObj, 'encodingOverridden', `${path}.origin`);
  const strayBytes =
    originObj.strayBytes === undefined ? undefined : stray(originObj.strayBytes, `${path}.origin.strayBytes`);
  const langOverridden = optBool(o, 'langOverridden', path);
  return {
    id: str(o, 'id', path),
    name: str(o, 'name', path),
    lang: str(o, 'lang', path),
    ...(langOverridden === undefined ? {} : { langOverridden }),
    originalText,
    edits,
    origin: {
      kind,
      ...(fileName === undefined ? {} : { fileName }),
      ...(encoding === undefined ? {} : { encoding }),
      ...(encodingOverridden === undefined ? {} : { encodingOverridden }),
      ...(strayBytes === undefined ? {} : { strayBytes }),
    },
    addedAt: str(o, 'addedAt', path),
  };
}

function stray(input: unknown, path: string): NonNullable<DocumentOrigin['strayBytes']> {
  const o = asObject(input, path);
  return {
    count: index(o.count, `${path}.count`),
    lines: arr(o.lines, `${path}.lines`).map((l, i) => index(l, `${path}.lines[${i}]`)),
    lineCount: index(o.lineCount, `${path}.lineCount`),
  };
}

function caseEdit(input: unknown, path: string): CaseEdit {
  const o = asObject(input, path);
  const start = index(o.start, `${path}.start`);
  const end = index(o.end, `${path}.end`);
  if (end < start) throw new CaseFileError(`${path}.end`, 'ends-before-start', { end, start });
  const rule = optStr(o, 'rule', path);
  const replaced = optStr(o, 'replaced', path);
  return {
    start,
    end,
    text: str(o, 'text', path),
    origin: oneOf(o.origin, ['manual', 'fix', 'import'] as const, `${path}.origin`),
    ...(rule === undefined ? {} : { rule }),
    ...(replaced === undefined ? {} : { replaced }),
    at: str(o, 'at', path),
  };
}

function bead(input: unknown, path: string): CaseBead {
  const o = asObject(input, path);
  const indexes = (key: 'src' | 'tgt') =>
    arr(o[key], `${path}.${key}`).map((n, i) => index(n, `${path}.${key}[${i}]`));
  const confirmed = optBool(o, 'confirmed', path);
  const traced = optBool(o, 'traced', path);
  const final = optBool(o, 'final', path);
  return {
    src: indexes('src'),
    tgt: indexes('tgt'),
    confidence: unit(o.confidence, `${path}.confidence`),
    ...(confirmed === undefined ? {} : { confirmed }),
    ...(traced === undefined ? {} : { traced }),
    ...(final === undefined ? {} : { final }),
  };
}

function findingReview(input: unknown, path: string): FindingReview {
  const o = asObject(input, path);
  const span = arr(o.span, `${path}.span`);
  if (span.length !== 2) throw new CaseFileError(`${path}.span`, 'span');
  const note = optStr(o, 'note', path);
  return {
    docId: str(o, 'docId', path),
    rule: str(o, 'rule', path),
    category: str(o, 'category', path) as Category,
    severity: oneOf(o.severity, ['error', 'warning', 'info'] as const, `${path}.severity`),
    span: [index(span[0], `${path}.span[0]`), index(span[1], `${path}.span[1]`)],
    actual: str(o, 'actual', path),
    status: oneOf(o.status, ['open', 'fixed', 'dismissed'] as const, `${path}.status`),
    ...(note === undefined ? {} : { note }),
    at: str(o, 'at', path),
  };
}

function settings(input: unknown, path: string): CaseSettings {
  const o = asObject(input, path);
  const pair = o.activePair === undefined ? undefined : asObject(o.activePair, `${path}.activePair`);
  return {
    level: level(o.level, `${path}.level`),
    lowConfidence: unit(o.lowConfidence, `${path}.lowConfidence`),
    disabledRules: arr(o.disabledRules, `${path}.disabledRules`).map((r, i) => {
      if (typeof r !== 'string') throw new CaseFileError(`${path}.disabledRules[${i}]`, 'string');
      return r;
    }),
    dropNoise: bool(o.dropNoise, `${path}.dropNoise`),
    ...(pair === undefined
      ? {}
      : {
          activePair: {
            srcDocId: str(pair, 'srcDocId', `${path}.activePair`),
            tgtDocId: str(pair, 'tgtDocId', `${path}.activePair`),
          },
        }),
  };
}

// --- small validators: each names the path of what it rejects ---

type Obj = { readonly [key: string]: unknown };

function asObject(value: unknown, path: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CaseFileError(path, 'object');
  }
  return value as Obj;
}

function arr(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new CaseFileError(path, 'array');
  return value;
}

function str(o: Obj, key: string, path: string): string {
  const value = o[key];
  if (typeof value !== 'string') throw new CaseFileError(path ? `${path}.${key}` : key, 'string');
  return value;
}

function optStr(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new CaseFileError(path, 'boolean');
  return value;
}

function optBool(o: Obj, key: string, path: string): boolean | undefined {
  return o[key] === undefined ? undefined : bool(o[key], path ? `${path}.${key}` : key);
}

function index(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new CaseFileError(path, 'non-negative-integer');
  }
  return value;
}

function unit(value: unknown, path: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new CaseFileError(path, 'probability');
  }
  return value;
}

function level(value: unknown, path: string): Level {
  return oneOf(value, ['paragraph', 'sentence'] as const, path);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CaseFileError(path, 'one-of', { allowed: allowed.join(', ') });
  }
  return value as T;
}

function json(value: unknown, path: string, depth = 0): JsonValue {
  if (depth > 64) throw new CaseFileError(path, 'too-deep');
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CaseFileError(path, 'finite-number');
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => json(v, `${path}[${i}]`, depth + 1));
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = json(v, `${path}.${k}`, depth + 1);
    return out;
  }
  throw new CaseFileError(path, 'json-data');
}

/** FNV-1a, for a stable id of a migrated version-1 file. */
function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
