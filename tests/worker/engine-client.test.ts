import { describe, expect, it } from 'vitest';
import {
  createEngineClient,
  createIdleEngineClient,
  type WorkerLike,
} from '../../src/worker/engine-client.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

/** A worker double: records messages; the test answers for it. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

/** A client whose every (re)spawned worker is a FakeWorker, kept in order. */
function respawning(abortGraceMs: number) {
  const workers: FakeWorker[] = [];
  const client = createEngineClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, abortGraceMs);
  return { workers, client };
}

describe('engine client', () => {
  it('resolves a call with its result and reports progress on the way', async () => {
    const w = new FakeWorker();
    const client = createEngineClient(() => w);
    const seen: number[] = [];
    const call = client.call(
      'detectLanguage',
      { text: 'x', candidates: ['en'] },
      { onProgress: (p) => seen.push(p.done) },
    );
    const sent = w.sent[0];
    expect(sent?.type).toBe('call');
    const id = sent?.type === 'call' ? sent.id : -1;
    w.answer({ type: 'progress', id, progress: { phase: 'x', done: 1, total: 2 } });
    w.answer({ type: 'result', id, result: 'en' });
    await expect(call).resolves.toBe('en');
    expect(seen).toEqual([1]);
  });

  it('puts a result sent in parts back together, parts of a call sent again dropped', async () => {
    const { workers, client } = respawning(10);
    const controller = new AbortController();
    const first = client.call(
      'detectLanguage',
      { text: 'x', candidates: ['en'] },
      { signal: controller.signal },
    );
    const call = client.call('check', { doc: { $doc: 'none' } } as never);
    const [w] = workers;
    const id = (k: number) => {
      const sent = w!.sent[k];
      return sent?.type === 'call' ? sent.id : -1;
    };
    // A part arrives, then the worker is replaced (the first call cancelled and not stopping):
    // the call goes to the new worker, which sends its whole result again.
    w!.answer({ type: 'part', id: id(1), items: ['stale'] });
    controller.abort();
    await expect(first).rejects.toThrow();
    const again = workers[1]!.sent.find((m) => m.type === 'call');
    const callId = again?.type === 'call' ? again.id : -1;
    workers[1]!.answer({ type: 'part', id: callId, items: [1, 2] });
    workers[1]!.answer({ type: 'part', id: callId, items: [3] });
    workers[1]!.answer({ type: 'result', id: callId, result: [4], parts: true });
    await expect(call).resolves.toEqual([1, 2, 3, 4]);
  });

  it('cancels by sending abort, and rejects when the worker confirms', async () => {
    const w = new FakeWorker();
    const client = createEngineClient(() => w);
    const controller = new AbortController();
    const call = client.call('detectLanguage', { text: 'x', candidates: [] }, { signal: controller.signal });
    controller.abort();
    const abort = w.sent[1];
    expect(abort?.type).toBe('abort');
    w.answer({
      type: 'error',
      id: abort?.id ?? -1,
      error: { name: 'AbortError', code: 'aborted', message: 'aborted' },
    });
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
    expect(w.terminated).toBe(false);
  });

  it('terminates and respawns a worker that does not answer an abort', async () => {
    const { workers, client } = respawning(20);
    const controller = new AbortController();
    const call = client.call('detectLanguage', { text: 'x', candidates: [] }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // The new worker serves the next call.
    const next = client.call('detectLanguage', { text: 'y', candidates: [] });
    const sent = workers[1]?.sent[0];
    workers[1]?.answer({ type: 'result', id: sent?.type === 'call' ? sent.id : -1, result: 'und' });
    await expect(next).resolves.toBe('und');
  });
  it('sends the calls caught behind a cancelled call that would not stop to the new worker', async () => {
    const { workers, client } = respawning(20);
    const controller = new AbortController();
    const stuck = client.call('detectLanguage', { text: 'x', candidates: [] }, { signal: controller.signal });
    // Queued behind it: the person's file being read, say.
    const innocent = client.call('detectLanguage', { text: 'y', candidates: ['en'] });
    controller.abort();
    await expect(stuck).rejects.toMatchObject({ code: 'aborted' });
    expect(workers).toHaveLength(2);
    // Sent again, in full, to the new worker, where it completes.
    const again = workers[1]?.sent.find((m) => m.type === 'call');
    expect(again?.type === 'call' && again.op).toBe('detectLanguage');
    workers[1]?.answer({ type: 'result', id: again?.type === 'call' ? again.id : -1, result: 'en' });
    await expect(innocent).resolves.toBe('en');
    expect(workers[1]?.sent.filter((m) => m.type === 'call')).toHaveLength(1);
  });
});

describe('idle engine client', () => {
  it('starts its worker on the first call and ends it once idle, starting a new one when called again', async () => {
    const workers: FakeWorker[] = [];
    const client = createIdleEngineClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, 20);
    expect(workers).toHaveLength(0);
    const call = client.call('detectLanguage', { text: 'x', candidates: ['en'] });
    const first = workers[0] as FakeWorker;
    const sent = first.sent[0];
    first.answer({ type: 'result', id: sent?.type === 'call' ? sent.id : -1, result: 'en' });
    await expect(call).resolves.toBe('en');
    expect(first.terminated).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    expect(first.terminated).toBe(true);
    void client.call('detectLanguage', { text: 'y', candidates: ['en'] });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toHaveLength(1);
    client.dispose();
    expect(workers[1]?.terminated).toBe(true);
  });
});
