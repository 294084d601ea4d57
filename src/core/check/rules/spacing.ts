/**
 * spacing: doubled spaces between words, a missing space after sentence punctuation
 * (`how.Our`) or a comma (`mot,mot`), a space before a full stop or a comma that ends a word
 * (`le ministre .`, `mot , mot`: wrong in French and English alike), and a no-break space
 * standing where a plain word space belongs (`de\u00a0la`). Spaces before high punctuation are
 * the typography rule's.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';
import { skipRanges } from '../text-ranges.ts';

// Each pattern starts with a literal class, so the engine skips ahead instead of testing a
// lookbehind at every position of a megabyte of text.
const DOUBLE = /[ \u00a0\u202f\u2009]{2,}(?=[^\s\u00a0\u202f;:!?»])/gu;
const MISSING_AFTER = /[.!?,;](?<=\p{Ll}{2}.)(?=\p{Lu}\p{Ll}|(?<=[,;])\p{Ll}{2})/gu;
// A space run, then `.` or `,` before a space or the end (an ellipsis, `.com` or `,5` is not).
const BEFORE_MARK = /[ \u00a0\u202f\u2009]+[.,](?=\s|$)/gu;
const NBSP_WORD = /[\u00a0\u202f](?<=\p{Ll}{2}.)(?=\p{Ll}{2})/gu;

/** Doubled spaces, missing spaces after punctuation, no-break spaces between words. */
export const spacingRule: CheckRule = {
  id: 'spacing',
  category: 'spacing',
  codes: ['double-space', 'missing-space-after', 'space-before-mark', 'nbsp-word-space'],
  scope: 'document',
  run(ctx) {
    const text = ctx.doc.text;
    const findings: Finding[] = [];
    const skip = skipRanges(text);
    for (const m of text.matchAll(DOUBLE)) {
      const prev = text[m.index - 1];
      if (prev === undefined || /\s/.test(prev)) continue; // indentation
      if (prev === '«' || prev === 'Ã') continue; // typography's and encoding's
      // Spaces before `.` or `,` go whole (space-before-mark below); before a French `%`, the
      // typography rule sets the space (its `doubled-space`).
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^[.,](?:\s|$)/.test(after)) continue;
      if (after.startsWith('%') && ctx.profile.lang === 'fr' && /\p{N}/u.test(prev)) continue;
      // Keep a no-break space if the run holds one (it was probably meant).
      const keep = /[\u00a0\u202f]/.exec(m[0])?.[0] ?? ' ';
      findings.push(
        makeFinding(ctx, {
          rule: 'double-space',
          category: 'spacing',
          severity: 'warning',
          start: m.index,
          end: m.index + m[0].length,
          expected: keep,
          fix: [{ start: m.index, end: m.index + m[0].length, text: keep }],
          params: { length: m[0].length },
        }),
      );
    }
    for (const m of text.matchAll(MISSING_AFTER)) {
      const at = m.index + 1;
      if (skip.overlaps(m.index - 2, at + 2)) continue;
      findings.push(
        makeFinding(ctx, {
          rule: 'missing-space-after',
          category: 'spacing',
          severity: 'warning',
          start: m.index,
          end: at,
          expected: `${m[0]} `,
          fix: [{ start: at, end: at, text: ' ' }],
          params: { mark: m[0] },
        }),
      );
    }
    for (const m of text.matchAll(BEFORE_MARK)) {
      const prev = text[m.index - 1];
      // After a line start (indentation), an opening bracket or quote, or another mark: not a word's end.
      if (prev === undefined || /[\s([{«“‘„.,;:!?…-]/u.test(prev)) continue;
      const end = m.index + m[0].length;
      if (skip.overlaps(m.index - 1, end)) continue;
      // A spaced ellipsis (`paused . . . then`) is written so on purpose.
      if (/^[ \u00a0\u202f\u2009]\.(?:\s|$)/.test(text.slice(end, end + 3))) continue;
      const mark = text[end - 1]!;
      findings.push(
        makeFinding(ctx, {
          rule: 'space-before-mark',
          category: 'spacing',
          severity: 'warning',
          start: m.index,
          end,
          expected: mark,
          fix: [{ start: m.index, end: end - 1, text: '' }],
          params: { mark },
        }),
      );
    }
    for (const m of text.matchAll(NBSP_WORD)) {
      findings.push(
        makeFinding(ctx, {
          rule: 'nbsp-word-space',
          category: 'spacing',
          severity: 'info',
          start: m.index,
          end: m.index + 1,
          expected: ' ',
          fix: [{ start: m.index, end: m.index + 1, text: ' ' }],
          params: { char: m[0] === '\u00a0' ? 'U+00A0' : 'U+202F' },
        }),
      );
    }
    return findings;
  },
};
