/**
 * The engine worker parses en-fr.tsv once and reads fr→en as its inverse (and the reverse),
 * instead of parsing fr-en.tsv too: that holds only while the shipped files are the same pairs
 * read both ways (scripts/build-lexicons.ts writes them so). This guards it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invertLexicon, type Lexicon, parseLexicon } from '../../src/core/lexicon/lexicon.ts';

const read = (name: string) =>
  readFileSync(new URL(`../../data/lexicons/${name}.tsv`, import.meta.url), 'utf8');

function pairs(lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const [src, targets] of lexicon.entries) for (const tgt of targets) out.add(`${src}\t${tgt}`);
  return out;
}

describe('shipped lexicon directions', () => {
  it('fr-en.tsv is en-fr.tsv inverted, and the supplement is already in en-fr.tsv', () => {
    const enFr = parseLexicon(read('en-fr'), 'en', 'fr');
    const frEn = parseLexicon(read('fr-en'), 'fr', 'en');
    expect(pairs(invertLexicon(enFr))).toEqual(pairs(frEn));
    const all = pairs(enFr);
    const missing = [...pairs(parseLexicon(read('en-fr.supplement'), 'en', 'fr'))].filter((p) => !all.has(p));
    expect(missing).toEqual([]);
  });
});
