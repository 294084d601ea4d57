/**
 * A word unknown to both word lists that looks like the source language: garbled or misspelt
 * English left in a French text (`supperititios` for superstitious, `recognnition`) is an
 * untranslated word, not a French spelling mistake. Two signs: the character-trigram language
 * models (word-language.ts) find it English, on lower-case words of six letters or more (shorter
 * words carry too few trigrams to judge); and the French list has no word one edit away from it,
 * as it has for nearly every misspelt French word (`troisème` → troisième).
 */
import type { WordLookup } from './check-rule.ts';
import { editDistance } from './pair/name-similarity.ts';
import { englishScore } from './word-language.ts';

/** Mean trigram log odds above which a word looks English (tests/bench/check-word-language.bench.ts). */
export const ENGLISH_LOOKING = 0.5;
/** Mean English log P(c | ab) above which the word is ordinary English spelling, not Czech or Polish. */
export const ENGLISH_LIKELY = -2.3;
const MIN_LETTERS = 6;

/**
 * True when `word` (lower case, unknown to both lists) looks like `sourceLang` inside a `lang`
 * text; `target` is the text's word list (its suggestions tell a misspelt target word).
 */
export function looksLikeSource(
  word: string,
  lang: string,
  sourceLang: string,
  target?: WordLookup,
): boolean {
  if (lang !== 'fr' || sourceLang !== 'en') return false;
  if (word.length < MIN_LETTERS || !/^\p{Ll}+$/u.test(word)) return false;
  const score = englishScore(word);
  if (score.odds <= ENGLISH_LOOKING || score.english <= ENGLISH_LIKELY) return false;
  // Asked last: a trie search costs about a millisecond, the trigram score a microsecond.
  return !(target?.suggest?.(word, 5).some((s) => editDistance(s.toLowerCase(), word, 1) <= 1) ?? false);
}
