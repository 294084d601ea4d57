/**
 * The page side of the engine worker: a promise per call, progress callbacks, and cancel.
 * Cancel first sends `abort` (core sees it at its next yield); if the worker does not answer
 * within `abortGraceMs` (a core loop that never yields), the worker is terminated and respawned.
 */
import type { Progress } from '../core/index.ts';
import {
  type EngineError,
  type EngineOp,
  type EngineRequest,
  type EngineResult,
  encodeDocs,
  type FromWorker,
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
  constructor(error: EngineError) {
    super(error.message);
    this.name = error.name === 'AbortError' ? 'AbortError' : 'EngineCallError';
    this.code = error.code;
  }
}

interface PendingCall {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress: ((progress: Progress) => void) | undefined;
  abortTimer?: ReturnType<typeof setTimeout>;
}

/** The promise API over the worker; the store holds one. */
export interface EngineApi {
  call<K extends EngineOp>(op: K, request: EngineRequest<K>, options?: CallOptions): Promise<EngineResult<K>>;
  dispose(): void;
}

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
    pending.delete(message.id);
    if (call.abortTimer) clearTimeout(call.abortTimer);
    if (message.type === 'result') {
      // The worker keeps this document: later calls send it by reference.
      if (message.docKey && typeof message.result === 'object' && message.result !== null) {
        known.set(message.result, message.docKey);
      }
      call.resolve(message.result);
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

  /** The payload with documents the worker holds replaced by references (see DocRef). */
  function encode(request: unknown): unknown {
    return encodeDocs(request, (doc) => {
      const key = known.get(doc);
      if (key) return { $doc: key };
      const fresh = `p${nextDoc++}`;
      known.set(doc, fresh);
      return { $doc: fresh, doc };
    });
  }

  function send<K extends EngineOp>(
    op: K,
    request: EngineRequest<K>,
    options: CallOptions,
  ): Promise<EngineResult<K>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const entry: PendingCall = {
        resolve: resolve as (v: unknown) => void,
        reject,
        onProgress: options.onProgress,
      };
      pending.set(id, entry);
      const { signal } = options;
      if (signal) {
        const onAbort = () => {
          if (!pending.has(id)) return;
          worker.postMessage({ type: 'abort', id });
          entry.abortTimer = setTimeout(() => {
            if (pending.has(id)) restart({ name: 'AbortError', code: 'aborted', message: 'cancelled' });
          }, abortGraceMs);
        };
        if (signal.aborted) {
          pending.delete(id);
          reject(new EngineCallError({ name: 'AbortError', code: 'aborted', message: 'cancelled' }));
          return;
        }
        signal.addEventListener('abort', onAbort, { once: true });
      }
      worker.postMessage({ type: 'call', id, op, payload: encode(request) }, options.transfer ?? []);
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
 * Two engines as one: `check` always goes to the second; `segment` alternates between them
 * (two documents of a pair are segmented at once on two cores); everything else goes to the
 * first.
 */
export function routeEngine(main: EngineApi, other: EngineApi): EngineApi {
  let turn = 0;
  return {
    call(op, request, options) {
      const second = op === 'check' || (op === 'segment' && turn++ % 2 === 1);
      return (second ? other : main).call(op, request, options);
    },
    dispose() {
      main.dispose();
      other.dispose();
    },
  };
}

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/**
 * The real thing: two module workers running the same engine (see `routeEngine`). Checks
 * (which load the spelling word lists, ~0.7 s of parsing) run in the second one, so that
 * alignment never waits behind them; on two cores both progress at once.
 */
export function createBrowserEngine(): EngineApi {
  const main = createEngineClient(spawnWorker);
  const other = createEngineClient(spawnWorker);
  return routeEngine(main, other);
}
