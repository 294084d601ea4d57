// @vitest-environment jsdom
/**
 * Split points in the aligned table: between two sentences of a cell, a "Split here" button
 * named after the row and the sentence, in the tab order of the selected row only; a click
 * splits the row there (the other side's cut proposed by length), as one undo step; the
 * segments around it still edit in place at the right offsets.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { currentText, openPair } from '../../src/state/case-record.ts';
import type { AppStore } from '../../src/state/create-app-store.ts';
import { mergeWithNext } from '../../src/state/edit-beads.ts';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { sentencePairStore } from '../state/lib/in-process-store.ts';
import { giveElementsASize, renderAlignedTable } from './lib/aligned-table-harness.tsx';
import { beadShape, LETTER_EN, LETTER_FR } from './lib/letter-pair.ts';

beforeAll(async () => {
  await initI18n('en');
  giveElementsASize();
});

afterEach(cleanup);

/** Sentence level; rows 1-3 merged into one row of three sentences a side, then row 4. */
async function mergedStore(): Promise<AppStore> {
  const store = await sentencePairStore('split points', LETTER_EN, LETTER_FR);
  store.getState().editBeads('merge', (b) => mergeWithNext(mergeWithNext(b, 0), 0));
  return store;
}

describe('split points between sentences', () => {
  it('are buttons named after the row and the sentence, tabbable in the selected row only', async () => {
    const store = await mergedStore();
    await renderAlignedTable(store);
    const points = screen.getAllByRole('button', { name: /^Split here/ });
    // Two between the three original sentences, two between the three translated ones.
    expect(points.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Split here: row 1 after sentence 1 of the original',
      'Split here: row 1 after sentence 2 of the original',
      'Split here: row 1 after sentence 1 of the translation',
      'Split here: row 1 after sentence 2 of the translation',
    ]);
    expect(points.every((b) => b.tabIndex === 0)).toBe(true);
    // Enter on a split point is the button's (it presses it), not the table's "edit the row".
    expect(fireEvent.keyDown(points[0]!, { key: 'Enter' })).toBe(true);
    expect(screen.queryByRole('textbox')).toBeNull();
    act(() => store.getState().selectRow(1));
    expect(screen.getAllByRole('button', { name: /^Split here/ }).every((b) => b.tabIndex === -1)).toBe(true);
    // Not part of the text: the row's cells read as the sentences alone.
    const cell = document.querySelector('[data-index="0"] td.col-src')!;
    expect(cell.textContent).toBe(
      'The employees wrote a letter to the chief executive.They asked the company to stop selling the system to the police.More than four hundred workers signed it within two days.',
    );
  });

  it('splits the row where clicked, the other side cut by length, as one undo step', async () => {
    const store = await mergedStore();
    await renderAlignedTable(store);
    const past = store.getState().past.length;
    fireEvent.click(
      screen.getByRole('button', { name: 'Split here: row 1 after sentence 2 of the original' }),
    );
    expect(beadShape(store)).toEqual([
      [
        [0, 1],
        [0, 1],
      ],
      [[2], [2]],
      [[3], [3]],
    ]);
    expect(store.getState().past).toHaveLength(past + 1);
    expect(store.getState().selectedRow).toBe(0);
    // The new rows are confirmed (a person cut them), and the table shows them.
    expect(
      openPair(store.getState().caseRecord)!
        .beads.slice(0, 2)
        .every((b) => b.confirmed),
    ).toBe(true);
    expect(screen.getAllByRole('button', { name: /^Split here: row 1/ })).toHaveLength(2);

    act(() => store.getState().undo());
    expect(beadShape(store)[0]).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });

  it('cuts on the translation side too', async () => {
    const store = await mergedStore();
    await renderAlignedTable(store);
    fireEvent.click(
      screen.getByRole('button', { name: 'Split here: row 1 after sentence 1 of the translation' }),
    );
    expect(beadShape(store).slice(0, 2)).toEqual([
      [[0], [0]],
      [
        [1, 2],
        [1, 2],
      ],
    ]);
  });

  it('leaves in-place editing of the sentence after a split point at its own offsets', async () => {
    const store = await mergedStore();
    await renderAlignedTable(store);
    const second = document.querySelectorAll('[data-index="0"] td.col-tgt .seg')[1]!;
    fireEvent.doubleClick(second);
    const editor = screen.getByRole('textbox', { name: 'Edit the translation' }) as HTMLTextAreaElement;
    expect(editor.value).toBe('Ils ont demandé à l’entreprise de cesser de vendre le système à la police.');
    // How to save and cancel is said under the editor, and to a screen reader.
    const hint = document.getElementById(editor.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Enter: save · Esc: cancel');
    fireEvent.change(editor, { target: { value: 'Ils ont demandé l’arrêt des ventes à la police.' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    const fr = store.getState().caseRecord!.documents.find((d) => d.lang === 'fr')!;
    expect(currentText(fr)).toBe(
      LETTER_FR.replace(
        'Ils ont demandé à l’entreprise de cesser de vendre le système à la police.',
        'Ils ont demandé l’arrêt des ventes à la police.',
      ),
    );
  });

  it('shows none in a row of one sentence a side', async () => {
    const store = await mergedStore();
    await renderAlignedTable(store);
    expect(document.querySelectorAll('[data-index="1"] [data-action="split-here"]')).toHaveLength(0);
  });
});
