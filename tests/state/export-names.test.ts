/**
 * The names exported files are saved under: the case file after the case's name, letters and
 * digits with one hyphen between runs and none at the ends.
 */
// First: Dexie (imported through the store's slices) looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeTestStore } from './lib/in-process-store.ts';

async function caseFileName(name: string): Promise<string | undefined> {
  const store = makeTestStore({ checks: false });
  await store.getState().init();
  await store.getState().createCase(name);
  return (await store.getState().exportCase())?.name;
}

describe('exported file names', () => {
  it('names the case file after the case, without a hyphen at either end', async () => {
    expect(await caseFileName('Amazon, Rekognition and Palantir (sample)')).toBe(
      'Amazon-Rekognition-and-Palantir-sample.json',
    );
    expect(await caseFileName('« Dossier » n° 2')).toBe('Dossier-n-2.json');
    expect(await caseFileName('(((')).toBe('case.json');
  });
});
