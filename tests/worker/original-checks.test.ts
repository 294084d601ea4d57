/**
 * The engine worker's one-document check of an English original: the untranslated rule looks
 * for French left in it with both word lists, as the command line does, not with the trigram
 * model alone (which took plain English sentences for French).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { setTextSource } from '../../src/worker/fetch-text.ts';

setTextSource(async (url) => readFile(resolve(process.cwd(), `.${url}`), 'utf8'));

const context = { signal: new AbortController().signal, onProgress: () => {}, collect: () => {} };

describe('checks of an English original in the worker', () => {
  it('reports no English sentence of the original as left untranslated', async () => {
    const { handlers } = await import('../../src/worker/engine.worker.ts');
    const doc = segmentDocument(
      'The proposal was supported by 147 members of parliament. Its ratification would require 226 votes.',
      { id: 'en1', name: 'original.txt', lang: 'en' },
    );
    const findings = await handlers.check({ doc }, context);
    expect(findings.filter((f) => f.category === 'untranslated')).toEqual([]);
  });

  it('still finds a French sentence left in the English original', async () => {
    const { handlers } = await import('../../src/worker/engine.worker.ts');
    const doc = segmentDocument(
      'The minister spoke on Tuesday. Le gouvernement a annoncé mardi un nouveau plan pour les écoles du pays.',
      { id: 'en2', name: 'original.txt', lang: 'en' },
    );
    const findings = await handlers.check({ doc }, context);
    expect(findings.filter((f) => f.rule === 'untranslated-sentence').map((f) => f.actual)).toEqual([
      'Le gouvernement a annoncé mardi un nouveau plan pour les écoles du pays.',
    ]);
  });
});
