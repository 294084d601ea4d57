/**
 * The word tokens of a document with the language of their paragraph, and the names it uses
 * (capitalized words, with their counts): shared by the spelling, casing, glued-word and
 * untranslated rules.
 */
import type { Lang, TextDocument } from '../model/document.ts';
import { type Token, tokenizeWords } from '../text/tokenize-words.ts';

/** A word token with its paragraph and that paragraph's language. */
export interface DocWord extends Token {
  readonly paragraph: number;
  readonly lang: Lang;
}

/** Every word and number token of `doc`, offsets into `doc.text`. */
export function docWords(doc: TextDocument, fallbackLang: Lang): DocWord[] {
  const out: DocWord[] = [];
  const base = doc.lang === 'und' ? fallbackLang : doc.lang;
  for (const p of doc.paragraphs) {
    const lang = p.lang && p.lang !== 'und' ? p.lang : base;
    for (const t of tokenizeWords(doc.text.slice(p.start, p.end))) {
      out.push({ ...t, start: t.start + p.start, end: t.end + p.start, paragraph: p.index, lang });
    }
  }
  return out;
}

/** Counts of each capitalized word form (`Palantir` → 12). */
export function nameCounts(words: readonly DocWord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    if (w.kind !== 'word') continue;
    const c = w.text[0]!;
    if (c !== c.toLowerCase()) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  }
  return counts;
}
