/**
 * spacing / glued-words: two words run together (`Palantirdirectement`), found by splitting an
 * unknown word into a known word or a name of the document and a known word (../glued-split.ts).
 * Needs the word list of the paragraph's language; does nothing without one.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule, WordLookup } from '../check-rule.ts';
import { docWords, knows, memoized, nameCounts } from '../doc-words.ts';
import { splitGlued } from '../glued-split.ts';
import { knownWords } from '../known-words.ts';
import { makeFinding } from '../make-finding.ts';
import { skipRanges } from '../text-ranges.ts';

/** Words glued together, with the space to insert. */
export const gluedWordsRule: CheckRule = {
  id: 'glued-words',
  category: 'spacing',
  codes: ['glued-words'],
  scope: 'document',
  run(ctx) {
    const words = docWords(ctx.doc, ctx.profile.lang);
    const counts = nameCounts(words);
    // Names: capitalized forms that are not just a known word at a sentence start (`En`, `In`).
    const lists = Object.values(ctx.words);
    // Decided on demand: only the left parts of candidate splits are ever asked about.
    const nameMemo = new Map<string, boolean>();
    const names = {
      has(name: string): boolean {
        let is = nameMemo.get(name);
        if (is === undefined) {
          const lower = name.toLowerCase();
          is = counts.has(name) && !lists.some((l) => knows(l, lower));
          nameMemo.set(name, is);
        }
        return is;
      },
    };
    const skip = skipRanges(ctx.doc.text);
    const findings: Finding[] = [];
    // Per-token flags, looked up once per distinct form and shared with the other rules.
    const known = (list: WordLookup) => knownWords(words, list);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const list = ctx.words[w.lang];
      if (!list || w.kind !== 'word' || w.text.length < 4) continue;
      // Most words are known: ask that first.
      if (known(list)[k] === 1) continue;
      if (w.text.includes('-')) continue;
      // A capitalized form the document repeats is a name or a term, not an accident of typing.
      const capitalized = w.text !== w.norm;
      if (capitalized && ((counts.get(w.text) ?? 0) > 1 || w.text === w.text.toUpperCase())) continue;
      // Known in any loaded language (`Enforcement` in a French text): not glued.
      if (lists.some((l) => known(l)[k] === 1)) continue;
      if (skip.overlaps(w.start, w.end)) continue;
      // The plural or possessive of a name of the document (`Woodhouses`) is not glued.
      const isPluralOfName = [/s$/u, /es$/u, /['’]s$/u].some((re) => {
        const stem = w.text.replace(re, '');
        return stem !== w.text && counts.has(stem);
      });
      if (capitalized && isPluralOfName) continue;
      const split = splitGlued(w.text, memoized(list), names, w.lang);
      if (!split) continue;
      findings.push(
        makeFinding(ctx, {
          rule: 'glued-words',
          category: 'spacing',
          severity: 'warning',
          start: w.start,
          end: w.end,
          expected: `${split.left} ${split.right}`,
          fix: [{ start: w.start + split.at, end: w.start + split.at, text: ' ' }],
          params: { left: split.left, right: split.right },
        }),
      );
    }
    return findings;
  },
};
