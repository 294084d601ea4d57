/**
 * The English side of a case made searchable: every sentence of every source document, its
 * tokens, and an inverted index from numbers, folded words, light stems and four-letter
 * prefixes to sentences. A quotation's words (and their lexicon renderings) select the few
 * sentences worth aligning; candidate passages are windows of one to three consecutive
 * sentences around them.
 */
import type { Span, TextDocument } from '../model/document.ts';
import { blankGarbledMarks, paragraphSpans } from './extract-quotations.ts';
import { inFigures, type PassageToken, passageTokens, stemEn, stemFr } from './passage-tokens.ts';
import { scanQuoteMarks } from './scan-quote-marks.ts';
import type { WordMatcher } from './word-matcher.ts';

/** One indexed source sentence. */
export interface SourceSentence {
  readonly doc: number;
  /** Index of the sentence in its document's list here. */
  readonly index: number;
  readonly span: Span;
  readonly tokens: readonly PassageToken[];
}

/** A candidate source passage: consecutive sentences of one document. */
export interface SourceWindow {
  readonly doc: number;
  readonly first: number;
  readonly last: number;
  readonly span: Span;
  readonly tokens: readonly PassageToken[];
}

/** Sentence spans of a document (its sentences, or its paragraphs when it has none). */
function sentenceSpans(doc: TextDocument): Span[] {
  const spans =
    doc.sentences.length > 0 ? doc.sentences.map((s) => [s.start, s.end] as const) : paragraphSpans(doc);
  // Scraped text glues sentences (`… and how.Our company …`): split there too.
  return spans.flatMap(([start, end]) => {
    const out: Span[] = [];
    let from = start;
    for (const glued of doc.text.slice(start, end).matchAll(/\p{Ll}[.!?](?=\p{Lu}\p{Ll})/gu)) {
      const cut = start + glued.index + 2;
      out.push([from, cut]);
      from = cut;
    }
    out.push([from, end]);
    return out;
  });
}

/** Searchable sentences of the source documents. */
export class SourceIndex {
  readonly docs: readonly TextDocument[];
  /** Text of each document with garbled quotation marks blanked. */
  readonly texts: readonly string[];
  /** Sentences per document. */
  readonly sentences: readonly (readonly SourceSentence[])[];
  private readonly postings = new Map<string, number[]>();
  private readonly flat: SourceSentence[] = [];

  constructor(docs: readonly TextDocument[]) {
    this.docs = docs;
    this.texts = docs.map((d) => blankGarbledMarks(d.text, scanQuoteMarks(d.text)));
    const raw = docs.map((doc, d) =>
      sentenceSpans(doc).map((span) => passageTokens(this.texts[d]!, span, doc.lang)),
    );
    // Document frequency of each folded word over sentences, for idf (Spärck Jones 1972).
    const df = new Map<string, number>();
    let count = 0;
    for (const doc of raw)
      for (const tokens of doc) {
        count++;
        for (const key of new Set(tokens.map(idfKey))) df.set(key, (df.get(key) ?? 0) + 1);
      }
    this.sentences = docs.map((doc, d) =>
      sentenceSpans(doc).map((span, index) => {
        const tokens = raw[d]![index]!.map((t) => ({
          ...t,
          idf: Math.log(1 + count / (df.get(idfKey(t)) ?? 1)),
        }));
        const sentence: SourceSentence = { doc: d, index, span, tokens };
        const id = this.flat.length;
        this.flat.push(sentence);
        for (const key of new Set(sentence.tokens.flatMap(keysOf))) {
          const list = this.postings.get(key);
          if (list) list.push(id);
          else this.postings.set(key, [id]);
        }
        return sentence;
      }),
    );
  }

  /** The `limit` sentences sharing the most weighted evidence with a rendering's tokens. */
  topSentences(target: readonly PassageToken[], matcher: WordMatcher, limit: number): SourceSentence[] {
    const total = this.flat.length;
    const scores = new Map<number, number>();
    for (const token of target) {
      if (token.fn) continue;
      const keys = queryKeys(token, matcher);
      const best = new Map<number, number>();
      for (const key of keys) {
        const list = this.postings.get(key);
        if (!list) continue;
        // Prefix evidence is weak (Simard cognates), so it counts half.
        const idf = Math.log(1 + total / list.length) * (key.startsWith('p:') ? 0.5 : 1);
        for (const id of list) best.set(id, Math.max(best.get(id) ?? 0, idf));
      }
      for (const [id, idf] of best) scores.set(id, (scores.get(id) ?? 0) + token.weight * idf);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => this.flat[id]!);
  }

  /**
   * For each token of a rendering, the idf of its rarest evidence in the sources (its number,
   * its folded form, a lexicon rendering): how much finding a counterpart for it says. A word
   * with no evidence anywhere gets the idf of a word seen once (it could only be unmatched).
   */
  evidenceIdf(target: readonly PassageToken[], matcher: WordMatcher): number[] {
    const total = this.flat.length;
    const unseen = Math.log(1 + total);
    return target.map((token) => {
      if (token.fn) return 0;
      let best = 0;
      for (const key of queryKeys(token, matcher)) {
        if (key.startsWith('p:')) continue;
        const list = this.postings.get(key);
        if (list) best = Math.max(best, Math.log(1 + total / list.length));
      }
      return best > 0 ? best : unseen;
    });
  }

  /** Windows of one to `size` consecutive sentences of the sentence's document that contain it. */
  windowsAround(sentence: SourceSentence, size: number): SourceWindow[] {
    const list = this.sentences[sentence.doc]!;
    const out: SourceWindow[] = [];
    for (let first = Math.max(0, sentence.index - size + 1); first <= sentence.index; first++) {
      for (let last = sentence.index; last < Math.min(list.length, first + size); last++) {
        out.push(this.window(sentence.doc, first, last));
      }
    }
    return out;
  }

  /** The window of sentences first..last of document `doc`. */
  window(doc: number, first: number, last: number): SourceWindow {
    const list = this.sentences[doc]!;
    const tokens: PassageToken[] = [];
    for (let i = first; i <= last; i++) tokens.push(...list[i]!.tokens);
    return { doc, first, last, span: [list[first]!.span[0], list[last]!.span[1]], tokens };
  }
}

/** Index keys a rendering's token may meet: its number, folded form, renderings, prefix. */
function queryKeys(token: PassageToken, matcher: WordMatcher): string[] {
  if (inFigures(token)) return [`n:${token.value}`];
  // A number spelt out meets figures by its value and words by its renderings (`neuf` ~ nine).
  const value = token.value !== null ? [`n:${token.value}`] : [];
  return value.concat(
    ...wordParts(token, stemFr).map((part) => [
      `k:${part.key}`,
      ...matcher.translations(part).map((t) => `s:${t}`),
      ...(part.key.length >= 5 ? [`p:${part.key.slice(0, 4)}`] : []),
    ]),
  );
}

const idfKey = (t: PassageToken) => (t.value !== null ? `#${t.value}` : t.stem);

/** The token and, for a hyphenated word (`year-old`), its parts of three letters or more. */
function wordParts(token: PassageToken, stem: (word: string) => string = stemEn): PassageToken[] {
  if (!token.key.includes('-')) return [token];
  const parts = token.key.split('-').filter((p) => p.length >= 3);
  return [token, ...parts.map((key) => ({ ...token, key, stem: stem(key) }))];
}

function keysOf(token: PassageToken): string[] {
  if (token.fn) return [];
  if (inFigures(token)) return [`n:${token.value}`];
  const value = token.value !== null ? [`n:${token.value}`] : [];
  return value.concat(
    ...wordParts(token).map((part) => {
      const keys = [`k:${part.key}`, `s:${part.stem}`, `s:${part.key}`];
      if (part.key.length >= 5) keys.push(`p:${part.key.slice(0, 4)}`);
      return keys;
    }),
  );
}
