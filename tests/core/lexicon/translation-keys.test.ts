/**
 * The keyed lexicon computed on demand answers exactly as keying every entry up front does
 * (the plain algorithm is written out here as the reference), on the shipped English–French
 * lexicon read both ways and on entries that fold together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconFileNames } from '../../../src/cli/load-lexicons.ts';
import { cognateKey, foldAccents } from '../../../src/core/lexicon/cognate-key.ts';
import { invertLexicon, type Lexicon, parseLexiconTexts } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon, lookUpKeys } from '../../../src/core/lexicon/translation-keys.ts';

/** Every entry keyed in order: folded source → cognate keys of its one- or two-word renderings. */
function keyEveryEntry(lexicon: Lexicon): Map<string, string[]> {
  const keyed = new Map<string, string[]>();
  for (const [src, targets] of lexicon.entries) {
    if (src.includes(' ')) continue;
    const folded = foldAccents(src);
    const keys = keyed.get(folded) ?? [];
    for (const target of targets) {
      const words = target.split(/[\s-]+/).filter((w) => w.length > 0);
      if (words.length > 2) continue;
      for (const word of words) {
        const key = cognateKey(word);
        if (!keys.includes(key)) keys.push(key);
      }
    }
    if (keys.length > 0) keyed.set(folded, keys);
  }
  return keyed;
}

const DIR = 'data/lexicons';
const texts = lexiconFileNames(readdirSync(DIR), 'en', 'fr').map((n) => readFileSync(`${DIR}/${n}`, 'utf8'));

describe('keyLexicon', () => {
  it('answers every folded word of the shipped lexicon, both ways, as keying every entry does', () => {
    const enFr = parseLexiconTexts(texts, 'en', 'fr');
    for (const lexicon of [enFr, invertLexicon(enFr)]) {
      const reference = keyEveryEntry(lexicon);
      const keyed = keyLexicon(lexicon);
      const answers = new Map([...reference.keys()].map((word) => [word, keyed.get(word)]));
      expect(answers).toEqual(reference);
      // Words that are not keys: unknown ones, unfolded spellings, phrases.
      for (const word of ['zzzz', 'xylophoneux', 'été', 'État', 'pomme de terre', 'prendre part'])
        expect(keyed.get(word), word).toEqual(reference.get(word));
      expect(keyed.size).toBe(reference.size);
      expect(new Set(keyed.keys())).toEqual(new Set(reference.keys()));
    }
  });

  it('gathers the renderings of spellings that fold together, in the lexicon order', () => {
    const lexicon: Lexicon = {
      srcLang: 'fr',
      tgtLang: 'en',
      entries: new Map([
        ['cote', ['rating']],
        ['côte', ['coast', 'rib']],
        ['coté', ['rated']],
        ['côté', ['side']],
        ['a propos', ['about']],
        ['ı', ['dotless']],
      ]),
    };
    const keyed = keyLexicon(lexicon);
    expect(keyed.get('cote')).toEqual(keyEveryEntry(lexicon).get('cote'));
    expect(keyed.get('cote')).toEqual(['rati', 'coas', 'rib', 'rate', 'side']);
    expect(keyed.get('côte')).toBeUndefined();
    expect(keyed.get('a propos')).toBeUndefined();
    expect(keyed.get('ı')).toEqual(['dotl']);
    // The inflection fallback goes through the same lookups.
    expect(lookUpKeys(keyed, 'cotes')).toEqual(keyed.get('cote'));
  });
});
