// @vitest-environment jsdom
/**
 * The cases list: the side panel is narrow, so a long case name is cut with an ellipsis; the
 * whole name stays readable on hover, and each command names the case it acts on. The open
 * case counts its documents as they are, not as its last save summed them up.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CasesPanel } from '../../src/ui/features/cases/cases-panel.tsx';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore } from '../state/lib/in-process-store.ts';

const NAME = 'Amazon, Rekognition and Palantir: the employees’ letter and its French renderings';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

describe('CasesPanel', () => {
  it('gives a long case name whole on hover, and names it in its commands', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase(NAME);
    render(
      <StoreProvider store={store}>
        <CasesPanel />
      </StoreProvider>,
    );
    await waitFor(() => expect(document.querySelector('.case-name')).not.toBeNull());
    const name = document.querySelector('.case-name')!;
    expect(name.textContent).toBe(NAME);
    expect(name.getAttribute('title')).toBe(NAME);
    expect(screen.getByRole('button', { name: `Rename ${NAME}` })).toBeTruthy();
  });

  it('counts the open case’s documents live, before the saved summary catches up', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('live count');
    await store.getState().addDocuments([
      { name: 'en.txt', lang: 'en', text: 'The employees wrote a letter.', origin: { kind: 'paste' } },
      { name: 'fr.txt', lang: 'fr', text: 'Les employés ont écrit une lettre.', origin: { kind: 'paste' } },
    ]);
    render(
      <StoreProvider store={store}>
        <CasesPanel />
      </StoreProvider>,
    );
    // The list's summary as it stands while the save is pending.
    act(() => store.setState({ cases: store.getState().cases.map((c) => ({ ...c, documentCount: 0 })) }));
    expect(document.querySelector('.case-open[aria-current="true"]')?.textContent).toBe(
      'live count2 documents',
    );
  });
});
