/**
 * An import error crosses the worker boundary with its message code, parameters and place, so
 * that the page can word it in the interface's language (the English message stays for logs).
 */
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/worker/engine.worker.ts';
import { createEngineClient, EngineCallError, type WorkerLike } from '../../src/worker/engine-client.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

/** The client and the dispatcher joined in one thread, messages cloned as postMessage would. */
function joined(): WorkerLike {
  const scope = {
    onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
    postMessage: (message: FromWorker) =>
      queueMicrotask(() => page.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>)),
  };
  const page: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message: ToWorker) =>
      scope.onmessage?.({ data: structuredClone(message) } as MessageEvent<ToWorker>),
    terminate: () => {},
  };
  serve(scope);
  return page;
}

describe('import errors from the engine', () => {
  it('carry the code, parameters, line and column of a malformed TMX', async () => {
    const client = createEngineClient(joined);
    const tmx =
      '<?xml version="1.0"?>\n<tmx version="1.4">\n  <header segtype="sentence"/>\n  <body/>\n</tmx>\n';
    const bytes = new TextEncoder().encode(tmx).buffer as ArrayBuffer;
    const error = await client
      .call('importCase', { bytes, fileName: 'bad.tmx', id: 'c1', now: '2026-01-01T00:00:00.000Z' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(EngineCallError);
    const { code, message, detail } = error as EngineCallError;
    expect(code).toBe('invalid');
    expect(message).toBe('line 3, column 3: <header> has no srclang');
    expect(detail).toEqual({ reason: 'tmx-header-no-srclang', params: {}, line: 3, column: 3 });
  });
});
