/**
 * The store most component tests start from: a new case of one English and one French pasted
 * text, as a person adds them, its pair aligned at the level a new pair opens at (paragraphs).
 */
import { openPair } from '../../../src/state/case-record.ts';
import type { AppStore } from '../../../src/state/create-app-store.ts';
import { makeTestStore, until } from '../../state/lib/in-process-store.ts';

/** A store (checks off) with case `caseName` of `en` and `fr`, resolved once their paragraphs are aligned. */
export async function paragraphPairStore(caseName: string, en: string, fr: string): Promise<AppStore> {
  const store = makeTestStore({ checks: false });
  await store.getState().createCase(caseName);
  await store.getState().addDocuments([
    { name: 'en.txt', lang: 'en', text: en, origin: { kind: 'paste' } },
    { name: 'fr.txt', lang: 'fr', text: fr, origin: { kind: 'paste' } },
  ]);
  await until(() => openPair(store.getState().caseRecord)?.level === 'paragraph' && !store.getState().job);
  return store;
}
