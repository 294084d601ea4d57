/**
 * The engine worker: receives calls, runs core, posts progress and results. Thin on purpose:
 * every algorithm lives in src/core. One AbortController per call, so `abort` stops it.

 */
import { alignDocuments } from '../core/align/align-documents.ts';
import { needsRefining, refineToSentences } from '../core/align/refine-to-sentences.ts';
import { runChecks } from '../core/check/run-checks.ts';
import type { Alignment, Lang, Level, Lexicon, Progress, TextDocument } from '../core/index.ts';
import {
  caseFileFromBilingual,
  checkConsistencyAcross,
  DecodeError,
  decodeBytes,
  detectLanguage,
  EXPORT_FORMATS,
  ExchangeError,
  exportPair,
  importBilingual,
  invertLexicon,
  parseCaseFile,
  segmentDocumentAsync,
  serializeCaseFile,
} from '../core/index.ts';
import { parseWordListPausing, type WordList } from '../core/lexicon/word-list.ts';
import { traceQuotations } from '../core/quote/trace-quotations.ts';
import { extractHtmlText, looksLikeHtml } from '../core/text/extract-html-text.ts';
import { fetchText, prefetchText } from './fetch-text.ts';
import { hasLexiconFiles, loadLexiconFiles } from './lexicon-files.ts';
import { isPackedDocument, packDocument, packedTransfer, unpackDocument } from './packed-document.ts';
import { pauseForEvents } from './pause-for-events.ts';
import {
  type DocRef,
  decodeDocs,
  type EngineCapabilities,
  type EngineError,
  type EngineOp,
  type EngineOps,
  type FromWorker,
  isTextDocument,
  postResult,
  type ToWorker,
} from './protocol.ts';

/** Least time between two progress reports of a call in the same phase (ms). */
const PROGRESS_EVERY_MS = 100;

/** How many documents (one version of each) a worker keeps for calls by reference. */
const DOC_CACHE = 48;

interface CallContext {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: Progress) => void;
  /**
   * Between two steps of a long call, when the step's data is garbage: maybe collect it (at
   * most every 300 ms, and only on calls over long texts: see isHeavyCall).
   */
  readonly collect: () => void;
}

type Handler<K extends EngineOp> = (
  request: EngineOps[K]['request'],
  context: CallContext,
) => Promise<EngineOps[K]['result']>;

// Asset URLs, fetched when needed (see fetch-text.ts).
const wordListFiles = import.meta.glob<string>('../../data/wordlists/*.front-coded.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

const lexiconCache = new Map<string, Promise<Lexicon | undefined>>();

/**
 * The `src → tgt` lexicon, parsed once per worker for both directions. The shipped files of a
 * pair hold the same pairs read both ways, supplements included (scripts/build-lexicons.ts,
 * data/lexicons/README.md: each fr-en file is its en-fr file inverted), so a direction whose
 * reverse is already loaded is that one inverted (a pass over a map, no second parse); otherwise
 * the direct files merged (src/worker/lexicon-files.ts), or the reverse ones inverted when only
 * those are shipped (fr-de).
 */
/**
 * Alignments made, by original and translation (objects: the worker holds one version of each
 * document, and an edit makes new ones) and level. The re-check after a link or an unlink, and
 * the sentence view of a pair whose checks aligned its sentences (refine-to-sentences.ts), reuse
 * them: on two 20,000-sentence reports that alignment takes seconds.
 */
const alignments = new WeakMap<TextDocument, WeakMap<TextDocument, Map<Level, Alignment>>>();

/** The alignment of `src` and `tgt` at `level`, with the lexicon of their languages; made once. */
async function alignOnce(
  src: TextDocument,
  tgt: TextDocument,
  level: Level,
  signal: AbortSignal,
  onProgress?: (progress: Progress) => void,
): Promise<Alignment> {
  let bySrc = alignments.get(src);
  if (!bySrc) {
    bySrc = new WeakMap();
    alignments.set(src, bySrc);
  }
  let byLevel = bySrc.get(tgt);
  if (!byLevel) {
    byLevel = new Map();
    bySrc.set(tgt, byLevel);
  }
  const made = byLevel.get(level);
  if (made) return made;
  const lexicon = await loadLexicon(src.lang, tgt.lang);
  const quoteLexicons = await loadQuoteLexicons(src, tgt);
  const alignment = await alignDocuments(src, tgt, {
    level,
    ...(quoteLexicons.length > 0 ? { quoteLexicons } : {}),
    srcLang: src.lang,
    tgtLang: tgt.lang,
    ...(lexicon ? { lexicon } : {}),
    signal,
    ...(onProgress ? { onProgress } : {}),
  });
  byLevel.set(level, alignment);
  return alignment;
}

/**
 * The quote tracer's lexicons (French–English, both directions); for an alignment, only when
 * its documents are English and French (alignDocuments' quote anchors).
 */
async function loadQuoteLexicons(...pair: TextDocument[]): Promise<Lexicon[]> {
  if (
    pair.length > 0 &&
    pair
      .map((d) => d.lang)
      .sort()
      .join('-') !== 'en-fr'
  )
    return [];
  const enFr = await loadLexicon('en', 'fr');
  const frEn = await loadLexicon('fr', 'en');
  return [enFr, frEn].filter((l): l is Lexicon => l !== undefined);
}

function loadLexicon(srcLang: Lang, tgtLang: Lang): Promise<Lexicon | undefined> {
  const key = `${srcLang}-${tgtLang}`;
  let cached = lexiconCache.get(key);
  if (!cached) {
    const reverseKey = `${tgtLang}-${srcLang}`;
    const reverse = lexiconCache.get(reverseKey);
    if (reverse) cached = reverse.then((l) => (l ? invertLexicon(l) : undefined));
    else if (hasLexiconFiles(srcLang, tgtLang)) cached = loadLexiconFiles(srcLang, tgtLang);
    else cached = loadLexiconFiles(tgtLang, srcLang).then((l) => (l ? invertLexicon(l) : undefined));
    lexiconCache.set(key, cached);
    // On the worker's timeline (the start-up benchmark and profiler read it).
    const started = performance.now();
    cached.then(() => performance.measure(`lexicon:${key}`, { start: started })).catch(() => undefined);
  }
  return cached;
}

/** A word list being loaded: its promise, and how to have the rest of its parse done at once. */
interface WordListLoad {
  readonly list: Promise<WordList | undefined>;
  hurry(): void;
}

const wordListCache = new Map<string, WordListLoad>();

/**
 * Calls under way other than warmups (see serve): while one runs, the word lists' preparation
 * waits, so that it takes the worker's thread only when nobody waits for it.
 */
let callsUnderWay = 0;
let whenNoCall: (() => void)[] = [];

function untilNoCall(): Promise<void> {
  return new Promise((resolve) => whenNoCall.push(resolve));
}

function callStarted(op: EngineOp): void {
  if (op !== 'warmup') callsUnderWay++;
}

function callEnded(op: EngineOp): void {
  if (op === 'warmup' || --callsUnderWay > 0) return;
  const ready = whenNoCall;
  whenNoCall = [];
  for (const go of ready) go();
}

/**
 * The spelling word list of `lang` (data/wordlists, front-coded), parsed once per worker. With
 * `idle`, as a warmup does ahead of need: parsed step by step, each step only when no call is
 * under way (about 0.3 s of work for French and English together: done in the worker's idle
 * moments once the page has painted the rows, which asks for it then (cases-slice.ts), never
 * inside the segmentation or the alignment the person waits for). A call that needs the list (a check) has the rest parsed at
 * once, without pauses.
 */
function loadWordList(lang: Lang, idle = false): Promise<WordList | undefined> {
  let load = wordListCache.get(lang);
  if (!load) {
    const url = wordListFiles[`../../data/wordlists/${lang}.front-coded.txt`];
    let hurried = !idle;
    const pauseAWhile = pauseForEvents();
    const pause = (): Promise<void> | undefined => {
      if (hurried) return undefined;
      if (callsUnderWay > 0) return untilNoCall().then(pause);
      return pauseAWhile();
    };
    const list = url
      ? fetchText(url).then(async (text) => {
          const started = performance.now();
          const parsed = await parseWordListPausing(text, pause);
          // On the worker's timeline (the profiler: tests/bench/lib/profile-first-start.ts).
          performance.measure(`words:${idle ? 'prepare' : 'parse'}:${lang}`, { start: started });
          return parsed;
        })
      : Promise.resolve(undefined);
    load = {
      list,
      hurry: () => {
        hurried = true;
      },
    };
    wordListCache.set(lang, load);
  }
  if (!idle) load.hurry();
  return load.list;
}

/** Word lists for the checks of a document in `lang` translated from `sourceLang`. */
async function wordsFor(...langs: readonly (Lang | undefined)[]): Promise<Record<Lang, WordList>> {
  const out: Record<Lang, WordList> = {};
  // Fetched at once, not one after the other.
  const wanted = [...new Set(langs)].filter((lang): lang is Lang => lang !== undefined);
  const lists = await Promise.all(wanted.map((lang) => loadWordList(lang)));
  wanted.forEach((lang, i) => {
    const list = lists[i];
    if (list) out[lang] = list;
  });
  return out;
}

/**
 * The language a document is checked against for text left untranslated: its source's, else
 * English for a report and French for an English original (the untranslated rule's own guess:
 * without that word list it fell back on the trigram model alone, which took plain English
 * sentences of the original for French).
 */
function otherLanguage(lang: Lang, sourceLang: Lang | undefined): Lang | undefined {
  return sourceLang ?? (lang === 'en' ? 'fr' : undefined);
}

async function detect(text: string, candidates: readonly Lang[]): Promise<Lang> {
  return detectLanguage(text, candidates);
}

/** One handler per operation: unpack, call core, return. */
export const handlers: { [K in EngineOp]: Handler<K> } = {
  async capabilities(): Promise<EngineCapabilities> {
    return {
      segment: true,
      align: true,
      check: true,
      html: true,
      language: true,
    };
  },
  async segment(request, { signal, onProgress }) {
    // The async variant yields now and then: progress reaches the page, an abort is seen.
    return segmentDocumentAsync(request.text, {
      signal,
      onProgress,
      id: request.id,
      name: request.name,
      ...(request.lang ? { lang: request.lang } : {}),
      candidateLangs: request.candidateLangs,
    });
  },
  async analyze(request, context) {
    const doc = await handlers.segment(request, context);
    // Reports in the case are translated from English: English left in them is `untranslated`.
    const sourceLang = doc.lang === 'en' ? undefined : 'en';
    const findings = runChecks(doc, {
      words: await wordsFor(doc.lang, otherLanguage(doc.lang, sourceLang)),
      ...(sourceLang ? { sourceLang } : {}),
    });
    return { doc, findings };
  },
  async align(request, { signal, onProgress }) {
    return alignOnce(request.src, request.tgt, request.level, signal, onProgress);
  },
  async check(request, { collect, signal }) {
    const { doc, source, pairOnly } = request;
    // Reports in a case are translated from English: English left in them is `untranslated`.
    const sourceLang = source?.lang ?? (doc.lang === 'en' ? undefined : 'en');
    const lexicon = source && request.alignment ? await loadLexicon(source.lang, doc.lang) : undefined;
    // Partly parallel texts at the paragraph level are checked sentence by sentence inside
    // their paired paragraphs (refine-to-sentences.ts), as the command line checks them.
    const alignment =
      source && request.alignment && needsRefining(request.alignment, source, doc)
        ? refineToSentences(request.alignment, await alignOnce(source, doc, 'sentence', signal), source, doc)
        : request.alignment;
    return runChecks(doc, {
      words: await wordsFor(doc.lang, otherLanguage(doc.lang, sourceLang)),
      ...(sourceLang ? { sourceLang } : {}),
      ...(source && alignment ? { pair: { source, alignment, ...(lexicon ? { lexicon } : {}) } } : {}),
      ...(pairOnly && source && alignment ? { scopes: ['pair' as const] } : {}),
      onRule: (id, ms) => {
        // Each rule on the worker's timeline (for the browser tools).
        performance.measure(`rule:${id}`, { start: performance.now() - ms, duration: ms });
        collect();
      },
      // The names rule alone runs for seconds on two 5,000-paragraph documents.
      tick: collect,
    });
  },
  async checkCase({ pairs }) {
    return checkConsistencyAcross(pairs);
  },
  async importFile(request, { signal }) {
    const lower = request.fileName.toLowerCase();
    // A .docx is a ZIP archive (PK); one that is not (a PDF or a text file so named) is read
    // as any other file: refused by name, or read as text.
    const zipped = new Uint8Array(request.bytes, 0, Math.min(2, request.bytes.byteLength));
    if (lower.endsWith('.docx') && zipped[0] === 0x50 && zipped[1] === 0x4b) {
      // mammoth reads the zipped XML itself; the text carries no byte encoding of its own.
      const mammoth = await import('mammoth');
      let value: string;
      try {
        ({ value } = await mammoth.extractRawText({ arrayBuffer: request.bytes }));
      } catch (error) {
        // A damaged archive, or another kind of ZIP (an .xlsx renamed): not 'could not be read'.
        throw Object.assign(new Error(`not a readable Word document: ${(error as Error).message}`), {
          code: 'docx-damaged',
        });
      }
      signal.throwIfAborted();
      const text = value.replace(/\n{2,}/g, '\n').trim();
      return {
        text,
        encoding: 'docx',
        bom: false,
        format: 'docx',
        lang: await detect(text, request.candidateLangs),
      };
    }
    const decoded = decodeBytes(new Uint8Array(request.bytes), request.encoding);
    let text = decoded.text;
    let format: 'text' | 'html' = 'text';
    // An HTML page saved as .txt is read as HTML too: its markup is not the report.
    if (/\.x?html?$/.test(lower) || looksLikeHtml(text)) {
      text = extractHtmlText(text);
      format = 'html';
    }
    return {
      text,
      encoding: decoded.encoding,
      bom: decoded.bom,
      ...(decoded.strayBytes ? { strayBytes: decoded.strayBytes } : {}),
      format,
      lang: await detect(text, request.candidateLangs),
    };
  },
  async detectLanguage(request) {
    return detect(request.text, request.candidates);
  },
  async exportPair({ input, format, options }) {
    return { text: exportPair(input, format, options), ...EXPORT_FORMATS[format] };
  },
  async serializeCase({ file }) {
    return { text: serializeCaseFile(file), ...EXPORT_FORMATS.case };
  },
  async importCase({ bytes, fileName, id, now }) {
    const data = new Uint8Array(bytes);
    if (/\.json$/i.test(fileName)) return { ...parseCaseFile(data), id };
    const units = importBilingual(data);
    return caseFileFromBilingual(units, { id, name: fileName.replace(/\.[^.]+$/, ''), now, fileName });
  },
  async warmup({ lexicons = [], wordLists = [], prefetchWordLists = [], prepareWordLists = [] }) {
    // The lexicons first: the alignment waits for them. The word lists' files (2 MB) only once
    // the lexicons are in: asked for at the same time, they shared the network (and, on one
    // machine, the server's compression) with the files the alignment waits for.
    const lexiconsReady = Promise.all(lexicons.map(([s, t]) => loadLexicon(s, t)));
    await lexiconsReady.catch(() => undefined);
    for (const lang of [...prepareWordLists, ...prefetchWordLists]) {
      const url = wordListFiles[`../../data/wordlists/${lang}.front-coded.txt`];
      if (url && !wordListCache.has(lang)) prefetchText(url);
    }
    await Promise.all([lexiconsReady, ...wordLists.map((lang) => loadWordList(lang))]);
    // Then the word lists, one after the other, in the worker's idle moments.
    for (const lang of prepareWordLists) await loadWordList(lang, true);
    return null;
  },
  async traceQuotes({ documents }, { signal, onProgress }) {
    const lexicons = await loadQuoteLexicons();
    return traceQuotations({ documents }, { lexicons, signal, onProgress });
  },
};

function toEngineError(error: unknown): EngineError {
  if (error instanceof DecodeError)
    return { name: error.name, code: `decode-${error.document ?? error.code}`, message: error.message };
  if (error instanceof ExchangeError)
    return { name: error.name, code: error.code, message: error.message, detail: error.detail };
  if (error instanceof Error) {
    const own = (error as Error & { code?: unknown }).code;
    const code = error.name === 'AbortError' ? 'aborted' : typeof own === 'string' ? own : 'failed';
    return { name: error.name, code, message: error.message };
  }
  return { name: 'Error', code: 'failed', message: String(error) };
}

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

/** Calls on whole documents, which on long ones leave megabytes of garbage behind them. */
const HEAVY: ReadonlySet<EngineOp> = new Set<EngineOp>(['segment', 'analyze', 'align', 'check', 'checkCase']);

/**
 * Characters of text from which a call on documents is worth forced collections before, during
 * and after it. Each forced collection is a full one (tens of milliseconds once the lexicon is
 * live): on the sample case's five reports they took 0.1-0.2 s of the first start, for garbage
 * of a few hundred kilobytes.
 */
const HEAVY_MIN_CHARS = 100_000;

/** Whether a call works on enough text (documents or a text to segment) to collect around it. */
export function isHeavyCall(op: EngineOp, request: unknown): boolean {
  if (!HEAVY.has(op) || typeof request !== 'object' || request === null) return false;
  return textChars(request, 0) >= HEAVY_MIN_CHARS;
}

/** Characters of the texts and documents in a request (`text`, `src`, `documents`, `pairs[].source`…). */
function textChars(value: unknown, depth: number): number {
  if (typeof value === 'string') return depth === 1 ? value.length : 0;
  if (isTextDocument(value)) return value.text.length;
  if (depth >= 3 || typeof value !== 'object' || value === null) return 0;
  let chars = 0;
  for (const v of Array.isArray(value) ? value : Object.values(value)) chars += textChars(v, depth + 1);
  return chars;
}

/**
 * Have V8 collect garbage now. A worker's isolate gets no idle-time collection: after
 * aligning two 5,000-paragraph documents the alignment worker kept 240 MB of dead objects
 * (56 MB live) for as long as the page stayed open, measured in Chromium. A large
 * ArrayBuffer, dropped at once, is external memory pressure, on which V8 runs a full
 * collection at once (a worker with 167 MB of garbage: 1 MB used after it); its pages are
 * never written, so they cost no memory.
 */
function collectSoon(): void {
  try {
    void new ArrayBuffer(EXTERNAL_PRESSURE_BYTES);
  } catch {
    // Address space refused: the collection simply happens later.
  }
}
const EXTERNAL_PRESSURE_BYTES = 256 * 1024 * 1024;

let lastCollect = 0;
/**
 * Between two rules of a long check (the pair rules on two 5,000-paragraph documents take
 * seconds each) or two steps of a long call: what a rule allocated is garbage once it has
 * returned its findings, and V8 lets an isolate grow to up to four times what it found live
 * at its last full collection. At most one collection every 300 ms (a collection costs tens
 * of milliseconds).
 */
function collectBetweenRules(): void {
  const now = performance.now();
  if (now - lastCollect < 300) return;
  lastCollect = now;
  collectSoon();
}

/** Install the dispatcher on a worker scope (done below when this file runs as a worker). */
export function serve(scope: WorkerScope): void {
  const running = new Map<number, AbortController>();
  // Documents this worker holds, by key, least recently used first (see DocRef).
  const docs = new Map<string, TextDocument>();
  let nextDoc = 1;
  const keep = (key: string, doc: TextDocument) => {
    docs.delete(key);
    // One version per document: after an edit the page works with the new segmentation only,
    // and a 5,000-paragraph document is ~10 MB; a call that still names an older version gets
    // `doc-missing` and the client sends it again in full.
    for (const [k, held] of docs) if (held.id === doc.id && held !== doc) docs.delete(k);
    docs.set(key, doc);
    while (docs.size > DOC_CACHE) docs.delete(docs.keys().next().value as string);
  };
  const resolve = (ref: DocRef): TextDocument => {
    const doc =
      ref.packed && isPackedDocument(ref.packed)
        ? unpackDocument(ref.packed)
        : (ref.doc ?? docs.get(ref.$doc));
    if (!doc) {
      const error = new Error(`document ${ref.$doc} is no longer held by the worker`);
      (error as Error & { code: string }).code = 'doc-missing';
      throw error;
    }
    keep(ref.$doc, doc);
    return doc;
  };
  // Checks under way: quote tracing waits for those asked for before it (see below).
  const checks = new Set<Promise<unknown>>();
  scope.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'abort') {
      running.get(message.id)?.abort(new DOMException('aborted', 'AbortError'));
      return;
    }
    const { id, op, payload } = message;
    const controller = new AbortController();
    running.set(id, controller);
    const handler = handlers[op] as Handler<EngineOp>;
    let lastPhase: string | undefined;
    let lastReport = 0;
    const context: CallContext = {
      signal: controller.signal,
      onProgress: (progress) => {
        // Progress comes between the steps of a long call: a moment when the step's
        // intermediate data is garbage. Not in a segmentation or an alignment, the calls the
        // person waits for: V8 collects on its own as they go, and a forced full collection
        // (tens of milliseconds, plus marking on helper threads) every 300 ms of their run
        // was CPU taken from them on two cores; the collections before and after the call stay.
        if (op !== 'align' && op !== 'segment') context.collect();
        // At most one report every PROGRESS_EVERY_MS within a phase (the first and the last
        // always): the core yields every 30 ms, and each report re-renders the page's progress
        // bar; two documents segmented at once sent 60 a second, a quarter of the main
        // thread's time while they were read.
        const now = performance.now();
        const last = progress.done >= progress.total;
        if (progress.phase === lastPhase && !last && now - lastReport < PROGRESS_EVERY_MS) return;
        lastPhase = progress.phase;
        lastReport = now;
        scope.postMessage({ type: 'progress', id, progress });
      },
      collect: () => {
        if (heavy) collectBetweenRules();
      },
    };
    const started = performance.now();
    let request: EngineOps[EngineOp]['request'];
    try {
      request = decodeDocs(payload, resolve) as EngineOps[EngineOp]['request'];
    } catch (error) {
      running.delete(id);
      scope.postMessage({ type: 'error', id, error: toEngineError(error) });
      return;
    }
    const heavy = isHeavyCall(op, request);
    // Before a call on whole documents too: a fresh isolate lets its old generation grow to a
    // few hundred megabytes before its first full collection; collected once while little is
    // live, V8 sets its next limit from what is live, and collects during the call as it goes.
    if (heavy) collectSoon();
    callStarted(op);
    // Quote tracing runs for a second on one thread without a pause: a check asked for before
    // it but waiting for its word lists (an await) would otherwise find the thread taken, and
    // the findings the person waits for would come after the quotations.
    const before = op === 'traceQuotes' && checks.size > 0 ? Promise.allSettled([...checks]) : undefined;
    const call = (before ?? Promise.resolve())
      .then(() => handler(request, context))
      .then((result) => {
        controller.signal.throwIfAborted();
        if (isTextDocument(result)) {
          const docKey = `w${nextDoc++}`;
          keep(docKey, result);
          // Packed, and without the text when the page sent that very text (see packed-document.ts).
          const sentText = (payload as { text?: unknown } | null)?.text === result.text;
          const packed = packDocument(result, !sentText);
          if (packed)
            scope.postMessage(
              { type: 'result', id, result: packed, docKey, packed: true },
              packedTransfer(packed),
            );
          else scope.postMessage({ type: 'result', id, result, docKey });
        } else postResult((message, transfer) => scope.postMessage(message, transfer), id, result);
      })
      .catch((error: unknown) => scope.postMessage({ type: 'error', id, error: toEngineError(error) }))
      .finally(() => {
        running.delete(id);
        checks.delete(call);
        callEnded(op);
        if (heavy) collectSoon();
        // Each call on the worker's timeline (DevTools' Performance panel, the profiler script).
        performance.measure(`engine:${op}`, { start: started });
      });
    if (op === 'check') checks.add(call);
  };
}

declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined') serve(self as unknown as WorkerScope);
