// @vitest-environment jsdom
/**
 * Pasted text gets its detected language even when Add is pressed before the detection (which
 * waits a quarter second, then the engine) answered, and a detection that answers after the
 * dialog closed does not give its language to the next paste. A French translation pasted after
 * its English original was added as English (the first one's late answer) and the English one as
 * 'unknown': the pair opened the wrong way round, the English text full of 'untranslated'.
 */
// Before Dexie is loaded (through the dialog's imports): the store keeps its case in IndexedDB.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportDialog } from '../../src/ui/features/import/import-dialog.tsx';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore } from '../state/lib/in-process-store.ts';
import { polyfillDialogs } from './lib/jsdom-dialogs.ts';

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
});

afterEach(cleanup);

const EN = 'Storm Ciarán battered western Europe on Thursday, killing at least three people, officials said.';
const FR =
  'La tempête Ciarán a balayé l’Europe de l’Ouest jeudi, faisant au moins trois morts, ont annoncé les autorités.';

/** The dialog as the app has it: closed and opened again, its component kept. */
function Harness() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        reopen
      </button>
      <ImportDialog open={open} files={[]} onClose={() => setOpen(false)} />
    </>
  );
}

describe('pasted text in the import dialog', () => {
  it('adds each paste in its own language, pressed Add at once', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('pasted');
    render(
      <StoreProvider store={store}>
        <Harness />
      </StoreProvider>,
    );
    const langs = () => (store.getState().caseRecord?.documents ?? []).map((d) => d.lang);
    const paste = (text: string) => {
      fireEvent.change(screen.getByLabelText('Text'), { target: { value: text } });
      fireEvent.click(screen.getByRole('button', { name: 'Add to the case' }));
    };
    paste(EN);
    await waitFor(() => expect(langs()).toEqual(['en']), { timeout: 20_000 });
    // The first paste's detection (started by the debounce, if it was) answers now, dialog closed.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    fireEvent.click(screen.getByRole('button', { name: 'reopen' }));
    expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).value).toBe('und');
    paste(FR);
    await waitFor(() => expect(langs()).toEqual(['en', 'fr']), { timeout: 20_000 });
  });
});
