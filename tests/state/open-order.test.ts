/**
 * Opening a case asks the engine for what the rows need first: the open pair's two documents,
 * then their alignment, and only then the case's other documents (the engine answers its calls
 * in order, so three of the sample's five segmented first held the first start's rows back).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import { createCaseStorage } from '../../src/state/case-storage.ts';
import { createAppStore } from '../../src/state/create-app-store.ts';
import { SAMPLE_CASE } from '../../src/state/sample-case.ts';
import type { EngineApi } from '../../src/worker/engine-client.ts';
import { inProcessEngine } from './lib/in-process-store.ts';

describe('opening a case', () => {
  it('segments the open pair, aligns it, then segments the other documents, not waiting for checks', async () => {
    const calls: string[] = [];
    // Checks answer only when released: opening must get through the whole case meanwhile.
    let release: () => void = () => {};
    const checksHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    const engine: EngineApi = {
      call(op, request, options) {
        if (op === 'check' || op === 'checkCase') return checksHeld.then(() => [] as never);
        if (op === 'traceQuotes') return Promise.resolve({ quotations: [], groups: [] } as never);
        if (op === 'segment') calls.push(`segment ${(request as { name: string }).name}`);
        if (op === 'align') calls.push('align');
        return inProcessEngine.call(op, request, options);
      },
      dispose() {},
    };
    const store = createAppStore({
      engine,
      storage: createCaseStorage(`open-order-${process.pid}`),
      tabSync: { tabId: 'only', announce() {}, listen: () => () => {} },
      saveDelayMs: 5,
    });
    await store.getState().init();
    expect(Object.keys(store.getState().docs)).toHaveLength(SAMPLE_CASE.documents.length);
    release();
    expect(openPair(store.getState().caseRecord)).toBeTruthy();
    const pair = [`segment ${SAMPLE_CASE.srcName}`, `segment ${SAMPLE_CASE.tgtName}`];
    expect(calls.slice(0, 2).sort()).toEqual(pair.sort());
    expect(calls[2]).toBe('align');
    expect(calls.slice(3).sort()).toEqual(
      SAMPLE_CASE.documents
        .map((d) => d.name)
        .filter((n) => n !== SAMPLE_CASE.srcName && n !== SAMPLE_CASE.tgtName)
        .map((n) => `segment ${n}`)
        .sort(),
    );
  });
});
