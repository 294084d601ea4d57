/**
 * The engine worker's word lists on a first start: prepared ahead of need in the worker's idle
 * moments (warmup `prepareWordLists`), had at once by a check that needs them, and never
 * overtaken by quote tracing while a check waits for them. Each test gets a fresh worker module
 * (its caches are per worker) and a text source it controls: word-list texts arrive when the
 * test opens the gate.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

const FRENCH = segmentDocument(
  "Le gouvernment a annoncé mardi un nouveau plan. « Nous irons jusqu'au bout », a dit la ministre.",
  { id: 'fr1', name: 'rapport.txt', lang: 'fr' },
);

interface Worker {
  send(message: ToWorker): void;
  /** Every answer so far (results and errors), in the order posted. */
  readonly answers: FromWorker[];
  /** The answer to call `id`, once it comes. */
  answer(id: number): Promise<FromWorker>;
}

let wordListFetches: string[];
let openGate: () => void;
let wordListsMayFail: boolean;

async function freshWorker(gated: boolean): Promise<Worker> {
  vi.resetModules();
  const { setTextSource } = await import('../../src/worker/fetch-text.ts');
  const { serve } = await import('../../src/worker/engine.worker.ts');
  const gate = gated ? new Promise<void>((r) => (openGate = r)) : Promise.resolve();
  setTextSource(async (url) => {
    if (url.includes('/wordlists/')) {
      wordListFetches.push(url);
      if (wordListsMayFail) throw new Error('word lists fetched again');
      await gate;
    }
    return readFile(resolve(process.cwd(), `.${url}`), 'utf8');
  });
  const answers: FromWorker[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
    postMessage(message: FromWorker) {
      if (message.type !== 'progress') answers.push(message);
    },
  };
  serve(scope);
  return {
    answers,
    send: (message) => scope.onmessage?.({ data: message } as MessageEvent<ToWorker>),
    async answer(id) {
      for (;;) {
        const found = answers.find((a) => a.id === id);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 2));
      }
    },
  };
}

function spellingFindings(answer: FromWorker): string[] {
  if (answer.type !== 'result') throw new Error(`no result: ${JSON.stringify(answer)}`);
  return (answer.result as { category: string; actual: string }[])
    .filter((f) => f.category === 'spelling')
    .map((f) => f.actual);
}

describe('word lists in the engine worker', () => {
  beforeEach(() => {
    wordListFetches = [];
    wordListsMayFail = false;
  });

  it('prepares the word lists during a warmup, so a later check neither fetches nor waits for them', async () => {
    const w = await freshWorker(false);
    w.send({ type: 'call', id: 1, op: 'warmup', payload: { prepareWordLists: ['fr', 'en'] } });
    expect((await w.answer(1)).type).toBe('result');
    expect(wordListFetches).toHaveLength(2);
    // A fetch now would fail the check: the lists must be parsed already.
    wordListsMayFail = true;
    w.send({ type: 'call', id: 2, op: 'check', payload: { doc: { $doc: 'p1', doc: FRENCH } } });
    expect(spellingFindings(await w.answer(2))).toEqual(['gouvernment']);
    expect(wordListFetches).toHaveLength(2);
  });

  it('hands a check the lists being prepared at once, even though the preparation waits while a call runs', async () => {
    const w = await freshWorker(false);
    w.send({ type: 'call', id: 1, op: 'warmup', payload: { prepareWordLists: ['fr', 'en'] } });
    w.send({ type: 'call', id: 2, op: 'check', payload: { doc: { $doc: 'p1', doc: FRENCH } } });
    // The check is a call under way: a preparation that only waited would never finish.
    expect(spellingFindings(await w.answer(2))).toEqual(['gouvernment']);
    expect((await w.answer(1)).type).toBe('result');
    expect(wordListFetches).toHaveLength(2);
  });

  it('answers a check asked for before quote tracing first, though the check waits for its word lists', async () => {
    const w = await freshWorker(true);
    // The lexicons ready, as on a first start once the pair is aligned.
    w.send({ type: 'call', id: 1, op: 'warmup', payload: { lexicons: [['en', 'fr']] } });
    await w.answer(1);
    w.send({ type: 'call', id: 2, op: 'check', payload: { doc: { $doc: 'p1', doc: FRENCH } } });
    w.send({ type: 'call', id: 3, op: 'traceQuotes', payload: { documents: [{ $doc: 'p1' }] } });
    await new Promise((r) => setTimeout(r, 100));
    // The word lists have not come: the tracing, asked for after the check, has not run either.
    const later = () => w.answers.filter((a) => a.id > 1);
    expect(later()).toEqual([]);
    openGate();
    await w.answer(3);
    expect(later().map((a) => [a.id, a.type])).toEqual([
      [2, 'result'],
      [3, 'result'],
    ]);
    expect(spellingFindings(later()[0] as FromWorker)).toEqual(['gouvernment']);
  });

  it('asks for the word lists only once the lexicon the alignment waits for is in', async () => {
    const w = await freshWorker(false);
    w.send({
      type: 'call',
      id: 1,
      op: 'warmup',
      payload: { lexicons: [['en', 'fr']], prefetchWordLists: ['fr', 'en'] },
    });
    // The lexicon's files are being read and parsed (a few hundred milliseconds): no word list yet.
    await new Promise((r) => setTimeout(r, 5));
    expect(wordListFetches).toEqual([]);
    expect((await w.answer(1)).type).toBe('result');
    expect(wordListFetches).toHaveLength(2);
  });
});
