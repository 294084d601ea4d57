/**
 * The workbench's exports follow the case's settings: the review report tints the rows below
 * the case's confidence threshold (settings.lowConfidence), as the pair table does, not below
 * a fixed 0.5.
 */
// First: Dexie (imported through the store's slices) looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import { makeTestStore, sentencePairStore, until } from './lib/in-process-store.ts';

describe('exports and the case settings', () => {
  it('tints the review report’s rows below the case’s confidence threshold', async () => {
    const store = await sentencePairStore(
      'threshold',
      'The council met on Monday. It approved the budget.',
      'Le conseil s’est réuni lundi. Il a approuvé le budget.',
    );
    const lowRows = async (lowConfidence: number) => {
      const file = store.getState().caseRecord!;
      store.setState({ caseRecord: { ...file, settings: { ...file.settings, lowConfidence } } });
      const html = (await store.getState().exportPair('html', {}))!.text;
      return [...html.matchAll(/<tr class="([^"]*)" id="pair-\d+">/g)].filter((m) =>
        m[1]!.split(' ').includes('low'),
      ).length;
    };
    // Every pair is below 1 and none below 0: the report follows the setting either way.
    expect(await lowRows(1)).toBe(2);
    expect(await lowRows(0)).toBe(0);
  });

  it('keeps the noise paragraphs in the cleaned text when the case says so (settings.dropNoise)', async () => {
    const store = makeTestStore();
    await store.getState().createCase('noise');
    const fr = 'Le conseil s’est réuni lundi.\n\nPartager sur Facebook\n\nIl a approuvé le budget.';
    await store.getState().addDocuments([
      {
        name: 'en.txt',
        lang: 'en',
        text: 'The council met on Monday.\n\nIt approved the budget.',
        origin: { kind: 'paste' },
      },
      { name: 'fr.txt', lang: 'fr', text: fr, origin: { kind: 'paste' } },
    ]);
    await until(() => openPair(store.getState().caseRecord) !== undefined && !store.getState().job);
    const target = openPair(store.getState().caseRecord)!.tgtDocId;
    await until(() => (store.getState().findings[target] ?? []).some((f) => f.rule === 'noise-paragraph'));
    const clean = async (dropNoise: boolean) => {
      const file = store.getState().caseRecord!;
      store.setState({ caseRecord: { ...file, settings: { ...file.settings, dropNoise } } });
      return (await store.getState().exportPair('txt', {}))!.text;
    };
    expect(await clean(true)).not.toContain('Partager sur Facebook');
    expect(await clean(false)).toContain('Partager sur Facebook');
  });

  it('words the review report’s findings with the interface’s messages when given', async () => {
    const store = makeTestStore();
    await store.getState().createCase('words');
    await store.getState().addDocuments([
      { name: 'en.txt', lang: 'en', text: 'The council met on Monday.', origin: { kind: 'paste' } },
      {
        name: 'fr.txt',
        lang: 'fr',
        text: 'Le conseil s’est réuni lundi  et mardi.',
        origin: { kind: 'paste' },
      },
    ]);
    await until(() => openPair(store.getState().caseRecord) !== undefined && !store.getState().job);
    const target = openPair(store.getState().caseRecord)!.tgtDocId;
    await until(() => (store.getState().findings[target]?.length ?? 0) > 0);
    const worded = (await store.getState().exportPair('html', {}, (f) => `Words for ${f.rule}`))!.text;
    expect(worded).toMatch(
      /<li class="[a-z]+" title="double-space"><mark[^>]*>Spacing<\/mark> Words for double-space:/,
    );
    const coded = (await store.getState().exportPair('html', {}))!.text;
    expect(coded).not.toContain('Words for');
    expect(coded).toMatch(/<mark[^>]*>Spacing<\/mark> double-space:/);
  });
});
