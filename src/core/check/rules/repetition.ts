/**
 * repetition: a word written twice (`de de`), and a paragraph repeated in full or contained in
 * another (pull quotes, titles printed twice by the page template). Legitimate doubles are kept
 * (`nous nous`, `vous vous`; `that that`, `had had`).
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';

const DOUBLED = /(?<![\p{L}\p{M}'’-])([\p{L}\p{M}]+)([ \u00a0\u202f]+)\1(?![\p{L}\p{M}'’-])/giu;
const LEGIT: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['nous', 'vous', 'l', 'la']),
  en: new Set(['that', 'had', 'is', 'do']),
};
const MIN_REPEATED = 30; // letters: shorter paragraphs (`Oui.`, datelines) repeat innocently
const SHINGLE = 4;

// Letters and digits in lower case, words separated by one space.
function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Doubled words and repeated paragraphs. */
export const repetitionRule: CheckRule = {
  id: 'repetition',
  category: 'repetition',
  codes: ['doubled-word', 'repeated-paragraph'],
  scope: 'document',
  run(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const findings: Finding[] = [];
    const lang = doc.lang === 'und' ? ctx.profile.lang : doc.lang;
    const legit = LEGIT[lang] ?? new Set<string>();
    for (const m of text.matchAll(DOUBLED)) {
      const first = m[1]!;
      const second = text.slice(m.index + first.length + m[2]!.length, m.index + m[0].length);
      if (first !== second && first.toLowerCase() !== second.toLowerCase()) continue;
      if (legit.has(first.toLowerCase()) || /\p{N}/u.test(first)) continue;
      const cut = m.index + first.length;
      findings.push(
        makeFinding(ctx, {
          rule: 'doubled-word',
          category: 'repetition',
          severity: 'warning',
          start: m.index,
          end: m.index + m[0].length,
          expected: first,
          fix: [{ start: cut, end: m.index + m[0].length, text: '' }],
          params: { word: first },
        }),
      );
    }

    // Repeated paragraphs: exact copies by hash, contained ones through an index of word
    // shingles (each paragraph is looked up by its first shingle, then verified).
    const norms = doc.paragraphs.map((p) => normalize(text.slice(p.start, p.end)));
    const shingles = new Map<string, number[]>();
    norms.forEach((n, i) => {
      const w = n.split(' ');
      for (let k = 0; k + SHINGLE <= w.length; k++) {
        const key = w.slice(k, k + SHINGLE).join(' ');
        const list = shingles.get(key);
        if (!list) shingles.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    const firstOf = new Map<string, number>();
    norms.forEach((n, i) => {
      if (n.replace(/ /g, '').length < MIN_REPEATED) return;
      let other: number | undefined;
      const seen = firstOf.get(n);
      if (seen !== undefined) other = seen;
      else {
        firstOf.set(n, i);
        const w = n.split(' ');
        const key = w.slice(0, SHINGLE).join(' ');
        for (const j of shingles.get(key) ?? []) {
          if (j !== i && norms[j]!.length > n.length && ` ${norms[j]} `.includes(` ${n} `)) {
            other = j;
            break;
          }
        }
      }
      if (other === undefined) return;
      const p = doc.paragraphs[i]!;
      // Delete the paragraph with the line break that ends it (or starts it, at the end).
      let end = p.end;
      let start = p.start;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      else if (start > 0 && text[start - 1] === '\n') start--;
      findings.push(
        makeFinding(ctx, {
          rule: 'repeated-paragraph',
          category: 'repetition',
          severity: 'warning',
          start: p.start,
          end: p.end,
          fix: [{ start, end, text: '' }],
          params: { paragraph: i, repeats: other, kind: seen !== undefined ? 'copy' : 'excerpt' },
        }),
      );
    });
    return findings;
  },
};
