// @vitest-environment jsdom
/**
 * Editing a segment in place by keyboard: once the edit is saved (Enter) or cancelled (Escape),
 * the focus is back on the row, so the arrow keys and Enter go on working without a click.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { sentencePairStore } from '../state/lib/in-process-store.ts';
import { giveElementsASize, renderAlignedTable } from './lib/aligned-table-harness.tsx';
import { LETTER_EN, LETTER_FR } from './lib/letter-pair.ts';

beforeAll(async () => {
  await initI18n('en');
  giveElementsASize();
});

afterEach(cleanup);

const row = (index: number) => document.querySelector<HTMLElement>(`tr[data-index="${index}"]`)!;

describe('the segment editor, by keyboard', () => {
  it('gives the focus back to the row when Escape cancels or Enter saves', async () => {
    const store = await sentencePairStore('editor focus', LETTER_EN, LETTER_FR);
    await renderAlignedTable(store);
    act(() => store.getState().selectRow(1));
    act(() => row(1).focus());
    fireEvent.keyDown(row(1), { key: 'Enter' });
    const editor = screen.getByRole('textbox');
    expect(document.activeElement).toBe(editor);
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(row(1));
    // The arrow keys work at once.
    fireEvent.keyDown(row(1), { key: 'ArrowDown' });
    expect(store.getState().selectedRow).toBe(2);

    act(() => row(2).focus());
    fireEvent.keyDown(row(2), { key: 'Enter' });
    const again = screen.getByRole('textbox');
    fireEvent.change(again, {
      target: { value: 'Plus de quatre cents salariés l’ont signée en deux jours !' },
    });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(row(2));
  });

  it('leaves the focus where a click took it', async () => {
    const store = await sentencePairStore('editor blur', LETTER_EN, LETTER_FR);
    await renderAlignedTable(store);
    act(() => store.getState().selectRow(1));
    act(() => row(1).focus());
    fireEvent.keyDown(row(1), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    const outside = document.createElement('button');
    document.body.append(outside);
    act(() => outside.focus());
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
