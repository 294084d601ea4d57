/**
 * Removing a document is one click on a small ×: it says so, and its Undo puts the document
 * back with its edits, its alignments and the pair that was shown (it was lost for good, and
 * the undo history with it).
 */
// First: Dexie (imported through the store's slices) looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import { makeTestStore, until } from './lib/in-process-store.ts';

const english = 'The council met on Monday.\nIt approved the budget.\nThe mayor was absent.';
const french = 'Le conseil s’est réuni lundi.\nIl a approuvé le budget.\nLe maire était absent.';

describe('removing a document', () => {
  it('can be undone: the document comes back with its edits, its alignment and the pair shown', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Removal');
    await store.getState().addDocuments([
      { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    await until(() => openPair(store.getState().caseRecord) !== undefined && !store.getState().job);
    const frId = store.getState().caseRecord?.documents.find((d) => d.lang === 'fr')?.id ?? '';
    const at = french.indexOf('lundi');
    store.getState().editText(frId, at, at + 'lundi'.length, 'mardi');
    await until(() => store.getState().docs[frId]?.text.includes('mardi') === true && !store.getState().job);
    const before = store.getState().caseRecord!;
    const fr = before.documents.find((d) => d.id === frId)!;
    expect(fr.edits).toHaveLength(1);

    store.getState().removeDocument(frId);
    expect(store.getState().caseRecord?.documents.map((d) => d.id)).not.toContain(frId);
    const notice = store.getState().notices.find((n) => n.code === 'documentRemoved');
    expect(notice).toMatchObject({ params: { name: 'fr.txt' }, undoable: true });

    await store.getState().restoreDocument(frId);
    const after = store.getState().caseRecord!;
    expect(after.documents.map((d) => d.id)).toEqual(before.documents.map((d) => d.id));
    expect(after.documents.find((d) => d.id === frId)).toEqual(fr);
    expect(after.settings.activePair).toEqual(before.settings.activePair);
    expect(after.alignments).toEqual(before.alignments);
    expect(store.getState().notices.some((n) => n.code === 'documentRemoved')).toBe(false);
    await until(() => store.getState().docs[frId]?.text.includes('mardi') === true && !store.getState().job);
    expect(openPair(after)?.tgtDocId).toBe(frId);
  }, 60_000);

  it('is not undone into another case', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('First');
    await store
      .getState()
      .addDocuments([{ name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } }]);
    const frId = store.getState().caseRecord?.documents[0]?.id ?? '';
    store.getState().removeDocument(frId);
    await store.getState().createCase('Second');
    await store.getState().restoreDocument(frId);
    expect(store.getState().caseRecord?.documents).toEqual([]);
  }, 60_000);

  it('brings back, from each notice, the document it names', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Two removals');
    await store.getState().addDocuments([
      { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
      { name: 'fr2.txt', text: `${french}\nUne ligne de plus.`, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    const id = (name: string) =>
      store.getState().caseRecord?.documents.find((d) => d.name === name)?.id ?? '';
    const [fr, fr2] = [id('fr.txt'), id('fr2.txt')];
    store.getState().removeDocument(fr);
    store.getState().removeDocument(fr2);
    const notices = store.getState().notices.filter((n) => n.code === 'documentRemoved');
    expect(notices.map((n) => n.params?.name)).toEqual(['fr.txt', 'fr2.txt']);
    // The first notice's Undo: fr.txt comes back, fr2.txt stays removed, its notice stays.
    await store.getState().restoreDocument(String(notices[0]?.params?.docId));
    expect(store.getState().caseRecord?.documents.map((d) => d.name)).toEqual(['en.txt', 'fr.txt']);
    expect(
      store
        .getState()
        .notices.filter((n) => n.code === 'documentRemoved')
        .map((n) => n.params?.name),
    ).toEqual(['fr2.txt']);
    await store.getState().restoreDocument(fr2);
    expect(store.getState().caseRecord?.documents.map((d) => d.name)).toEqual([
      'en.txt',
      'fr.txt',
      'fr2.txt',
    ]);
  }, 60_000);
});
