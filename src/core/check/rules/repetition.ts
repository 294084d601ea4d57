/**
 * repetition: a word written twice (`de de`), and a paragraph repeated in full or contained in
 * another (pull quotes, titles printed twice by the page template). Legitimate doubles are kept
 * (`nous nous`, `vous vous`; `that that`, `had had`).
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { docWords, knows } from '../doc-words.ts';
import { makeFinding } from '../make-finding.ts';

const SPACES = /^[ \u00a0\u202f]+$/;
const LEGIT: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['nous', 'vous']),
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
    // Doubled words: consecutive word tokens with the same lower-case form and only spaces
    // between. Two capitalized ones unknown to the word list are a name (`Tap Tap`, `Modo Modo`).
    const words = docWords(doc, lang);
    const list = ctx.words[lang];
    for (let k = 1; k < words.length; k++) {
      const a = words[k - 1]!;
      const b = words[k]!;
      if (a.kind !== 'word' || b.kind !== 'word' || a.norm !== b.norm || a.paragraph !== b.paragraph)
        continue;
      if (!SPACES.test(text.slice(a.end, b.start)) || legit.has(a.norm)) continue;
      // A hyphen or an apostrophe joins the second to what follows (`elle-même`): not a repeat.
      if (/[-'’]/.test(text[b.end] ?? '') && /\p{L}/u.test(text[b.end + 1] ?? '')) continue;
      if (a.text !== a.norm && b.text !== b.norm && !(list && knows(list, a.norm))) continue;
      findings.push(
        makeFinding(ctx, {
          rule: 'doubled-word',
          category: 'repetition',
          severity: 'warning',
          start: a.start,
          end: b.end,
          expected: a.text,
          fix: [{ start: a.end, end: b.end, text: '' }],
          params: { word: a.text },
        }),
      );
    }

    // Repeated paragraphs: exact copies by hash, contained ones through an index of word
    // shingles (each paragraph is looked up by its first shingle, then verified).
    const norms = doc.paragraphs.map((p) => normalize(text.slice(p.start, p.end)));
    // Shingle keys are slices of the normalized paragraph (no split/join per shingle).
    const shingleKeys = (n: string): string[] => {
      const starts = [0];
      for (let i = n.indexOf(' '); i !== -1; i = n.indexOf(' ', i + 1)) starts.push(i + 1);
      const keys: string[] = [];
      for (let k = 0; k + SHINGLE <= starts.length; k++) {
        const end = k + SHINGLE < starts.length ? starts[k + SHINGLE]! - 1 : n.length;
        keys.push(n.slice(starts[k]!, end));
      }
      return keys;
    };
    const shingles = new Map<string, number[]>();
    norms.forEach((n, i) => {
      for (const key of shingleKeys(n)) {
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
        let cut = -1;
        for (let k = 0; k < SHINGLE; k++) {
          cut = n.indexOf(' ', cut + 1);
          if (cut === -1) break;
        }
        const key = cut === -1 ? n : n.slice(0, cut);
        // A common opening (`de la part de`) could list thousands: look at the first few.
        for (const j of (shingles.get(key) ?? []).slice(0, 64)) {
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
