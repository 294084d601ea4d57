/**
 * The engine worker parses the en-fr files once and reads fr→en as their inverse (and the
 * reverse), instead of parsing the fr-en files too: that holds only while each shipped fr-en file
 * is its en-fr file read the other way (scripts/build-lexicons.ts writes them so, per licence
 * family). This guards it, file by file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invertLexicon, type Lexicon, parseLexicon } from '../../src/core/lexicon/lexicon.ts';

const DIR = new URL('../../data/lexicons/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

function pairs(lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const [src, targets] of lexicon.entries) for (const tgt of targets) out.add(`${src}\t${tgt}`);
  return out;
}

const enFrFiles = readdirSync(DIR).filter(
  (n) => /^en-fr(\.[a-z0-9-]+)?\.tsv$/.test(n) && !n.includes('supplement'),
);

describe('shipped lexicon directions', () => {
  it('has an fr-en file for each en-fr file, and no fr-en file without its en-fr one', () => {
    const frEnFiles = readdirSync(DIR).filter((n) => /^fr-en(\.[a-z0-9-]+)?\.tsv$/.test(n));
    expect(frEnFiles.map((n) => n.replace('fr-en', 'en-fr')).sort()).toEqual([...enFrFiles].sort());
    expect(enFrFiles).toContain('en-fr.tsv');
  });

  it.each(enFrFiles)('%s read French → English is its fr-en file', (name) => {
    const enFr = parseLexicon(read(name), 'en', 'fr');
    const frEn = parseLexicon(read(name.replace('en-fr', 'fr-en')), 'fr', 'en');
    expect(pairs(invertLexicon(enFr))).toEqual(pairs(frEn));
  });

  it('has the supplement in en-fr.tsv', () => {
    const all = pairs(parseLexicon(read('en-fr.tsv'), 'en', 'fr'));
    const missing = [...pairs(parseLexicon(read('en-fr.supplement.tsv'), 'en', 'fr'))].filter(
      (p) => !all.has(p),
    );
    expect(missing).toEqual([]);
  });
});
