// @vitest-environment jsdom
/**
 * The notice after a document's removal: it names the document, and its Undo puts the
 * document back (the case's Undo button restores a deleted case, not this).
 */
// Before the store's modules: Dexie looks for IndexedDB as it loads.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Notices } from '../../src/ui/app/notices.tsx';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore } from '../state/lib/in-process-store.ts';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

describe('notices', () => {
  it('undo a document’s removal from the notice', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('notices');
    await store.getState().addDocuments([
      {
        name: 'lettre.txt',
        lang: 'fr',
        text: 'Les employés ont écrit une lettre.',
        origin: { kind: 'paste' },
      },
    ]);
    render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    const id = store.getState().caseRecord?.documents[0]?.id ?? '';
    act(() => store.getState().removeDocument(id));
    const notice = await waitFor(() => {
      const found = [...document.querySelectorAll('.notice')].find((n) =>
        /lettre\.txt/.test(n.textContent ?? ''),
      );
      if (!found) throw new Error('no notice');
      return found;
    });
    expect(notice.textContent).toContain('“lettre.txt” removed from the case.');
    await act(async () => {
      fireEvent.click([...notice.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!);
    });
    await waitFor(() => expect(store.getState().caseRecord?.documents.map((d) => d.id)).toEqual([id]));
    expect(document.querySelector('.notice')).toBeNull();
  });
});
