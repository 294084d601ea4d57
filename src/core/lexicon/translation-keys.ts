/**
 * Lexical evidence across languages: for each source token, the cognate keys of its possible
 * renderings, from a bilingual lexicon and from word pairs learned during alignment. A source
 * token then "meets" a target token when one of these keys equals the target's cognate key.
 */
import { cognateKey, foldAccents } from './cognate-key.ts';
import type { Lexicon } from './lexicon.ts';

/** Folded source word → cognate keys of its renderings. */
export type KeyedLexicon = ReadonlyMap<string, readonly string[]>;

const cache = new WeakMap<Lexicon, KeyedLexicon>();

/** A rendering without a space or hyphen: one word, no split needed. */
const ONE_WORD = /^[^\s-]+$/;

/** Re-key a lexicon by folded source words and target cognate keys (cached per lexicon). */
export function keyLexicon(lexicon: Lexicon): KeyedLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const keyed = new Map<string, string[]>();
  // A target word recurs under many sources (`faire` renders dozens): keyed once.
  const keyOf = new Map<string, string>();
  const keyOfWord = (word: string) => {
    let key = keyOf.get(word);
    if (key === undefined) {
      key = cognateKey(word);
      keyOf.set(word, key);
    }
    return key;
  };
  for (const [src, targets] of lexicon.entries) {
    if (src.includes(' ')) continue;
    const folded = foldAccents(src);
    const keys = keyed.get(folded) ?? [];
    for (const target of targets) {
      const words = ONE_WORD.test(target) ? [target] : target.split(/[\s-]+/).filter((w) => w.length > 0);
      // Long glosses ("a kind of small boat") are explanations, not renderings.
      if (words.length > 2) continue;
      for (const word of words) {
        const key = keyOfWord(word);
        if (!keys.includes(key)) keys.push(key);
      }
    }
    if (keys.length > 0) keyed.set(folded, keys);
  }
  cache.set(lexicon, keyed);
  return keyed;
}

// Inflection fallback: plural and feminine endings of French, English and German.
const SUFFIXES = ['s', 'es', 'x', 'e', 'en', 'n'];

/** Renderings' keys of a folded word, trying a few inflectional endings when absent. */
export function lookUpKeys(keyed: KeyedLexicon, folded: string): readonly string[] | undefined {
  const direct = keyed.get(folded);
  if (direct) return direct;
  for (const suffix of SUFFIXES) {
    if (folded.length > suffix.length + 2 && folded.endsWith(suffix)) {
      const found = keyed.get(folded.slice(0, -suffix.length));
      if (found) return found;
    }
  }
  return undefined;
}
