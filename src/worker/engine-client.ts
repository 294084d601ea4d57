/**
 * The page side of the engine worker: a promise per call, progress callbacks, and cancel.
 * Cancel first sends `abort` (core sees it at its next yield); if the worker does not answer
 * within `abortGraceMs` (a core loop that never yields), the worker is terminated and respawned,
 * and the other calls it held (reading a file the person just picked, say) are sent again to the
 * new one: only the cancelled call ends.
 */
import type { Lang, Progress, TextDocument } from '../core/index.ts';
import { spawnEngineWorker, takeEngineWorker } from './early-engine-worker.ts';
import { isPackedDocument, packDocument, packedTransfer, unpackDocument } from './packed-document.ts';
import {
  type EngineError,
  type EngineOp,
  type EngineRequest,
  type EngineResult,
  encodeDocs,
  type FromWorker,
  readResult,
  type ToWorker,
} from './protocol.ts';

/** The minimal Worker surface the client uses (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Options of one call. */
export interface CallOptions {
  readonly onProgress?: (progress: Progress) => void;
  readonly signal?: AbortSignal;
  readonly transfer?: Transferable[];
}

/** An error from the engine, with a code the UI can word (`aborted`, `unavailable`, `decode-binary`…). */
export class EngineCallError extends Error {
  readonly code: string;
  /** An import error's message code, parameters and place (see core's `ExchangeError`). */
  readonly detail: EngineError['detail'];
  constructor(error: EngineError) {
    super(error.message);
    this.name = error.name === 'AbortError' ? 'AbortError' : 'EngineCallError';
    this.code = error.code;
    this.detail = error.detail;
  }
}

interface PendingCall {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress: ((progress: Progress) => void) | undefined;
  /** The request's `text`, which a packed document result may leave out (the worker had it from us). */
  readonly text: string | undefined;
  /** Its cancel signal, if any. */
  readonly signal: AbortSignal | undefined;
  /** Send the call (again) to the current worker. */
  readonly post: () => void;
  /** The items of a long list result received so far (see `postResult`). */
  parts: (readonly unknown[])[];
  abortTimer?: ReturnType<typeof setTimeout>;
}

/** The promise API over the worker; the store holds one. */
export interface EngineApi {
  call<K extends EngineOp>(op: K, request: EngineRequest<K>, options?: CallOptions): Promise<EngineResult<K>>;
  dispose(): void;
}

const CANCELLED: EngineError = { name: 'AbortError', code: 'aborted', message: 'cancelled' };

/** Create a client; `spawn` makes a fresh worker (called again after a forced restart). */
export function createEngineClient(spawn: () => WorkerLike, abortGraceMs = 1500): EngineApi {
  let worker = attach(spawn());
  let nextId = 1;
  let nextDoc = 1;
  const pending = new Map<number, PendingCall>();
  // Documents the worker holds, with their keys (reset when the worker is replaced).
  let known = new WeakMap<object, string>();

  function attach(w: WorkerLike): WorkerLike {
    w.onmessage = (event) => receive(event.data);
    w.onerror = (event) => {
      // A crash in the worker (not a rejected call): fail every pending call, start afresh.
      event.preventDefault?.();
      restart({ name: 'Error', code: 'worker-crashed', message: event.message || 'the engine stopped' });
    };
    return w;
  }

  function receive(message: FromWorker): void {
    const call = pending.get(message.id);
    if (!call) return;
    if (message.type === 'progress') {
      call.onProgress?.(message.progress);
      return;
    }
    if (message.type === 'part') {
      call.parts.push(message.items);
      return;
    }
    pending.delete(message.id);
    if (call.abortTimer) clearTimeout(call.abortTimer);
    if (message.type === 'result') {
      let result = readResult(message, call.parts);
      if (message.packed && isPackedDocument(result)) {
        try {
          result = unpackDocument(result, call.text);
        } catch (error) {
          call.reject(error);
          return;
        }
      }
      // The worker keeps this document: later calls send it by reference.
      if (message.docKey && typeof result === 'object' && result !== null) known.set(result, message.docKey);
      call.resolve(result);
    } else call.reject(new EngineCallError(message.error));
  }

  function restart(reason: EngineError): void {
    worker.terminate();
    for (const call of pending.values()) {
      if (call.abortTimer) clearTimeout(call.abortTimer);
      call.reject(new EngineCallError(reason));
    }
    pending.clear();
    known = new WeakMap();
    worker = attach(spawn());
  }

  /**
   * Call `id` was cancelled and its worker did not stop: end that worker and that call, and send
   * the calls it still held to a new one (they were only waiting behind it; the new worker knows
   * no document yet, so they go in full). A crash is another matter (restart): the call that
   * caused it could bring the new worker down too.
   */
  function restartAfterAbort(id: number): void {
    worker.terminate();
    known = new WeakMap();
    worker = attach(spawn());
    for (const [other, call] of [...pending]) {
      if (other !== id && !call.signal?.aborted) {
        call.post();
        continue;
      }
      if (call.abortTimer) clearTimeout(call.abortTimer);
      pending.delete(other);
      call.reject(new EngineCallError(CANCELLED));
    }
  }

  /**
   * The payload with documents the worker holds replaced by references, the others packed
   * (see DocRef), and long lists of beads packed; `transfer` receives the packed buffers.
   */
  function encode(request: unknown, transfer: Transferable[]): unknown {
    return encodeDocs(
      request,
      (doc: TextDocument) => {
        const key = known.get(doc);
        if (key) return { $doc: key };
        const fresh = `p${nextDoc++}`;
        known.set(doc, fresh);
        const packed = packDocument(doc);
        if (!packed) return { $doc: fresh, doc };
        transfer.push(...packedTransfer(packed));
        return { $doc: fresh, packed };
      },
      0,
      transfer,
    );
  }

  function send<K extends EngineOp>(
    op: K,
    request: EngineRequest<K>,
    options: CallOptions,
  ): Promise<EngineResult<K>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const text = (request as { text?: unknown }).text;
      const { signal } = options;
      const entry: PendingCall = {
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: options.onProgress,
        text: typeof text === 'string' ? text : undefined,
        signal,
        parts: [],
        post: () => {
          entry.parts = [];
          // Buffers already transferred are gone: a call sent again goes by copy.
          const transfer = sent ? [] : [...(options.transfer ?? [])];
          sent = true;
          const payload = encode(request, transfer);
          worker.postMessage({ type: 'call', id, op, payload }, transfer);
        },
      };
      let sent = false;
      pending.set(id, entry);
      if (signal) {
        const onAbort = () => {
          if (!pending.has(id)) return;
          worker.postMessage({ type: 'abort', id });
          entry.abortTimer = setTimeout(() => {
            if (pending.has(id)) restartAfterAbort(id);
          }, abortGraceMs);
        };
        if (signal.aborted) {
          pending.delete(id);
          reject(new EngineCallError(CANCELLED));
          return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
      }
      entry.post();
    });
  }

  return {
    call(op, request, options = {}) {
      return send(op, request, options).catch((error: unknown) => {
        // The worker dropped a document we sent by reference: send everything in full once.
        if (!(error instanceof EngineCallError) || error.code !== 'doc-missing') throw error;
        known = new WeakMap();
        return send(op, request, options);
      });
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}

/**
 * The shortest text worth a second engine: starting a worker (loading the engine's code) takes
 * about 200 ms of a core, more than segmenting a news report. On a first start, the sample
 * case's five reports (3-9 KB) each went to whichever engine was free, and the second worker's
 * start competed with the first's alignment on two cores.
 */
export const SECOND_ENGINE_MIN_CHARS = 100_000;

/** Calls the person waits for: while one is under way, background calls wait. */
const FOREGROUND: ReadonlySet<EngineOp> = new Set<EngineOp>(['align', 'segment']);
/**
 * Checks (and loading data ahead of need): on two cores they would halve the alignment's speed;
 * they start when it is done.
 */
const BACKGROUND: ReadonlySet<EngineOp> = new Set<EngineOp>([
  'check',
  'checkCase' as EngineOp,
  'warmup',
  // Quote tracing too, after the checks asked for before it: on opening the sample case it
  // took the engine for about a second ahead of the checks, and the findings came that late.
  'traceQuotes',
]);

/**
 * Two engines as one. Everything runs in the first (alignment, checks, the checks across the
 * case, quotations: they share its lexicons, word lists and documents), except a segmentation
 * asked for while the first is already segmenting, which goes to the second: the two documents
 * of a pair are segmented at once on two cores. One engine for the rest, not one per role: two
 * workers each parsed the lexicon and held both documents of the pair, 40 MB twice over for
 * two 5,000-paragraph documents, measured in Chromium (tests/bench/browser.bench.ts).
 * Checks are background work: they wait until no alignment or segmentation is under way
 * (findings stream in after the rows), so that on a two-core machine the alignment has a core
 * to itself instead of sharing it with a check of the same documents.
 */
export function routeEngine(main: EngineApi, other: EngineApi): EngineApi {
  let mainSegments = 0;
  let foreground = 0;
  let waiting: (() => void)[] = [];
  const release = () => {
    if (foreground > 0) return;
    const ready = waiting;
    waiting = [];
    for (const go of ready) go();
  };
  // A macrotask later: a foreground call that follows at once (align after segment) goes first.
  const idle = () =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        if (foreground === 0) resolve();
        else waiting.push(resolve);
      }, 0),
    );
  return {
    call(op, request, options) {
      const second =
        op === 'segment' &&
        mainSegments > 0 &&
        (request as EngineRequest<'segment'>).text.length >= SECOND_ENGINE_MIN_CHARS;
      const engine = second ? other : main;
      if (FOREGROUND.has(op)) {
        foreground++;
        const onMain = op === 'segment' && !second;
        if (onMain) mainSegments++;
        const done = () => {
          foreground--;
          if (onMain) mainSegments--;
          setTimeout(release, 0);
        };
        const result = engine.call(op, request, options);
        result.then(done, done);
        return result;
      }
      if (BACKGROUND.has(op)) return idle().then(() => engine.call(op, request, options));
      return engine.call(op, request, options);
    },
    dispose() {
      waiting = [];
      main.dispose();
      other.dispose();
    },
  };
}

/**
 * An engine whose worker starts on the first call and is ended once no call has been under way
 * for `idleMs`: for the second engine, which only segments the second document of a pair (see
 * `routeEngine`), an isolate kept alive between imports costs its heap and the documents it
 * segmented for nothing. Only for calls that carry no document by reference (a new worker
 * holds none).
 */
export function createIdleEngineClient(spawn: () => WorkerLike, idleMs: number): EngineApi {
  let client: EngineApi | undefined;
  let under = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    client?.dispose();
    client = undefined;
  };
  return {
    call(op, request, options) {
      clearTimeout(timer);
      client ??= createEngineClient(spawn);
      under++;
      const result = client.call(op, request, options);
      const done = () => {
        if (--under === 0) timer = setTimeout(end, idleMs);
      };
      result.then(done, done);
      return result;
    },
    dispose() {
      clearTimeout(timer);
      end();
    },
  };
}

/** The word lists the checks of a case of French reports and English originals need first. */
const WARM_WORD_LISTS: readonly Lang[] = ['fr', 'en'];

/** How long the segmenting engine stays up after its last call (an import segments both documents at once). */
const SECOND_ENGINE_IDLE_MS = 3000;

/**
 * The real thing: two module workers running the same engine (see `routeEngine`): the first
 * for everything, the second, started when needed, for a second segmentation at once.
 */
export function createBrowserEngine(): EngineApi {
  // The first worker was started as the page loaded (early-engine-worker.ts); takeEngineWorker
  // hands it over once, and a restart after a crash gets a new one.
  const main = createEngineClient(takeEngineWorker);
  // As the worker starts, while the page boots and stores the case: the English–French lexicon
  // fetched and prepared step by step in the worker's idle moments (the alignment then finds it
  // ready; a segmentation that arrives meanwhile waits at most a step), and the spelling word
  // lists (French reports, English originals) fetched. Their parse is asked for by the store
  // once the rows are painted (cases-slice.ts, prepareWordListsAfterPaint): resumed in the
  // worker's idle moments from the start, it took a core while the page rendered the rows,
  // and on two cores the rows came 0.1-0.3 s later.
  main
    .call('warmup', { lexicons: [['en', 'fr']], prefetchWordLists: WARM_WORD_LISTS })
    .catch(() => undefined);
  const other = createIdleEngineClient(spawnEngineWorker, SECOND_ENGINE_IDLE_MS);
  return routeEngine(main, other);
}
