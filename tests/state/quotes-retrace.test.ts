/**
 * The Quotes panel follows the case's documents: adding a document traces the case again (the
 * new one may quote a source, or be one), and removing one drops its quotations.
 */
// First: Dexie (imported through the store's slices) looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AUTO_TRACE_MAX_CHARS } from '../../src/state/workspace-slice.ts';
import { makeTestStore, until } from './lib/in-process-store.ts';

const english = [
  'Amazon shareholders wrote to the company on Monday.',
  '"We demand that Amazon stop selling facial recognition software to the police," the letter said.',
  'The company did not reply.',
].join('\n');
const french = [
  'Des actionnaires ont écrit à Amazon lundi.',
  '« Nous exigeons qu’Amazon cesse de vendre son logiciel de reconnaissance faciale à la police », dit la lettre.',
].join('\n');

describe('quote tracing follows the documents', () => {
  it('traces again when a document is added and when one is removed', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Quotes');
    await store
      .getState()
      .addDocuments([{ name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } }]);
    await until(() => store.getState().quotes !== null && store.getState().quotesStatus === 'idle');
    const alone = store.getState().quotes?.quotations.find((q) => q.lang === 'fr');
    expect(alone).toBeDefined();
    expect(alone?.source ?? null).toBeNull();

    await store
      .getState()
      .addDocuments([{ name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } }]);
    await until(() => {
      const q = store.getState().quotes?.quotations.find((x) => x.lang === 'fr');
      return store.getState().quotesStatus === 'idle' && (q?.source ?? null) !== null;
    });

    const enId = store.getState().caseRecord?.documents.find((d) => d.lang === 'en')?.id;
    expect(enId).toBeDefined();
    store.getState().removeDocument(enId ?? '');
    await until(() => {
      const quotes = store.getState().quotes;
      return (
        store.getState().quotesStatus === 'idle' &&
        quotes !== null &&
        quotes.quotations.every((q) => q.docId !== enId && (q.source ?? null) === null)
      );
    });
  }, 60_000);

  it('drops a removed document’s quotations at once, and opens no pair on a removed document', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Removed');
    await store.getState().addDocuments([
      { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    await until(() => {
      const q = store.getState().quotes?.quotations.find((x) => x.lang === 'fr');
      return store.getState().quotesStatus === 'idle' && (q?.source ?? null) !== null;
    });
    const ids = (lang: string) =>
      store.getState().caseRecord?.documents.find((d) => d.lang === lang)?.id ?? '';
    const [enId, frId] = [ids('en'), ids('fr')];
    // The French report goes: its quotations leave the list before the case is traced again
    // (the panel named them by the removed document's id, and a click opened a pair on it).
    store.getState().removeDocument(frId);
    expect(store.getState().quotesStatus).toBe('running');
    expect(store.getState().quotes?.quotations.filter((q) => q.docId === frId)).toEqual([]);
    expect(store.getState().quotesTexts[frId]).toBeUndefined();
    // What such a click asked for: the source beside the removed report. Nothing changes.
    const view = store.getState().caseRecord?.settings.activePair;
    store.getState().selectPair(enId, frId);
    expect(store.getState().caseRecord?.settings.activePair).toEqual(view);
    expect(store.getState().caseRecord?.alignments.some((a) => a.tgtDocId === frId)).toBe(false);
    await until(() => store.getState().quotesStatus === 'idle');
  }, 60_000);

  it('drops at once the quotations traced to a removed source', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Removed source');
    await store.getState().addDocuments([
      { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    await until(() => {
      const q = store.getState().quotes?.quotations.find((x) => x.lang === 'fr');
      return store.getState().quotesStatus === 'idle' && (q?.source ?? null) !== null;
    });
    const enId = store.getState().caseRecord?.documents.find((d) => d.lang === 'en')?.id ?? '';
    store.getState().removeDocument(enId);
    expect(store.getState().quotes?.quotations.filter((q) => q.source?.docId === enId)).toEqual([]);
    await until(() => store.getState().quotesStatus === 'idle');
  }, 60_000);

  it('leaves a case too large to trace on its own to the person, and traces it again once small', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Large');
    const filler = 'Le conseil municipal s’est réuni mardi soir pour voter le budget.\n';
    const large = filler.repeat(Math.ceil(AUTO_TRACE_MAX_CHARS / filler.length) + 1);
    await store.getState().addDocuments([
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
      { name: 'long.txt', text: large, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    await until(() => store.getState().quotesStatus === 'large');
    expect(store.getState().quotes).toBeNull();

    const longId = store.getState().caseRecord?.documents.find((d) => d.name === 'long.txt')?.id ?? '';
    store.getState().removeDocument(longId);
    await until(() => store.getState().quotesStatus === 'idle' && store.getState().quotes !== null);
    expect(store.getState().quotes?.quotations.some((q) => q.lang === 'fr')).toBe(true);
  }, 60_000);
});

describe('quote tracing follows the edits', () => {
  it('traces again after an edit, and keeps the text each quotation was traced on', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().init();
    await store.getState().createCase('Edited');
    await store.getState().addDocuments([
      { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    await until(() => store.getState().quotesStatus === 'idle' && store.getState().quotes !== null);
    const frId = store.getState().caseRecord?.documents.find((d) => d.lang === 'fr')?.id ?? '';
    const inner = () => {
      const { quotes, docs, quotesTexts } = store.getState();
      const q = quotes?.quotations.find((x) => x.docId === frId);
      expect(q).toBeDefined();
      expect(quotesTexts[frId]).toBe(docs[frId]?.text);
      return (docs[frId]?.text ?? '').slice(q?.inner[0], q?.inner[1]);
    };
    expect(inner()).toMatch(/^Nous exigeons/);
    const before = store.getState().quotes;
    // Two words inserted before the quotation: every offset after them moves.
    store.getState().editText(frId, 0, 0, 'Mardi, ');
    await until(() => store.getState().quotes !== before && store.getState().quotesStatus === 'idle');
    expect(store.getState().docs[frId]?.text.startsWith('Mardi, ')).toBe(true);
    expect(inner()).toMatch(/^Nous exigeons/);
  }, 60_000);
});
