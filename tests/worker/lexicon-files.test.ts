/**
 * The worker's bundled lexicon files and the Node loader must make the same lexicon from the
 * same data/lexicons files: same file choice (main file, licence-family parts, no supplement)
 * and same merged pairs, renderings in the same order.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexiconFileNames, loadLexicon } from '../../src/cli/load-lexicons.ts';
import { hasLexiconFiles, lexiconFileNamesOf, loadLexiconFiles } from '../../src/worker/lexicon-files.ts';

const names = readdirSync(fileURLToPath(new URL('../../data/lexicons/', import.meta.url)));

describe('worker lexicon files', () => {
  it('chooses the files of a direction as the Node loader does, never the supplement', () => {
    for (const [src, tgt] of [
      ['en', 'fr'],
      ['fr', 'en'],
      ['de', 'fr'],
    ] as const) {
      const chosen = lexiconFileNamesOf(src, tgt);
      expect(chosen).toEqual(lexiconFileNames(names, src, tgt));
      expect(chosen[0]).toBe(`${src}-${tgt}.tsv`);
      expect(chosen.some((n) => n.includes('supplement'))).toBe(false);
    }
    expect(hasLexiconFiles('fr', 'de')).toBe(false);
  });

  it('merges the files into the lexicon the Node loader gives', async () => {
    const worker = await loadLexiconFiles('en', 'fr');
    const node = loadLexicon('en', 'fr');
    expect(worker?.entries.size).toBe(node?.entries.size);
    expect(worker?.entries.get('sale')).toEqual(node?.entries.get('sale'));
    let differ = 0;
    for (const [src, targets] of node?.entries ?? []) {
      if (worker?.entries.get(src)?.join('\n') !== targets.join('\n')) differ++;
    }
    expect(differ).toBe(0);
  });

  it('gives undefined for a direction with no file', async () => {
    expect(await loadLexiconFiles('fr', 'de')).toBeUndefined();
  });
});
