// @vitest-environment jsdom
/**
 * Cutting inside a paragraph at paragraph level: the selected row shows a cut point between
 * each two sentences of its paragraphs (named after the paragraph and the sentence, in its Tab
 * order, no text of its own); other rows show none. Pressing one shows the pair sentence by
 * sentence and splits the row holding that sentence boundary there, as one undo step.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import type { AppStore } from '../../src/state/create-app-store.ts';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { until } from '../state/lib/in-process-store.ts';
import { giveElementsASize, renderAlignedTable } from './lib/aligned-table-harness.tsx';
import { paragraphPairStore } from './lib/pair-store.ts';

const EN = [
  'The employees wrote a letter to the chief executive. They asked the company to stop selling the system to the police.',
  'More than four hundred workers signed it within two days. The company has not answered them yet.',
].join('\n');
// The French joins the two first sentences into one: the second English sentence has no
// sentence of its own, so the sentence alignment holds them in one row.
const FR = [
  'Les employés ont écrit au directeur général pour lui demander de cesser de vendre le système à la police.',
  'Plus de quatre cents salariés l’ont signée en deux jours. L’entreprise ne leur a pas encore répondu.',
].join('\n');

beforeAll(async () => {
  await initI18n('en');
  giveElementsASize();
});

afterEach(cleanup);

async function paragraphStore(): Promise<AppStore> {
  return paragraphPairStore('cut in paragraph', EN, FR);
}

const cuts = () => screen.queryAllByRole('button', { name: /^Split here, inside paragraph/ });

describe('cut points inside a paragraph at paragraph level', () => {
  it('are shown between the sentences of the selected row only, without text of their own', async () => {
    const store = await paragraphStore();
    expect(openPair(store.getState().caseRecord)!.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    await renderAlignedTable(store);
    // Row 1 is selected: one cut in its original paragraph (two sentences), none in its translation (one).
    expect(cuts().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Split here, inside paragraph 1 of the original, after its sentence 1 (row 1; shows the pair sentence by sentence)',
    ]);
    expect(cuts()[0]!.closest('tr')?.getAttribute('data-index')).toBe('0');
    expect(document.querySelector('[data-index="0"] td.col-src')?.textContent).toBe(EN.split('\n')[0]);
    act(() => store.getState().selectRow(1));
    expect(cuts().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Split here, inside paragraph 2 of the original, after its sentence 1 (row 2; shows the pair sentence by sentence)',
      'Split here, inside paragraph 2 of the translation, after its sentence 1 (row 2; shows the pair sentence by sentence)',
    ]);
    expect(cuts().every((b) => b.tabIndex === 0 && b.closest('tr')?.getAttribute('data-index') === '1')).toBe(
      true,
    );
  });

  it('shows the pair sentence by sentence and cuts the row holding that boundary, in one undo step', async () => {
    const store = await paragraphStore();
    await renderAlignedTable(store);
    fireEvent.click(cuts()[0]!);
    await until(() => openPair(store.getState().caseRecord)?.level === 'sentence' && !store.getState().job);
    const beads = () => openPair(store.getState().caseRecord)!.beads.map((b) => [b.src, b.tgt]);
    // English sentence 1 ("They asked…") is cut from sentence 0; the French sentence goes with
    // the longer second half (the other side's cut is proposed by length, as everywhere).
    await waitFor(() => expect(beads()[0]).toEqual([[0], []]));
    expect(beads()[1]).toEqual([[1], [0]]);
    expect(openPair(store.getState().caseRecord)!.beads[0]!.confirmed).toBe(true);
    expect(store.getState().selectedRow).toBe(0);
    act(() => store.getState().undo());
    expect(beads()[0]).toEqual([[0, 1], [0]]);
  });

  it('drops the cut if the person goes back to paragraphs before it is made', async () => {
    const store = await paragraphStore();
    await renderAlignedTable(store);
    fireEvent.click(cuts()[0]!);
    // Back to paragraphs while the sentence level is still being aligned.
    expect(store.getState().job).not.toBeNull();
    act(() => store.getState().setLevel('paragraph'));
    await until(() => !store.getState().job);
    await act(async () => {
      store.getState().setLevel('sentence');
      await until(() => openPair(store.getState().caseRecord)?.level === 'sentence' && !store.getState().job);
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().past.filter((p) => p.label === 'split')).toHaveLength(0);
    expect(openPair(store.getState().caseRecord)!.beads.some((b) => b.confirmed)).toBe(false);
  });
});
