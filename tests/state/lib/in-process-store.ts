/**
 * A store over the real engine without a worker (the worker's handlers called in-process,
 * through structuredClone like postMessage), Dexie over fake-indexeddb, one tab.
 */
import 'fake-indexeddb/auto';
import { openPair } from '../../../src/state/case-record.ts';
import { createCaseStorage } from '../../../src/state/case-storage.ts';
import { type AppStore, createAppStore } from '../../../src/state/create-app-store.ts';
import type { TabSync } from '../../../src/state/tab-sync.ts';
import { handlers } from '../../../src/worker/engine.worker.ts';
import type { EngineApi } from '../../../src/worker/engine-client.ts';

/** The engine's handlers behind the client's promise API. */
export const inProcessEngine: EngineApi = {
  async call(op, request, options) {
    const handler = handlers[op] as (r: unknown, c: unknown) => Promise<unknown>;
    const result = await handler(structuredClone(request), {
      signal: options?.signal ?? new AbortController().signal,
      onProgress: options?.onProgress ?? (() => {}),
      collect: () => {},
    });
    return structuredClone(result) as never;
  },
  dispose() {},
};

const lonelyTab: TabSync = { tabId: 'only', announce() {}, listen: () => () => {} };
let dbCount = 0;

/** The engine with its checks answering nothing (for tests about alignment, fast: no word lists). */
const withoutChecks: EngineApi = {
  call(op, request, options) {
    if (op === 'check' || op === 'checkCase') return Promise.resolve([] as never);
    return inProcessEngine.call(op, request, options);
  },
  dispose() {},
};

/** A fresh store on its own database, engine capabilities known. */
export function makeTestStore(options: { checks?: boolean } = {}): AppStore {
  const store = createAppStore({
    engine: options.checks === false ? withoutChecks : inProcessEngine,
    storage: createCaseStorage(`in-process-${process.pid}-${dbCount++}`),
    tabSync: lonelyTab,
    saveDelayMs: 5,
  });
  store.setState({ capabilities: { segment: true, align: true, check: true, html: true, language: true } });
  return store;
}

/** Wait until `check` holds (polling), or fail after `ms`. */
export async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * A store (checks off) with a new case of one English and one French pasted text, aligned
 * sentence by sentence: resolved once the sentence-level alignment is done.
 */
export async function sentencePairStore(caseName: string, en: string, fr: string): Promise<AppStore> {
  const store = makeTestStore({ checks: false });
  await store.getState().createCase(caseName);
  await store.getState().addDocuments([
    { name: 'en.txt', lang: 'en', text: en, origin: { kind: 'paste' } },
    { name: 'fr.txt', lang: 'fr', text: fr, origin: { kind: 'paste' } },
  ]);
  store.getState().setLevel('sentence');
  await until(() => openPair(store.getState().caseRecord)?.level === 'sentence' && !store.getState().job);
  return store;
}
