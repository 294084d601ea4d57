/**
 * spelling: words unknown to the word list of their paragraph's language, with suggestions.
 * Left out: words with a capital (names, acronyms, sentence starts are checked by casing),
 * numbers and words next to digits (`1er`, `15h`), URLs, addresses, handles, the `œ` remnants
 * (encoding), words the glued-words rule splits, words known in the source language (the
 * untranslated rule's) and French words in the 1990 rectified spelling (`apparait`).
 * Suggestions come from the list's bounded edit-distance search.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule, WordLookup } from '../check-rule.ts';
import { docWords, knows, memoized } from '../doc-words.ts';
import { looksLikeSource } from '../foreign-words.ts';
import { splitGlued } from '../glued-split.ts';
import { knownWords } from '../known-words.ts';
import { makeFinding } from '../make-finding.ts';
import { skipRanges } from '../text-ranges.ts';

// Suggestions cost a trie search each (about a millisecond): a budget keeps a huge input fast;
// beyond it, findings carry no suggestion and the UI asks the word list on demand.
const SUGGEST_BUDGET_MS = 150;
// No listed word is longer than 45 letters, so a longer token has no suggestion within two
// edits; and the trie search carries a row as long as the token per node (a 1 MB token: hours).
const MAX_SUGGESTED_LENGTH = 48;

/**
 * True when `word` is a known French word with the circumflex of one i or u dropped, as the 1990
 * rectifications allow (`apparait`, `reconnait`, `flute`, `cout`; Conseil supérieur de la langue
 * française, Journal officiel, 6 December 1990).
 */
function rectified(word: string, list: WordLookup): boolean {
  // A word at most as long as the longest listed one (a 1 MB token would cost a 1 MB string a letter).
  if (word.length > MAX_SUGGESTED_LENGTH) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c !== 'i' && c !== 'u') continue;
    if (knows(list, `${word.slice(0, i)}${c === 'i' ? 'î' : 'û'}${word.slice(i + 1)}`)) return true;
  }
  return false;
}

/** Unknown words, with up to three suggestions. */
export const spellingRule: CheckRule = {
  id: 'spelling',
  category: 'spelling',
  codes: ['unknown-word'],
  scope: 'document',
  run(ctx) {
    const text = ctx.doc.text;
    const words = docWords(ctx.doc, ctx.profile.lang);
    const skip = skipRanges(text);
    const cache = new Map<string, string[] | null>();
    const findings: Finding[] = [];
    let spent = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const list = ctx.words[w.lang];
      if (!list || w.kind !== 'word' || w.text.length < 3) continue;
      if (w.text !== w.norm) continue; // any capital: a name, an acronym, or casing's matter
      if (knownWords(words, list)[k] === 1) continue;
      if (/[\p{N}_]/u.test(text[w.start - 1] ?? '') || /[\p{N}_]/u.test(text[w.end] ?? '')) continue;
      if (w.text[0] === 'œ' || skip.overlaps(w.start, w.end)) continue;
      let result = cache.get(w.text);
      if (result === undefined) {
        result = null;
        {
          // The other language of the word's: the source's, unless the word's passage was taken
          // for it (an English headline of an English document read as French: then English).
          const sourceLang =
            ctx.sourceLang !== undefined && ctx.sourceLang !== w.lang
              ? ctx.sourceLang
              : w.lang !== ctx.doc.lang && ctx.doc.lang !== 'und'
                ? ctx.doc.lang
                : w.lang === 'fr'
                  ? 'en'
                  : 'fr';
          const other = ctx.words[sourceLang];
          const known =
            (w.lang === 'fr' && rectified(w.text, list)) ||
            (other && knows(other, w.text)) ||
            splitGlued(w.text, memoized(list), undefined, w.lang) !== undefined ||
            // Garbled source-language words are the untranslated rule's (foreign-words.ts).
            (other !== undefined && looksLikeSource(w.text, w.lang, sourceLang, list));
          if (!known) {
            const t0 = performance.now();
            result =
              spent < SUGGEST_BUDGET_MS && list.suggest && w.text.length <= MAX_SUGGESTED_LENGTH
                ? list.suggest(w.text, 3)
                : [];
            spent += performance.now() - t0;
          }
        }
        cache.set(w.text, result);
      }
      if (result === null) continue;
      findings.push(
        makeFinding(ctx, {
          rule: 'unknown-word',
          category: 'spelling',
          severity: 'warning',
          start: w.start,
          end: w.end,
          ...(result[0] !== undefined ? { expected: result[0] } : {}),
          params: { word: w.text, lang: w.lang, suggestions: result.join('|') },
        }),
      );
    }
    return findings;
  },
};
