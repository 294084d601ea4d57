/**
 * The engine worker, started by the page's first module, before React and the rest of the
 * interface are evaluated: the worker's code is fetched, compiled and run on another core while
 * the page boots (about 0.2 s each on a first start), instead of after it; the first lexicon's
 * files are asked for at the same moment. src/main.tsx imports this module first, for its side
 * effect; `createBrowserEngine` takes the worker it started.
 */
import type { WorkerLike } from './engine-client.ts';
import { lexiconUrlsOf } from './lexicon-urls.ts';

/** A new engine worker (a module worker; Vite bundles it from this URL). */
export function spawnEngineWorker(): WorkerLike {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

let early: WorkerLike | undefined = typeof Worker === 'undefined' ? undefined : spawnEngineWorker();

/**
 * The English–French lexicon's files (about 1.3 MB, the first alignment waits for them), asked
 * for now, while the worker's own code (0.6 MB) is still on its way: the worker's request for
 * them, once its code runs, is then answered from the HTTP cache (fetch-text.ts), and it starts
 * parsing at once instead of waiting for the server a second time. Only in a build (hashed
 * asset names); a failure here is harmless (the worker asks the network itself).
 */
function preloadFirstLexicon(): void {
  for (const url of lexiconUrlsOf('en', 'fr'))
    fetch(url, { cache: 'force-cache' })
      .then((response) => response.blob())
      .catch(() => undefined);
}
if (early && import.meta.env.PROD && typeof fetch === 'function') preloadFirstLexicon();

/** The worker started as the page loaded (once), else a new one. */
export function takeEngineWorker(): WorkerLike {
  const worker = early ?? spawnEngineWorker();
  early = undefined;
  return worker;
}
