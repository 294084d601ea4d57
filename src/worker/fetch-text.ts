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

/** Where asset texts come from: their URL in, their text out. */
export type TextSource = (url: string) => Promise<string>;

/**
 * The app's own origin, over the network (the browser's cache and service worker included). A
 * built asset's name carries its content's hash, so a copy in the HTTP cache is the right one
 * (`force-cache`, no revalidation): the page asks for the first lexicon's files as it loads
 * (early-engine-worker.ts), before this worker's code has even arrived, and the worker then
 * reads them from the cache. In development names carry no hash: asked the usual way.
 */
const overNetwork: TextSource = async (url) => {
  const response = await fetch(url, import.meta.env.PROD ? { cache: 'force-cache' } : {});
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  return response.text();
};

let source: TextSource = overNetwork;

/**
 * Read asset texts from elsewhere: the unit tests run the worker's handlers in Node, where an
 * asset URL is a path from the project root with no origin to fetch from, and read the files
 * from disk (tests/setup/asset-files.ts). The worker's own code stays free of Node.
 */
export function setTextSource(next: TextSource): void {
  source = next;
}

function fetchNow(url: string): Promise<string> {
  return source(url);
}
