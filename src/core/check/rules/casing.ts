/**
 * casing: odd capitals inside a word (`JEff`, `AMazon`, `recOgnition`) and a name the document
 * writes with a capital elsewhere but in lower case here (`partenaire amazon`).
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule, WordLookup } from '../check-rule.ts';
import { docWords, knows, nameCounts } from '../doc-words.ts';
import { knownWords } from '../known-words.ts';
import { makeFinding } from '../make-finding.ts';
import { skipRanges } from '../text-ranges.ts';

// Two capitals then lower case (JEff), not a plural acronym (CEOs, URLs).
const TWO_CAPS = /^\p{Lu}{2}\p{Ll}{2,}$/u;
// A mistyped word has a vowel; letters without one are an acronym with a tail (PCjr, MBps).
const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿæœ]/iu;
// A capital stranded inside a lower-case word (recOgnition), not camelCase brands (iPhone, eBay).
const INNER_CAP = /^\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;

// Whether the word has a capital after its first letter (no substring allocated).
function hasInnerCapital(text: string, norm: string): boolean {
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) !== norm.charCodeAt(i)) return true;
  return false;
}

const capitalize = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();

/** Odd capitals and names written in lower case. */
export const casingRule: CheckRule = {
  id: 'casing',
  category: 'casing',
  codes: ['odd-capitals', 'lowercase-name'],
  scope: 'document',
  run(ctx) {
    const words = docWords(ctx.doc, ctx.profile.lang);
    const counts = nameCounts(words);
    const skip = skipRanges(ctx.doc.text);
    const findings: Finding[] = [];
    const lists = Object.values(ctx.words);
    // Lower-case forms of the names written with a capital at least twice.
    const names = new Map<string, string>();
    for (const [name, n] of counts) {
      if (n >= 2 && name.length > 2 && name.slice(1) === name.slice(1).toLowerCase())
        names.set(name.toLowerCase(), name);
    }
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (w.kind !== 'word') continue;
      let rule: string | undefined;
      let expected = '';
      if (w.text !== w.norm && hasInnerCapital(w.text, w.norm)) {
        // A capital after the first letter.
        const two = TWO_CAPS.test(w.text) && VOWEL.test(w.text);
        if (!two && !INNER_CAP.test(w.text)) continue;
        expected = two ? capitalize(w.text) : w.text.toLowerCase();
        // Mixed-case names the document repeats (BuzzFeed-like) are deliberate.
        if ((counts.get(w.text) ?? 0) > 1) continue;
        const list = ctx.words[w.lang];
        if (!two && list && !knows(list, expected)) continue;
        rule = 'odd-capitals';
      } else if (w.text === w.norm) {
        // Known words first: a flag per token, cheaper than the names lookup they mostly skip.
        const list = ctx.words[w.lang];
        if (!list || knownWords(words, list)[k] === 1 || !names.has(w.norm)) continue;
        // A word of another loaded language beside another word of that language alone (`the`
        // of an English title quoted in a French text, where `The` starts other titles) is not
        // a name; `partenaire amazon` is.
        const own = knownWords(words, list);
        const foreign = (l: WordLookup, j: number) =>
          words[j]?.kind === 'word' && knownWords(words, l)[j] === 1 && own[j] !== 1;
        if (
          lists.some(
            (l) => l !== list && knownWords(words, l)[k] === 1 && (foreign(l, k - 1) || foreign(l, k + 1)),
          )
        )
          continue;
        rule = 'lowercase-name';
        expected = names.get(w.norm)!;
      }
      if (rule && skip.overlaps(w.start, w.end)) continue;
      if (!rule) continue;
      findings.push(
        makeFinding(ctx, {
          rule,
          category: 'casing',
          severity: 'warning',
          start: w.start,
          end: w.end,
          expected,
          fix: [{ start: w.start, end: w.end, text: expected }],
          params: { word: w.text },
        }),
      );
    }
    return findings;
  },
};
