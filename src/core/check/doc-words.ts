/**
 * The word tokens of a document with the language of their paragraph, and the names it uses
 * (capitalized words, with their counts): shared by the spelling, casing, glued-word and
 * untranslated rules, computed once per document (memoised on the document object).
 */
import type { Lang, TextDocument } from '../model/document.ts';
import type { Token } from '../text/tokenize-words.ts';
import { intern, registerCheckMemo } from './check-memos.ts';
import type { WordLookup } from './check-rule.ts';

/** A word token with its paragraph and that paragraph's language. */
export interface DocWord extends Token {
  readonly paragraph: number;
  readonly lang: Lang;
}

// The tokens of tokenizeWords (src/core/text/tokenize-words.ts), the same pattern without its
// capture groups; tests/core/check/doc-words.test.ts holds the two to the same output.
const TOKEN =
  /\p{N}{1,3}(?:[,.\u00a0\u202f ]\p{N}{3})+(?:[.,]\p{N}+)?|\p{N}+(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const NUMBER_START = /^\p{N}/u;

let wordsCache = new WeakMap<TextDocument, Map<Lang, DocWord[]>>();
let namesCache = new WeakMap<readonly DocWord[], Map<string, number>>();
registerCheckMemo(() => {
  wordsCache = new WeakMap();
  namesCache = new WeakMap();
  memo = new WeakMap();
});

/** Every word and number token of `doc` inside its paragraphs, offsets into `doc.text`. */
export function docWords(doc: TextDocument, fallbackLang: Lang): DocWord[] {
  let byLang = wordsCache.get(doc);
  const cached = byLang?.get(fallbackLang);
  if (cached) return cached;
  const out: DocWord[] = [];
  const base = doc.lang === 'und' ? fallbackLang : doc.lang;
  // One pass over the whole text, paragraphs walked alongside, each token built once (going
  // through tokenizeWords and copying cost ~45 ms more a megabyte, and twice the garbage).
  const text = doc.text;
  const paragraphs = doc.paragraphs;
  let k = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    while (k < paragraphs.length && paragraphs[k]!.end <= start) k++;
    const p = paragraphs[k];
    if (!p || start < p.start) continue;
    // One string per word form for the run (a document repeats `the` tens of thousands of times).
    const raw = intern(m[0]);
    // \p{N} and [\p{L}\p{M}] are disjoint: the first code point tells which branch matched.
    const c = raw.charCodeAt(0);
    const number = c < 128 ? c >= 48 && c <= 57 : NUMBER_START.test(raw);
    out.push({
      text: raw,
      norm: number ? raw : intern(raw.toLowerCase()),
      start,
      end: start + raw.length,
      kind: number ? 'number' : 'word',
      paragraph: p.index,
      lang: p.lang && p.lang !== 'und' ? p.lang : base,
    });
  }
  if (!byLang) {
    byLang = new Map();
    wordsCache.set(doc, byLang);
  }
  byLang.set(fallbackLang, out);
  return out;
}

/** Counts of each capitalized word form (`Palantir` → 12). */
export function nameCounts(words: readonly DocWord[]): Map<string, number> {
  const cached = namesCache.get(words);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const w of words) {
    // text === norm: nothing changed in lower case, so no capital (the usual case, no allocation).
    if (w.kind !== 'word' || w.text === w.norm) continue;
    const c = w.text[0]!;
    if (c !== c.toLowerCase()) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  }
  namesCache.set(words, counts);
  return counts;
}

let memo = new WeakMap<WordLookup, Map<string, boolean>>();

/** `list.has`, memoised per list: a megabyte of text asks about the same 30k words again and again. */
export function knows(list: WordLookup, word: string): boolean {
  let cache = memo.get(list);
  if (!cache) {
    cache = new Map();
    memo.set(list, cache);
  }
  let known = cache.get(word);
  if (known === undefined) {
    known = list.has(word);
    cache.set(word, known);
  }
  return known;
}

const wrappers = new WeakMap<WordLookup, WordLookup>();

/** `list` with a memoised `has` (see `knows`); `suggest` passes through. */
export function memoized(list: WordLookup): WordLookup {
  let wrapper = wrappers.get(list);
  if (!wrapper) {
    wrapper = {
      has: (word) => knows(list, word),
      ...(list.suggest ? { suggest: (word: string, max?: number) => list.suggest!(word, max) } : {}),
    };
    wrappers.set(list, wrapper);
  }
  return wrapper;
}
