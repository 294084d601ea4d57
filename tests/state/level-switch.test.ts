/**
 * Switching between paragraphs and sentences keeps the person's place: the selected row at the
 * new level is the one holding the start of the row selected before (it went back to row 1, a
 * translator half-way through a long document lost it), whether that level was aligned before
 * or is aligned on the switch.
 */
import { describe, expect, it } from 'vitest';
import { caseView, openPair } from '../../src/state/case-record.ts';
import type { AppStore } from '../../src/state/create-app-store.ts';
import { makeTestStore, until } from './lib/in-process-store.ts';

const EN = [
  'The minister arrived on Monday. She met the mayor.',
  'The talks lasted two days. No agreement was reached.',
  'The unions called a strike. Trains stopped at noon.',
  'The government said it would not give in. The strike goes on.',
].join('\n');
const FR = [
  'La ministre est arrivée lundi. Elle a rencontré le maire.',
  'Les discussions ont duré deux jours. Aucun accord n’a été trouvé.',
  'Les syndicats ont appelé à la grève. Les trains se sont arrêtés à midi.',
  'Le gouvernement a dit qu’il ne céderait pas. La grève continue.',
].join('\n');

const settled = (store: AppStore, level: 'paragraph' | 'sentence') =>
  until(() => openPair(store.getState().caseRecord)?.level === level && !store.getState().job);

/** The translation's text of the selected row. */
function selectedTranslation(store: AppStore): string {
  const { caseRecord, docs, selectedRow } = store.getState();
  const pair = openPair(caseRecord)!;
  const doc = docs[caseView(caseRecord!).tgtId!]!;
  const segments = pair.level === 'paragraph' ? doc.paragraphs : doc.sentences;
  return (pair.beads[selectedRow]?.tgt ?? [])
    .map((i) => doc.text.slice(segments[i]!.start, segments[i]!.end))
    .join(' ');
}

describe('switching levels', () => {
  it('keeps the selected row’s place from paragraphs to sentences and back', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('levels');
    await store.getState().addDocuments([
      { name: 'en.txt', lang: 'en', text: EN, origin: { kind: 'paste' } },
      { name: 'fr.txt', lang: 'fr', text: FR, origin: { kind: 'paste' } },
    ]);
    await settled(store, 'paragraph');
    store.getState().selectRow(2);
    expect(selectedTranslation(store)).toMatch(/^Les syndicats/);

    // Sentence level, aligned on the switch: the paragraph's first sentence.
    store.getState().setLevel('sentence');
    await settled(store, 'sentence');
    expect(selectedTranslation(store)).toBe('Les syndicats ont appelé à la grève.');

    // The second sentence of the last paragraph, then back to paragraphs (aligned before).
    const last = openPair(store.getState().caseRecord)!.beads.length - 1;
    store.getState().selectRow(last);
    expect(selectedTranslation(store)).toBe('La grève continue.');
    store.getState().setLevel('paragraph');
    await settled(store, 'paragraph');
    expect(selectedTranslation(store)).toMatch(/^Le gouvernement/);
  });
});
