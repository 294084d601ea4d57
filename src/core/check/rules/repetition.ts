/**
 * repetition: a word written twice (`de de`), and a paragraph repeated in full or contained in
 * another (pull quotes, titles printed twice by the page template). Legitimate doubles are kept
 * (`nous nous`, `vous vous`, the causative `faire faire`; `that that`, `had had`).
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { type DocWord, docWords, knows, nameCounts } from '../doc-words.ts';
import { makeFinding } from '../make-finding.ts';
import { normalizeWords } from '../normalize-words.ts';
import { paragraphDeletion } from '../paragraph-deletion.ts';

const SPACES = /^[ \u00a0\u202f]+$/;
const LEGIT: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['nous', 'vous', 'faire']),
  en: new Set(['that', 'had', 'is', 'do']),
};
const MIN_REPEATED = 30; // letters: shorter paragraphs (`Oui.`, datelines) repeat innocently
const SHINGLE = 4;

function spaceCount(n: string): number {
  let count = 0;
  for (let i = 0; i < n.length; i++) if (n.charCodeAt(i) === 32) count++;
  return count;
}

// A 32-bit hash of each word of a normalized paragraph (words separated by one space).
function wordHashes(n: string): Int32Array {
  let count = n.length > 0 ? 1 : 0;
  for (let i = 0; i < n.length; i++) if (n.charCodeAt(i) === 32) count++;
  const out = new Int32Array(count);
  let h = 0;
  let k = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c === 32) {
      out[k++] = h;
      h = 0;
    } else h = (Math.imul(h, 31) + c) | 0;
  }
  if (count > 0) out[k] = h;
  return out;
}

function shingleHash(h: Int32Array, k: number): number {
  let key = 0;
  for (let j = k; j < k + SHINGLE; j++) key = (Math.imul(key, 1000003) + h[j]!) | 0;
  return key;
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
    const counts = nameCounts(words);
    // How often each capitalized form is doubled: a name always written twice (`The Tap Tap`)
    // is a name; one also written alone (`Madrid Madrid` … `Madrid`) was typed twice.
    const doubled = new Map<string, number>();
    for (let k = 1; k < words.length; k++) {
      const a = words[k - 1]!;
      if (a.text === words[k]!.text && a.text !== a.norm) doubled.set(a.text, (doubled.get(a.text) ?? 0) + 1);
    }
    for (let k = 1; k < words.length; k++) {
      const a = words[k - 1]!;
      const b = words[k]!;
      if (a.kind !== 'word' || b.kind !== 'word' || a.norm !== b.norm || a.paragraph !== b.paragraph)
        continue;
      if (!SPACES.test(text.slice(a.end, b.start)) || legit.has(a.norm)) continue;
      // A hyphen or an apostrophe joins the second to what follows (`elle-même`): not a repeat.
      if (/[-'’]/.test(text[b.end] ?? '') && /\p{L}/u.test(text[b.end + 1] ?? '')) continue;
      if (a.text !== a.norm && b.text !== b.norm && !(list && knows(list, a.norm))) {
        const twice = doubled.get(a.text) ?? 0;
        if ((counts.get(a.text) ?? 0) <= 2 * twice) continue;
      }
      // A run (`mot mot mot`) is one finding, its fix keeping the first copy: one finding per
      // pair made a 5 MB line of one word repeated into a million findings.
      let last = k;
      while (last + 1 < words.length && sameWordNext(text, words[last]!, words[last + 1]!)) last++;
      const end = words[last]!.end;
      findings.push(
        makeFinding(ctx, {
          rule: 'doubled-word',
          category: 'repetition',
          severity: 'warning',
          start: a.start,
          end,
          expected: a.text,
          fix: [{ start: a.end, end, text: '' }],
          params: { word: a.text },
        }),
      );
      k = last;
    }

    // Repeated paragraphs: exact copies by hash, contained ones through an index of word
    // shingles (each paragraph is looked up by its first shingle, then verified).
    const norms = doc.paragraphs.map((p) => normalizeWords(text.slice(p.start, p.end)));
    // Shingles are hashed as integers from per-word hashes: no string per shingle.
    const hashes = norms.map(wordHashes);
    // Which paragraphs ask (long enough, not an exact copy of an earlier one), and the first
    // shingle each asks about: only those shingles need an index entry (a megabyte has ~200k
    // shingles, the queries a few thousand).
    const firstOf = new Map<string, number>();
    const copyOf: (number | undefined)[] = [];
    const shingles = new Map<number, number[]>();
    const long = norms.map((n) => n.length - spaceCount(n) >= MIN_REPEATED);
    norms.forEach((n, i) => {
      if (!long[i]) return;
      const seen = firstOf.get(n);
      copyOf[i] = seen;
      if (seen !== undefined) return;
      firstOf.set(n, i);
      const h = hashes[i]!;
      if (h.length >= SHINGLE) shingles.set(shingleHash(h, 0), []);
    });
    hashes.forEach((h, i) => {
      for (let k = 0; k + SHINGLE <= h.length; k++) {
        const list = shingles.get(shingleHash(h, k));
        if (list && list[list.length - 1] !== i) list.push(i);
      }
    });
    norms.forEach((n, i) => {
      if (!long[i]) return;
      const seen = copyOf[i];
      let other = seen;
      if (seen === undefined) {
        const h = hashes[i]!;
        const key = h.length >= SHINGLE ? shingleHash(h, 0) : Number.NaN;
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
      findings.push(
        makeFinding(ctx, {
          rule: 'repeated-paragraph',
          category: 'repetition',
          severity: 'warning',
          start: p.start,
          end: p.end,
          fix: [paragraphDeletion(doc, i)],
          params: { paragraph: i, repeats: other, kind: seen !== undefined ? 'copy' : 'excerpt' },
        }),
      );
    });
    return findings;
  },
};

/** Whether `b` repeats word `a` right after it (same word, same paragraph, only spaces between, `b` not joined on). */
function sameWordNext(text: string, a: DocWord, b: DocWord): boolean {
  if (a.kind !== 'word' || b.kind !== 'word' || a.norm !== b.norm || a.paragraph !== b.paragraph)
    return false;
  if (!SPACES.test(text.slice(a.end, b.start))) return false;
  return !(/[-'’]/.test(text[b.end] ?? '') && /\p{L}/u.test(text[b.end + 1] ?? ''));
}
