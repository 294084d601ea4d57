/**
 * quotes: quotations never closed, closing marks with no opener, marks of the wrong side,
 * makeshift marks (`''`, `,,`), nested quotations in the wrong style for the profile
 * (French: « … “ … ” … »), guillemets glued to the word outside them, a quotation in
 * straight marks (`"…"`) where the profile's quotations open with « (`« … »`, its spaces set),
 * and a straight double quote typed for an elision's apostrophe (`l"économie`).
 * Pairing is done by ../quote-marks.ts.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';
import { analyzeQuotes, type QuoteMark } from '../quote-marks.ts';

/**
 * A straight double quote typed for the apostrophe of a French elision (`l"économie`,
 * `jusqu"à`, `aujourd"hui`): glued to an elided word and to the vowel or h after it.
 */
const ELISION_QUOTE =
  /(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd)"(?=[aeiouyhàâäéèêëîïôöûùüœæ])/giu;

/** The apostrophe a text mostly uses: ’ or '. */
function apostropheOf(text: string): string {
  const curly = text.split('’').length;
  const straight = text.split("'").length;
  return curly > straight ? '’' : "'";
}

const CLOSE_OF: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‘': '’', '‹': '›', '"': '"' };
const OPEN_OF: Record<string, string> = { '»': '«', '”': '“', '’': '‘', '›': '‹' };

/** Unbalanced, reversed, makeshift, wrongly nested and glued quotation marks. */
export const quotesRule: CheckRule = {
  id: 'quotes',
  category: 'quotes',
  codes: [
    'quote-for-apostrophe',
    'unclosed-quote',
    'unopened-quote',
    'reversed-quote',
    'makeshift-quote',
    'nested-quote-style',
    'glued-guillemet',
    'straight-quote',
  ],
  scope: 'document',
  run(ctx) {
    const lang = ctx.doc.lang === 'und' ? ctx.profile.lang : ctx.doc.lang;
    const findings: Finding[] = [];
    // Quotes typed for elision apostrophes are read as the apostrophes they stand for (the same
    // length, so every offset holds): they neither open nor close a quotation.
    let text = ctx.doc.text;
    if (lang === 'fr' && text.includes('"')) {
      const apostrophe = apostropheOf(text);
      text = text.replace(ELISION_QUOTE, (word, at: number) => {
        const index = at + word.length - 1;
        findings.push(
          makeFinding(ctx, {
            rule: 'quote-for-apostrophe',
            category: 'quotes',
            severity: 'warning',
            start: index,
            end: index + 1,
            expected: apostrophe,
            fix: [{ start: index, end: index + 1, text: apostrophe }],
            params: { mark: '"' },
          }),
        );
        return `${word.slice(0, -1)}'`;
      });
    }
    const fr = ctx.words.fr;
    const { marks } = analyzeQuotes(text, lang, fr ? (w) => fr.has(w) : undefined);
    const add = (m: QuoteMark, rule: string, severity: Finding['severity'], extra = {}): void => {
      findings.push(
        makeFinding(ctx, {
          rule,
          category: 'quotes',
          severity,
          start: m.index,
          end: m.index + m.length,
          params: { mark: m.glyph, depth: m.depth },
          ...extra,
        }),
      );
    };
    const [primary, secondary] = ctx.profile.quotes;
    for (const m of marks) {
      if (m.role === 'apostrophe' || m.role === 'reopen') continue;
      const partner = m.pair === -1 ? undefined : marks[m.pair];
      // The `œ` remnant is the encoding rule's finding; here it only opens its quotation.
      if (m.glyph === 'œ') continue;
      if (m.pair === -1 && m.role === 'open' && m.family !== 'single') add(m, 'unclosed-quote', 'error');
      if (m.pair === -1 && m.role === 'close' && m.glyph !== '’') add(m, 'unopened-quote', 'error');
      if (m.reversed) {
        const expected = m.role === 'close' ? (CLOSE_OF[m.glyph] ?? m.glyph) : (OPEN_OF[m.glyph] ?? m.glyph);
        add(m, 'reversed-quote', 'error', {
          expected,
          fix: [{ start: m.index, end: m.index + m.length, text: expected }],
        });
      }
      if (m.makeshift) {
        // A makeshift mark takes the glyph that matches its partner; unpaired, no safe fix.
        const expected = partner
          ? m.role === 'close'
            ? (CLOSE_OF[partner.glyph === 'œ' ? '“' : partner.glyph] ?? '”')
            : (OPEN_OF[partner.glyph] ?? '“')
          : undefined;
        add(m, 'makeshift-quote', 'warning', {
          ...(expected
            ? { expected, fix: [{ start: m.index, end: m.index + m.length, text: expected }] }
            : {}),
        });
      }
      if (m.role === 'open' && partner && !partner.reversed && m.depth > 0 && primary && secondary) {
        // Nesting style: level 1 must use the profile's secondary marks.
        const [o, c] = secondary;
        if (m.glyph === primary[0] && o !== primary[0]) {
          findings.push(
            makeFinding(ctx, {
              rule: 'nested-quote-style',
              category: 'quotes',
              severity: 'warning',
              start: m.index,
              end: partner.index + partner.length,
              expected: `${o}…${c}`,
              fix: [
                { start: m.index, end: m.index + m.length, text: o },
                { start: partner.index, end: partner.index + partner.length, text: c },
              ],
              params: { mark: m.glyph, depth: m.depth },
            }),
          );
        }
      }
      // French quotations in straight marks, `"C'est fini", a-t-il dit`: « C'est fini », with the
      // profile's space inside (the spaces already there replaced). Nested ones are left alone.
      if (
        m.glyph === '"' &&
        m.role === 'open' &&
        m.depth === 0 &&
        partner &&
        !partner.reversed &&
        partner.glyph === '"' &&
        primary?.[0] === '«' &&
        lang === 'fr'
      ) {
        const inside = ctx.profile.preferred.guillemet;
        let openEnd = m.index + m.length;
        while (/[ \u00a0\u202f\u2009]/.test(text[openEnd] ?? '')) openEnd++;
        let closeStart = partner.index;
        while (closeStart > openEnd && /[ \u00a0\u202f\u2009]/.test(text[closeStart - 1] ?? '')) closeStart--;
        // Words inside: `""` (an empty string, a run of marks) is no quotation.
        if (/[\p{L}\p{N}]/u.test(text.slice(openEnd, closeStart)))
          findings.push(
            makeFinding(ctx, {
              rule: 'straight-quote',
              category: 'quotes',
              severity: 'info',
              start: m.index,
              end: partner.index + partner.length,
              expected: `«${inside}…${inside}»`,
              fix: [
                { start: m.index, end: openEnd, text: `«${inside}` },
                { start: closeStart, end: partner.index + partner.length, text: `${inside}»` },
              ],
              params: { mark: m.glyph, profile: ctx.profile.id },
            }),
          );
      }
      // A guillemet glued to the word outside it: `jamais«`, `»et`.
      if (m.family === 'guillemet' && !m.reversed) {
        const outside = m.role === 'open' ? text[m.index - 1] : text[m.index + m.length];
        if (outside !== undefined && /[\p{L}\p{N}]/u.test(outside)) {
          const at = m.role === 'open' ? m.index : m.index + m.length;
          add(m, 'glued-guillemet', 'warning', { fix: [{ start: at, end: at, text: ' ' }] });
        }
      }
    }
    return findings;
  },
};
