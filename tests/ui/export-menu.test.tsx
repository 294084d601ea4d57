// @vitest-environment jsdom
/**
 * The export menu behaves as a menu: Escape closes it and gives the focus back to its button,
 * and a click or a focus outside it closes it (left open, it covered the Findings tab and the
 * findings below it).
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import { ExportMenu } from '../../src/ui/features/export/export-menu.tsx';
import { initI18n, setLocale } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore, sentencePairStore } from '../state/lib/in-process-store.ts';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

function renderMenu() {
  const store = makeTestStore({ checks: false });
  render(
    <StoreProvider store={store}>
      <button type="button" data-testid="elsewhere">
        elsewhere
      </button>
      <ExportMenu />
    </StoreProvider>,
  );
  const menu = document.querySelector<HTMLDetailsElement>('details.menu')!;
  const summary = menu.querySelector<HTMLElement>('summary')!;
  return { menu, summary };
}

/** Open the menu as a click on its button does (jsdom fires `toggle` on the change). */
async function openMenu(menu: HTMLDetailsElement): Promise<void> {
  await act(async () => {
    menu.open = true;
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(menu.open).toBe(true);
}

describe('export menu', () => {
  it('closes on Escape and gives the focus back to its button', async () => {
    const { menu, summary } = renderMenu();
    await openMenu(menu);
    const item = menu.querySelector<HTMLButtonElement>('[data-format="case"]')!;
    item.focus();
    fireEvent.keyDown(item, { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('closes on a click outside it, and stays open on a click inside it', async () => {
    const { menu } = renderMenu();
    await openMenu(menu);
    fireEvent.pointerDown(menu.querySelector('input[type="checkbox"]')!);
    expect(menu.open).toBe(true);
    fireEvent.pointerDown(document.querySelector('[data-testid="elsewhere"]')!);
    expect(menu.open).toBe(false);
  });

  it('closes when the focus leaves it (Tab past its last item)', async () => {
    const { menu } = renderMenu();
    await openMenu(menu);
    act(() => document.querySelector<HTMLButtonElement>('[data-testid="elsewhere"]')!.focus());
    expect(menu.open).toBe(false);
  });

  it('puts a byte-order mark in CSV by default (for Excel), not in TSV', async () => {
    const { menu } = renderMenu();
    await openMenu(menu);
    const box = (name: RegExp) =>
      [...menu.querySelectorAll<HTMLLabelElement>('label')]
        .find((l) => name.test(l.textContent ?? ''))!
        .querySelector('input')!;
    expect(box(/Byte-order mark in CSV/).checked).toBe(true);
    expect(box(/Byte-order mark in TSV/).checked).toBe(false);
  });

  it('writes CSV with semicolons by default in French (Excel there splits on them), not in English', async () => {
    const semicolons = () =>
      [...document.querySelectorAll<HTMLLabelElement>('details.menu label')]
        .find((l) => /semicolons|points-virgules/.test(l.textContent ?? ''))!
        .querySelector('input')!;
    // The CSV item's help says which separator the file will have.
    const csvHelp = () => document.querySelector('[data-format="csv"] .muted')!.textContent;
    renderMenu();
    expect(semicolons().checked).toBe(false);
    expect(csvHelp()).toBe('spreadsheet, comma-separated');
    cleanup();
    await setLocale('fr');
    try {
      renderMenu();
      expect(semicolons().checked).toBe(true);
      expect(csvHelp()).toBe('tableur, séparé par des points-virgules');
      fireEvent.click(semicolons());
      expect(semicolons().checked).toBe(false);
      expect(csvHelp()).toBe('tableur, séparé par des virgules');
    } finally {
      await setLocale('en');
    }
  });

  it('leaves unpaired rows out by default for partly parallel texts only, and keeps the person’s choice', async () => {
    const store = await sentencePairStore(
      'paired only',
      'The council met on Monday. It approved the budget.',
      'Le conseil s’est réuni lundi. Il a approuvé le budget.',
    );
    const withParallelism = (parallelism: number) =>
      act(() => {
        const file = store.getState().caseRecord!;
        store.setState({
          caseRecord: { ...file, alignments: file.alignments.map((a) => ({ ...a, parallelism })) },
        });
      });
    render(
      <StoreProvider store={store}>
        <ExportMenu />
      </StoreProvider>,
    );
    const box = () =>
      [...document.querySelectorAll<HTMLLabelElement>('details.menu label')]
        .find((l) => /Paired rows only/.test(l.textContent ?? ''))!
        .querySelector('input')!;
    expect(openPair(store.getState().caseRecord)).toBeDefined();
    withParallelism(0.1);
    expect(box().checked).toBe(true);
    withParallelism(0.95);
    expect(box().checked).toBe(false);
    fireEvent.click(box());
    expect(box().checked).toBe(true);
    withParallelism(0.9);
    expect(box().checked).toBe(true);
  });
});
