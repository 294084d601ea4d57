/**
 * casing: odd capitals inside a word (`JEff`, `AMazon`, `recOgnition`) and a name the document
 * writes with a capital elsewhere but in lower case here (`partenaire amazon`).
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { docWords, nameCounts } from '../doc-words.ts';
import { makeFinding } from '../make-finding.ts';
import { skipRanges } from '../text-ranges.ts';

// Two capitals then lower case (JEff), not a plural acronym (CEOs, URLs).
const TWO_CAPS = /^\p{Lu}{2}\p{Ll}{2,}$/u;
// A capital stranded inside a lower-case word (recOgnition), not camelCase brands (iPhone, eBay).
const INNER_CAP = /^\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;

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
    for (const w of words) {
      if (w.kind !== 'word' || skip.overlaps(w.start, w.end)) continue;
      const list = ctx.words[w.lang];
      let rule: string | undefined;
      let expected = '';
      if (TWO_CAPS.test(w.text) || INNER_CAP.test(w.text)) {
        expected = TWO_CAPS.test(w.text) ? capitalize(w.text) : w.text.toLowerCase();
        // Mixed-case names the document repeats (BuzzFeed-like) are deliberate.
        if ((counts.get(w.text) ?? 0) > 1) continue;
        if (INNER_CAP.test(w.text) && list && !list.has(expected)) continue;
        rule = 'odd-capitals';
      } else if (list && w.text === w.norm && w.text.length > 2) {
        const cap = capitalize(w.text);
        if ((counts.get(cap) ?? 0) >= 2 && !list.has(w.text)) {
          rule = 'lowercase-name';
          expected = cap;
        }
      }
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
