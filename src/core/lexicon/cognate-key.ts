/**
 * Cognate keys. Two words are taken as cognates when their accent-folded, lower-cased forms
 * share their first four letters (Simard, Foster & Isabelle 1992: "4-gram" cognates), or are
 * identical when shorter. Numbers are keyed by their digits alone, so `2,000` meets `2 000`.
 */

/** Any code unit outside ASCII (only those can carry a diacritic or a ligature). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-case `word` and strip its diacritics (`Élysée` → `elysee`, `œuvre` → `oeuvre`). */
export function foldAccents(word: string): string {
  const lower = word.toLowerCase();
  // Most words of an English or French text are plain ASCII, for which NFD and the three
  // replacements change nothing; skipping them makes folding a lexicon's 60k words about 10×
  // faster, the bulk of the work of keying it before an alignment (first start of the workbench).
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Length of the prefix two words must share to count as cognates (Simard et al. 1992). */
export const COGNATE_PREFIX = 4;

/** The cognate key of a word (`#` + digits for numbers). */
export function cognateKey(word: string, kind: 'word' | 'number' = 'word'): string {
  if (kind === 'number') return `#${word.replace(/\D+/g, '')}`;
  return cognateKeyOfFolded(foldAccents(word));
}

/** The cognate key of a word already folded by `foldAccents`. */
export function cognateKeyOfFolded(folded: string): string {
  return folded.length > COGNATE_PREFIX ? folded.slice(0, COGNATE_PREFIX) : folded;
}
