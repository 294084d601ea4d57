/**
 * The engine worker, started by the page's first module, before React and the rest of the
 * interface are evaluated: the worker's code is fetched, compiled and run on another core while
 * the page boots (about 0.2 s each on a first start), instead of after it. src/main.tsx imports
 * this module first, for its side effect; `createBrowserEngine` takes the worker it started.
 */
import type { WorkerLike } from './engine-client.ts';

/** A new engine worker (a module worker; Vite bundles it from this URL). */
export function spawnEngineWorker(): WorkerLike {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

let early: WorkerLike | undefined = typeof Worker === 'undefined' ? undefined : spawnEngineWorker();

/** The worker started as the page loaded (once), else a new one. */
export function takeEngineWorker(): WorkerLike {
  const worker = early ?? spawnEngineWorker();
  early = undefined;
  return worker;
}
