/**
 * encoding: mojibake (UTF-8 read as Windows-1252 or Latin-1, repaired as ftfy does, see
 * ../mojibake.ts), the `œ` left where a curly quote's bytes were lost (../quote-remnants.ts),
 * U+FFFD replacement characters (bytes lost for good), and byte-order marks (U+FEFF) inside the
 * text, left where files were joined (`cat a.txt b.txt`): invisible, they split words.
 */
import type { TextEdit } from '../../model/document.ts';
import type { Finding } from '../../model/finding.ts';
import type { CheckContext, CheckRule } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';
import { findMojibake } from '../mojibake.ts';
import { findQuoteRemnants, type QuoteRemnant } from '../quote-remnants.ts';

const SPACE = /[ \u00a0\u202f\u2009]/;

// The repair of one remnant: drop it (keeping the opener's inner space) or restore the “.
function remnantFix(ctx: CheckContext, r: QuoteRemnant): { edits: TextEdit[]; expected: string } {
  const text = ctx.doc.text;
  let after = r.index + 1;
  while (after < text.length && SPACE.test(text[after]!)) after++;
  if (r.role === 'after-opener') {
    const opener = r.opener!;
    const existing = text.slice(opener + 1, r.index);
    const space =
      text[opener] !== '«'
        ? ''
        : existing.length === 1 && ctx.profile.accepted.includes(existing)
          ? existing
          : ctx.profile.insideGuillemets === 'none'
            ? ''
            : ctx.profile.preferred.guillemet;
    return { edits: [{ start: opener + 1, end: after, text: space }], expected: '' };
  }
  if (r.role === 'standalone') {
    const end = after > r.index + 1 ? r.index + 2 : r.index + 1;
    const start =
      end === r.index + 1 && r.index > 0 && SPACE.test(text[r.index - 1]!) ? r.index - 1 : r.index;
    return { edits: [{ start, end, text: '' }], expected: '' };
  }
  return { edits: [{ start: r.index, end: r.index + 1, text: '“' }], expected: '“' };
}

/** Zero-width space, soft hyphen, word joiner, left-to-right and right-to-left marks. */
const INVISIBLE = /[\u200b\u00ad\u2060\u200e\u200f]+/gu;

/** Mojibake, lost-quote remnants and replacement characters. */
export const encodingRule: CheckRule = {
  id: 'encoding',
  category: 'encoding',
  codes: ['mojibake', 'lost-quote-mark', 'replacement-character', 'stray-bom', 'invisible-char'],
  scope: 'document',
  run(ctx) {
    const text = ctx.doc.text;
    const findings: Finding[] = [];
    const repairs = findMojibake(text);
    for (const r of repairs) {
      findings.push(
        makeFinding(ctx, {
          rule: 'mojibake',
          category: 'encoding',
          severity: 'error',
          start: r.start,
          end: r.end,
          expected: r.replacement,
          fix: [{ start: r.start, end: r.end, text: r.replacement }],
          params: { encoding: r.encoding, rounds: r.rounds, guessed: r.guessed },
        }),
      );
    }
    const inRepair = (i: number): boolean => repairs.some((r) => r.start <= i && i < r.end);
    const fr = ctx.words.fr;
    const isWord = fr ? (w: string) => fr.has(w) : undefined;
    for (const r of findQuoteRemnants(text, isWord)) {
      if (inRepair(r.index)) continue;
      const { edits, expected } = remnantFix(ctx, r);
      findings.push(
        makeFinding(ctx, {
          rule: 'lost-quote-mark',
          category: 'encoding',
          severity: 'error',
          start: r.index,
          end: r.index + 1,
          expected,
          fix: edits,
          params: { role: r.role, lost: '“' },
        }),
      );
    }
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) {
      findings.push(
        makeFinding(ctx, {
          rule: 'replacement-character',
          category: 'encoding',
          severity: 'warning',
          start: i,
          end: i + 1,
        }),
      );
    }
    // Invisible characters copied with text from a web page or a word processor: a zero-width
    // space, a soft hyphen, a word joiner, direction marks. They split words for search, spelling
    // and translation memories, and nothing shows them; a run of them is one finding.
    for (const m of text.matchAll(INVISIBLE)) {
      findings.push(
        makeFinding(ctx, {
          rule: 'invisible-char',
          category: 'encoding',
          severity: 'warning',
          start: m.index,
          end: m.index + m[0].length,
          expected: '',
          fix: [{ start: m.index, end: m.index + m[0].length, text: '' }],
          params: {
            char: [...new Set(m[0])]
              .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
              .join(' '),
          },
        }),
      );
    }
    for (let i = text.indexOf('\ufeff'); i !== -1; i = text.indexOf('\ufeff', i + 1)) {
      findings.push(
        makeFinding(ctx, {
          rule: 'stray-bom',
          category: 'encoding',
          severity: 'warning',
          start: i,
          end: i + 1,
          expected: '',
          fix: [{ start: i, end: i + 1, text: '' }],
        }),
      );
    }
    return findings;
  },
};
