/**
 * Two words written without the space between them (`Palantirdirectement`): the split of an
 * unknown word into a known word or name and a known word, found with a word list. Among the
 * valid splits the most balanced one wins (the longest shorter half), since a short left or
 * right part (`re`, `dé`) is often a prefix rather than a word.
 */
import { ACCENTED_LETTERS } from '../lexicon/accented-letters.ts';
import { foldAccents } from '../lexicon/cognate-key.ts';
import type { WordLookup } from './check-rule.ts';

/** A split point: the word is `word.slice(0, at)` + ' ' + `word.slice(at)`. */
export interface GluedSplit {
  readonly at: number;
  readonly left: string;
  readonly right: string;
}

// Parts of a lower-case word may be short (`dela` → `de la`); a capitalized word is more
// likely a brand (`Salesforce`), so its parts must be a name of the document or long words.
const MIN_PART = 2;
// Two glued words are rarely longer than this (the longest words of the French and English
// lists have 27 and 45 letters); trying every split of a longer token costs O(length²)
// (a slice and a lookup per split point) and a 1 MB token without spaces would take hours.
const MAX_GLUED = 64;
const MIN_CAPITALIZED_RIGHT = 6;
// In a lower-case word, a part shorter than this must be a function word (`dela`, `estune`):
// a misspelt word (`troisème`, `entrainée`) often splits into a word and a scrap
// (`trois` + `ème`, `entrain` + `ée`), and such splits must not hide the misspelling.
const MIN_CONTENT_PART: Readonly<Record<string, number>> = { fr: 3, en: 4 };
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(
    (
      'de la le les des du un une et est en dans par pour sur au aux à ce cet cette ces se sa son ses il elle ils ' +
      'elles ne ni pas plus que qui qu on je tu nous vous leur leurs lui ont eu été être avec sans mais ou où donc ' +
      'car très tout tous si y a va'
    ).split(' '),
  ),
  en: new Set(
    'the of and to in an is are was were on for with at by from as that this it be not or but his her their its'.split(
      ' ',
    ),
  ),
};

// Prefixes French and English write glued to a word (`eurosceptiques`, `surpoids`,
// `counterattack`): a compound the word list lacks, not two words, unless the second part is a
// function word (`surla` → `sur la`).
const PREFIXES: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(
    (
      'anti archi auto bio contre cyber euro extra hyper inter macro maxi micro mini mono multi néo ' +
      'para poly post pré pro pseudo quasi semi sous super sur télé trans ultra vidéo'
    ).split(' '),
  ),
  en: new Set(
    'anti auto counter cyber euro extra hyper inter macro micro mini multi non over post pre pro semi sub super trans ultra under'.split(
      ' ',
    ),
  ),
};
// Suffixes that are also words: a known adjective and `ment` is an adverb (`optiquement`).
const SUFFIX_WORDS: Readonly<Record<string, ReadonlySet<string>>> = { fr: new Set(['ment']) };

/**
 * Split `word` (unknown to `words`) into two known parts, or undefined. `names` holds proper
 * names seen elsewhere in the document (case-sensitive), accepted as the left part.
 */
export function splitGlued(
  word: string,
  words: WordLookup,
  names?: { has(name: string): boolean },
  lang = 'fr',
): GluedSplit | undefined {
  const minContent = MIN_CONTENT_PART[lang] ?? 4;
  const functionWords = FUNCTION_WORDS[lang] ?? new Set<string>();
  if (word.length < 2 * MIN_PART || word.length > MAX_GLUED) return undefined;
  const capitalized = word[0] !== word[0]!.toLowerCase();
  // The plural of a known word the list lacks (`limonades`, not `limona des`).
  if (/[sx]$/.test(word) && words.has(word.slice(0, -1))) return undefined;
  const prefixes = PREFIXES[lang] ?? new Set<string>();
  const suffixes = SUFFIX_WORDS[lang] ?? new Set<string>();
  let best: GluedSplit | undefined;
  let bestScore = 0;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    // The right part starts a new word in lower case (a capital there is CamelCase: a brand).
    if (right[0] !== right[0]!.toLowerCase()) continue;
    const name = names?.has(left) === true;
    if (capitalized && !name && (right.length < MIN_CAPITALIZED_RIGHT || left.length < 3)) continue;
    // Capitalized and not a name of the document: only a function word glued to the next
    // (`Lesdéputés`); two content words capitalized are a name (`Forrester`, `Landsberger`).
    if (capitalized && !name && !functionWords.has(left.toLowerCase())) continue;
    if (!(name || words.has(left))) continue;
    if (!words.has(right)) continue;
    // The right part is a word, not a scrap, after a name too (`Friedenauer` ≠ `Friedenau er`).
    if (right.length < minContent && !functionWords.has(right)) continue;
    if (!capitalized && left.length < minContent && !functionWords.has(left)) continue;
    if (!functionWords.has(right) && (prefixes.has(left.toLowerCase()) || suffixes.has(right))) continue;
    const score = Math.min(left.length, right.length) + (name ? 2 : 0);
    if (score > bestScore) {
      best = { at, left, right };
      bestScore = score;
    }
  }
  if (
    best &&
    !(functionWords.has(best.left) && functionWords.has(best.right)) &&
    misspelt(word, best.at, words)
  ) {
    return undefined;
  }
  return best;
}

/** Letters a misspelling may lack (`troisème` for `troisième`). */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';

/**
 * Whether a known word is `word` with one accent changed or one more letter where the split
 * falls (`desaccord` → `désaccord`, `troisème` → `troisième`): a misspelling, which splits
 * into a word and a word or scrap by chance (`des accord`, `trois ème`); the split would hide
 * it, and the clean export would apply it. Two function words glued (`dela`, beside `delà`) are
 * still two words; a letter missing elsewhere (`ondit` ~ `bondit`) says nothing about the split.
 * Direct lookups (a few hundred), not the list's suggestions: for a long word with no neighbour
 * one edit away those search two edits, and made the rule (and the spelling rule, which asks it)
 * 15 times slower on the check-doc benchmark's glued words.
 */
function misspelt(word: string, at: number, words: WordLookup): boolean {
  const lower = word.toLowerCase();
  for (let i = Math.max(0, at - 2); i < Math.min(lower.length, at + 2); i++) {
    const base = foldAccents(lower[i]!);
    for (const v of base + (ACCENTED_LETTERS[base] ?? ''))
      if (v !== lower[i] && words.has(lower.slice(0, i) + v + lower.slice(i + 1))) return true;
  }
  for (let i = Math.max(1, at - 1); i <= Math.min(lower.length - 1, at + 1); i++)
    for (const c of LETTERS) if (words.has(lower.slice(0, i) + c + lower.slice(i))) return true;
  return false;
}
