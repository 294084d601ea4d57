/**
 * Long core calls are async and yield now and then, so that a Web Worker sees the abort
 * message (and the UI its progress) while they run. `createYielder` returns a function to
 * call in hot loops: it yields at most every `intervalMs` and throws if the signal aborted.
 */
export function createYielder(signal?: AbortSignal, intervalMs = 30): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    signal?.throwIfAborted();
    const now = performance.now();
    if (now - last < intervalMs) return undefined;
    last = now;
    return new Promise<void>((resolve) => {
      setTimeout(resolve, 0);
    }).then(() => signal?.throwIfAborted());
  };
}
