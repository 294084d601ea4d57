// @vitest-environment jsdom
/**
 * The alignment editing toolbar over a real store (in-process engine): each action on the
 * selected row, by button or shortcut, and the rows that result; split at any sentence through
 * its dialog; every edit undoable.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import type { AppStore } from '../../src/state/create-app-store.ts';
import { AlignedTable } from '../../src/ui/features/pair/aligned-table.tsx';
import { PairToolbar } from '../../src/ui/features/pair/pair-toolbar.tsx';
import { PairProvider } from '../../src/ui/hooks/use-pair.ts';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { sentencePairStore, until } from '../state/lib/in-process-store.ts';
import { giveElementsASize } from './lib/aligned-table-harness.tsx';
import { polyfillDialogs } from './lib/jsdom-dialogs.ts';
import { beadShape, LETTER_EN, LETTER_FR } from './lib/letter-pair.ts';
import { paragraphPairStore } from './lib/pair-store.ts';

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
  giveElementsASize();
});

afterEach(cleanup);

/** A case of one English and one French text, aligned sentence by sentence (four 1-1 rows). */
async function alignedStore(): Promise<AppStore> {
  return sentencePairStore('toolbar', LETTER_EN, LETTER_FR);
}

function renderToolbar(store: AppStore) {
  render(
    <StoreProvider store={store}>
      <PairProvider>
        <PairToolbar />
      </PairProvider>
    </StoreProvider>,
  );
}

const button = (action: string) => document.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

describe('alignment editing toolbar', () => {
  it('gives the focus back to the selected row after a click, so the arrow keys go on working', async () => {
    const store = await alignedStore();
    render(
      <StoreProvider store={store}>
        <PairProvider>
          <PairToolbar />
          <AlignedTable />
        </PairProvider>
      </StoreProvider>,
    );
    await until(() => document.querySelector('tr[data-index="1"]') !== null);
    act(() => store.getState().selectRow(1));
    const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    // Unlink goes disabled with the change; Merge stays enabled: the row takes the focus either way.
    for (const action of ['unlink', 'merge']) {
      act(() => button(action).focus());
      fireEvent.click(button(action));
      await frame();
      expect(document.activeElement, action).toBe(document.querySelector('tr[aria-selected="true"]'));
    }
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(store.getState().selectedRow).toBe(2);
    // The split dialog, opened by a click and cancelled: the row again, not the Split button.
    act(() => button('split').focus());
    fireEvent.click(button('split'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await frame();
    expect(document.activeElement).toBe(document.querySelector('tr[aria-selected="true"]'));
  });

  it('merges, splits at a chosen sentence of each side, and undoes both', async () => {
    const store = await alignedStore();
    expect(beadShape(store)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    renderToolbar(store);
    act(() => store.getState().selectRow(0));
    // Merge rows 1 to 3 into one: three sentences a side.
    fireEvent.click(button('merge'));
    fireEvent.click(button('merge'));
    expect(beadShape(store)[0]).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);

    fireEvent.click(button('split'));
    expect(screen.getByRole('heading', { name: 'Split row 1' })).toBeTruthy();
    // Cut the original after its second sentence: the translation's cut follows by length.
    const [original, translation] = document.querySelectorAll('dialog fieldset');
    expect(original?.querySelector('legend')?.textContent).toBe('Original');
    expect(translation?.querySelector('legend')?.textContent).toBe('Translation');
    const srcCuts = original!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const tgtCuts = translation!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(srcCuts).toHaveLength(4);
    expect([...original!.querySelectorAll('.cut-label')].map((l) => l.textContent)).toEqual([
      'Cut before sentence 1 (all of this side goes below)',
      'Cut between sentences 1 and 2',
      'Cut between sentences 2 and 3',
      'No cut (all of this side stays)',
    ]);
    fireEvent.click(srcCuts[2]!);
    expect(tgtCuts[2]!.checked).toBe(true);
    // Then move the translation's cut by hand: after its first sentence.
    fireEvent.click(tgtCuts[1]!);
    // What each row will hold, said in words with its unit.
    expect(document.querySelector('dialog .split-result')?.textContent).toBe(
      'Row 1 keeps 2 sentences of the original and 1 sentence of the translation; new row 2: 1 sentence of the original and 2 sentences of the translation',
    );
    fireEvent.click(button('apply-split'));
    expect(beadShape(store).slice(0, 3)).toEqual([
      [[0, 1], [0]],
      [[2], [1, 2]],
      [[3], [3]],
    ]);
    act(() => store.getState().undo());
    expect(beadShape(store)[0]).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
    act(() => store.getState().redo());
    expect(beadShape(store)[0]).toEqual([[0, 1], [0]]);
  });

  it('splits by keyboard: Alt+S opens the dialog, Enter on a cut point applies it', async () => {
    const store = await alignedStore();
    renderToolbar(store);
    act(() => store.getState().selectRow(1));
    fireEvent.click(button('merge'));
    expect(beadShape(store)[1]).toEqual([
      [1, 2],
      [1, 2],
    ]);
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', altKey: true });
    expect(screen.getByRole('heading', { name: 'Split row 2' })).toBeTruthy();
    // Opened on the first cut of the original, the translation's cut proposed by length.
    const [original, translation] = document.querySelectorAll('dialog fieldset');
    const srcCut = original!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!;
    expect(srcCut.checked).toBe(true);
    expect(translation!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.checked).toBe(true);
    fireEvent.keyDown(srcCut, { key: 'Enter' });
    expect(beadShape(store).slice(1, 3)).toEqual([
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(document.querySelector('dialog[open]')).toBeNull();
  });

  it('at paragraph level, reopens a row sentence by sentence to cut inside its paragraph', async () => {
    const store = await paragraphPairStore('paragraphs', LETTER_EN, LETTER_FR);
    expect(beadShape(store)).toEqual([[[0], [0]]]);
    renderToolbar(store);
    act(() => store.getState().selectRow(0));
    fireEvent.click(button('split'));
    expect(document.querySelector('dialog fieldset legend')?.textContent).toBe('Original');
    // One paragraph a side: the cuts between paragraphs can only unpair; cut inside instead.
    fireEvent.click(button('split-sentences'));
    await until(() => openPair(store.getState().caseRecord)?.level === 'sentence' && !store.getState().job);
    await screen.findByRole('heading', { name: 'Split row 1' });
    expect(store.getState().selectedRow).toBe(0);
    expect(document.querySelector('.split-hint')?.textContent).not.toContain('switch to Sentences');
  });

  it('moves an original sentence and a translation sentence between rows', async () => {
    const store = await alignedStore();
    renderToolbar(store);
    act(() => store.getState().selectRow(1));
    fireEvent.click(screen.getByRole('button', { name: 'Move the original’s first segment up' }));
    expect(beadShape(store).slice(0, 2)).toEqual([
      [[0, 1], [0]],
      [[], [1]],
    ]);
    act(() => store.getState().selectRow(0));
    // Alt+Shift+↓: the original's last sentence back down.
    fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(beadShape(store).slice(0, 2)).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    // Alt+↓: the translation's last sentence of row 1 down to row 2.
    fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true });
    expect(beadShape(store).slice(0, 2)).toEqual([
      [[0], []],
      [[1], [0, 1]],
    ]);
    act(() => store.getState().undo());
    expect(beadShape(store)[0]).toEqual([[0], [0]]);
  });

  it('unlinks a row, links it back from either half, and confirms rows in turn', async () => {
    const store = await alignedStore();
    renderToolbar(store);
    act(() => store.getState().selectRow(2));
    fireEvent.keyDown(window, { key: 'u', code: 'KeyU', altKey: true });
    expect(beadShape(store).slice(2, 4)).toEqual([
      [[2], []],
      [[], [2]],
    ]);
    // Select the lower half (translation only): Link pairs it with the row above.
    act(() => store.getState().selectRow(3));
    expect(button('link').disabled).toBe(false);
    fireEvent.click(button('link'));
    expect(beadShape(store)[2]).toEqual([[2], [2]]);
    expect(store.getState().selectedRow).toBe(2);
    expect(button('link').disabled).toBe(true);

    const beads = () => openPair(store.getState().caseRecord)!.beads;
    // A row edited by hand is confirmed.
    expect(beads()[2]?.confirmed).toBe(true);

    act(() => store.getState().selectRow(0));
    fireEvent.click(button('confirm'));
    expect(beads()[0]?.confirmed).toBe(true);
    // Confirming goes on to the next row, as in a CAT tool.
    expect(store.getState().selectedRow).toBe(1);
    fireEvent.keyDown(window, { key: 'c', code: 'KeyC', altKey: true });
    expect(beads()[1]?.confirmed).toBe(true);
    expect(store.getState().selectedRow).toBe(2);
    // Confirm again on a confirmed row: it is unconfirmed, and the selection stays.
    fireEvent.click(button('confirm'));
    expect(beads()[2]?.confirmed).toBeFalsy();
    expect(store.getState().selectedRow).toBe(2);
    // Undo everything since the unlink (three confirmations, the link).
    act(() => {
      for (let k = 0; k < 4; k++) store.getState().undo();
    });
    expect(beads()[0]?.confirmed).toBeFalsy();
    expect(beads()[1]?.confirmed).toBeFalsy();
    expect(beadShape(store).slice(2, 4)).toEqual([
      [[2], []],
      [[], [2]],
    ]);
  });

  it('keeps confirmed rows when the pair is re-aligned', async () => {
    const store = await alignedStore();
    renderToolbar(store);
    act(() => store.getState().selectRow(0));
    fireEvent.click(button('merge'));
    expect(beadShape(store)[0]).toEqual([
      [0, 1],
      [0, 1],
    ]);
    await act(() => store.getState().align());
    expect(beadShape(store)).toEqual([
      [
        [0, 1],
        [0, 1],
      ],
      [[2], [2]],
      [[3], [3]],
    ]);
    expect(openPair(store.getState().caseRecord)!.beads[0]?.confirmed).toBe(true);
  });

  it('shows Confirm pressed when the selected row is confirmed', async () => {
    const store = await alignedStore();
    renderToolbar(store);
    act(() => store.getState().selectRow(0));
    expect(button('confirm').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button('confirm'));
    // Confirming moves on to the next row, which is not confirmed.
    expect(store.getState().selectedRow).toBe(1);
    expect(button('confirm').getAttribute('aria-pressed')).toBe('false');
    act(() => store.getState().selectRow(0));
    expect(button('confirm').getAttribute('aria-pressed')).toBe('true');
    expect(button('confirm').title).toMatch(/^This row is confirmed/);
  });
});
