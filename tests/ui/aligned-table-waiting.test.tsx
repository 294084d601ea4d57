// @vitest-environment jsdom
/**
 * The aligned table before it has rows: it says what it waits for (the documents being read,
 * then aligned), not "Not aligned yet." while the alignment is under way.
 */
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCaseStorage } from '../../src/state/case-storage.ts';
import { createAppStore } from '../../src/state/create-app-store.ts';
import { initI18n, setLocale } from '../../src/ui/i18n/i18n.ts';
import type { EngineApi } from '../../src/worker/engine-client.ts';
import { inProcessEngine } from '../state/lib/in-process-store.ts';
import { giveElementsASize, renderTable } from './lib/aligned-table-harness.tsx';
import { LETTER_EN, LETTER_FR } from './lib/letter-pair.ts';

beforeAll(async () => {
  await initI18n('en');
  giveElementsASize();
});

afterEach(cleanup);

/** The real engine, the calls `held` waiting until `release` (checks answer nothing). */
function heldEngine(held: ReadonlySet<string>) {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const engine: EngineApi = {
    async call(op, request, options) {
      if (op === 'check' || op === 'checkCase') return [] as never;
      if (held.has(op)) await gate;
      return inProcessEngine.call(op, request, options);
    },
    dispose() {},
  };
  return { engine, release };
}

/** Reading held (segmenting and aligning), or reading free and aligning held. */
async function storeAddingThePair(hold: 'read' | 'align') {
  const { engine, release } = heldEngine(
    new Set(hold === 'read' ? ['analyze', 'segment', 'align'] : ['align']),
  );
  const store = createAppStore({
    engine,
    storage: createCaseStorage(`waiting-${hold}-${Date.now()}`),
    tabSync: { tabId: 'only', announce() {}, listen: () => () => {} },
    saveDelayMs: 5,
  });
  store.setState({ capabilities: { segment: true, align: true, check: true, html: true, language: true } });
  await store.getState().createCase('Waiting');
  renderTable(store);
  const added = store.getState().addDocuments([
    { name: 'en.txt', lang: 'en', text: LETTER_EN, origin: { kind: 'paste' } },
    { name: 'fr.txt', lang: 'fr', text: LETTER_FR, origin: { kind: 'paste' } },
  ]);
  return { store, added, release };
}

describe('aligned table, waiting for its rows', () => {
  it('says the documents are being read, then shows their rows', async () => {
    const { added, release } = await storeAddingThePair('read');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Reading the documents/), {
      timeout: 15_000,
    });
    release();
    await added;
    await waitFor(() => expect(document.querySelector('[data-index="0"]')).not.toBeNull(), {
      timeout: 15_000,
    });
  });

  it('says the pair is being aligned (in French too), not that it is not aligned', async () => {
    const { store, added, release } = await storeAddingThePair('align');
    await waitFor(() => expect(store.getState().job?.kind).toBe('align'), { timeout: 15_000 });
    expect((await screen.findByRole('status')).textContent).toMatch(/Aligning the two documents/);
    await setLocale('fr');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/Alignement des deux documents/),
    );
    await setLocale('en');
    release();
    await added;
    await waitFor(() => expect(document.querySelector('[data-index="0"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(screen.queryByText(/Aligning the two documents/)).toBeNull();
  });
});
