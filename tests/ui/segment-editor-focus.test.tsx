// @vitest-environment jsdom
/**
 * Editing a segment in place by keyboard: once the edit is saved (Enter) or cancelled (Escape),
 * the focus is back on the row, so the arrow keys and Enter go on working without a click.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.ts';
import { openPair } from '../../src/state/case-record.ts';
import { findingKey } from '../../src/state/derive-rows.ts';
import { mergeWithNext } from '../../src/state/edit-beads.ts';
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

  it('opens the segment of the selected finding, not the first one, in a row of two sentences', async () => {
    const store = await sentencePairStore('editor segment', LETTER_EN, LETTER_FR);
    await renderAlignedTable(store);
    // Rows 2 and 3 merged: one row of two sentences on each side.
    act(() => store.getState().selectRow(2));
    act(() => store.getState().editBeads('merge', (beads) => mergeWithNext(beads, 2)));
    const tgt = openPair(store.getState().caseRecord)!.tgtDocId;
    const doc = store.getState().docs[tgt]!;
    const second = doc.sentences[3]!;
    const finding = {
      rule: 'doubled-word',
      category: 'repetition',
      severity: 'warning',
      docId: tgt,
      span: [second.start, second.start + 11],
      actual: doc.text.slice(second.start, second.start + 11),
      params: {},
    } as unknown as Finding;
    act(() =>
      store.setState({
        findings: { [tgt]: [finding] },
        selectedFinding: findingKey(finding),
        selectedRow: 2,
      }),
    );
    act(() => row(2).focus());
    fireEvent.keyDown(row(2), { key: 'Enter' });
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(
      doc.text.slice(second.start, second.end),
    );
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    // No finding selected: the first segment.
    act(() => store.setState({ selectedFinding: null }));
    fireEvent.keyDown(row(2), { key: 'Enter' });
    const first = doc.sentences[2]!;
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(
      doc.text.slice(first.start, first.end),
    );
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
