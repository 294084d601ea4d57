/**
 * The text of a data file the build ships as an asset (lexicons, word lists), fetched from
 * the app's own origin. Assets, not `?raw` modules: a module's default export lives as long
 * as the worker (the module map never lets go of it), and V8 keeps the module's source
 * beside it, so each lexicon and word list stayed in the worker twice after it was parsed
 * (13 MB for the French word list and the en-fr lexicon, in a heap snapshot of the
 * workbench's engine worker); a fetched text is garbage once parsed.
 */
export async function fetchText(url: string): Promise<string> {
  const early = prefetched.get(url);
  if (early) {
    prefetched.delete(url);
    // A failed prefetch is asked again (the error, if it persists, then comes from this call).
    return early.catch(() => fetchNow(url));
  }
  return fetchNow(url);
}

/**
 * Responses asked for ahead of need (`prefetchText`), each taken by the next `fetchText` of
 * its URL; a text is held here only until then.
 */
const prefetched = new Map<string, Promise<string>>();

/**
 * Start fetching `url` now, without parsing anything: the worker's thread stays free for the
 * calls the person waits for (segmenting and aligning the case), while the network (a separate
 * process) brings the lexicon and word lists it will need next. Taken by the next `fetchText`.
 */
export function prefetchText(url: string): void {
  if (prefetched.has(url)) return;
  const response = fetchNow(url);
  response.catch(() => undefined);
  prefetched.set(url, response);
}

async function fetchNow(url: string): Promise<string> {
  // Node (the unit tests run the worker's handlers in process): Vite's `?url` gives a path
  // from the project root there, which has no origin to fetch from; read the file instead.
  if (url.startsWith('/') && runsInNode()) {
    const { readFile } = (await import(/* @vite-ignore */ NODE_FS)) as {
      readFile(path: URL, encoding: 'utf8'): Promise<string>;
    };
    // Not `new URL(…, import.meta.url)` written out: Vite would take that for an asset to bundle.
    const here = import.meta.url;
    return readFile(new URL(`../..${url}`, here), 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  return response.text();
}

/** Module name kept out of the bundle (never loaded in a browser). */
const NODE_FS = 'node:fs/promises';

function runsInNode(): boolean {
  return (
    typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string'
  );
}
