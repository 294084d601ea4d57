/**
 * A pause for stepwise work in the engine worker (run-in-steps.ts): at most every `everyMs`,
 * let the worker's event loop run, so that a call from the page that arrived meanwhile is
 * handled before the next step. Through a MessageChannel, not setTimeout: nested timeouts are
 * clamped to 4 ms, which would add most of a second to a lexicon prepared in 200 steps.
 */
export function pauseForEvents(everyMs = 8): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < everyMs) return undefined;
    return new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        last = performance.now();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  };
}
