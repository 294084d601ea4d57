/**
 * One passage, one finding: an English sentence left in the French was reported twice, as a
 * copy of its source by the pair rules (untranslated-copy) and as a sentence in the source
 * language by the one-document rules (untranslated-sentence), which the workbench runs apart.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as check } from '../../src/cli/check-command.ts';
import { openPair } from '../../src/state/case-record.ts';
import { captureCommand } from '../cli/capture-command.ts';
import { makeTestStore, until } from './lib/in-process-store.ts';

const english =
  'The council met on Monday to discuss the new budget.\n\nThe city will also hire new teachers for all of its schools next year.\n\nThe mayor said the city would spend 12 million euros on its schools.';
const french =
  "Le conseil s'est réuni lundi pour discuter du nouveau budget.\n\nThe city will also hire new teachers for all of its schools next year.\n\nLe maire a dit que la ville dépenserait 15 millions d'euros pour ses écoles.";
const LEFT = 'The city will also hire new teachers for all of its schools next year.';

describe('an English sentence left in the French', () => {
  const dir = mkdtempSync(join(tmpdir(), 'one-finding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has one untranslated finding in the command line', async () => {
    writeFileSync(join(dir, 'en.txt'), english);
    writeFileSync(join(dir, 'fr.txt'), french);
    const { out } = await captureCommand(check, join(dir, 'fr.txt'), '--source', join(dir, 'en.txt'));
    const found = (JSON.parse(out) as { category: string; excerpt: string }[]).filter(
      (f) => f.category === 'untranslated',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.excerpt).toContain(LEFT);
  }, 60_000);

  it('has one untranslated finding in the workbench, whose store checks the document and the pair apart', async () => {
    const store = makeTestStore();
    await store.getState().createCase('Left in English');
    await store.getState().addDocuments([
      { name: 'en.txt', lang: 'en', text: english, origin: { kind: 'paste' } },
      { name: 'fr.txt', lang: 'fr', text: french, origin: { kind: 'paste' } },
    ]);
    const frId = store.getState().caseRecord?.documents.find((d) => d.lang === 'fr')?.id ?? '';
    // The pair's checks are back once the changed number (15 for 12) is reported.
    await until(
      () =>
        openPair(store.getState().caseRecord) !== undefined &&
        store.getState().findings[frId] !== undefined &&
        store.getState().pairFindings.some((f) => f.rule === 'number-mismatch'),
      60_000,
    );
    const shown = [...(store.getState().findings[frId] ?? []), ...store.getState().pairFindings].filter(
      (f) => f.docId === frId && f.category === 'untranslated',
    );
    expect(shown.map((f) => f.actual)).toEqual([LEFT]);
  }, 90_000);
});
