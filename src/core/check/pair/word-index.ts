/**
 * The words of a stretch of text, accent-folded, for lookups that tolerate inflection:
 * a rendering `americain` is found in `Américaines`, a phrase `maison blanche` in
 * `Maison-Blanche`.
 */

import type { BeadSegment } from './bead-segments.ts';
import { cachedTokens } from './cached-tokens.ts';
import { startsSentenceAt } from './extract-names.ts';
import { fold as foldAccents } from './fold.ts';
import { letterMaskOf } from './name-similarity.ts';

/** One word with its offsets in the document. */
export interface IndexedWord {
  readonly text: string;
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  readonly capitalised: boolean;
  /** letterMaskOf(fold), for similarFoldedMasked. */
  readonly mask: number;
  /** First word of its segment, or right after an opening quote or a colon. */
  readonly initial: boolean;
}

/** Words of some segments, and their folded text for phrase lookups. */
export interface WordIndex {
  readonly words: readonly IndexedWord[];
  readonly folds: ReadonlySet<string>;
  /** Folded words joined by single spaces, with a space at both ends. */
  readonly phrase: string;
  /** The numbers' digits (`67,94` → `6794`), when indexWords built it. */
  readonly numbers?: ReadonlySet<string>;
}

/** Index the words of `segments` (offsets are document offsets). */
export function indexWords(segments: readonly BeadSegment[]): WordIndex {
  const words: IndexedWord[] = [];
  const whole: string[] = [];
  const numbers = new Set<string>();
  for (const seg of segments) {
    let first = true;
    for (const tok of cachedTokens(seg.text)) {
      if (tok.kind === 'number') numbers.add(tok.text.replace(/\D/g, ''));
      if (tok.kind !== 'word') continue;
      const initial = first || startsSentenceAt(seg.text, tok.start);
      first = false;
      const tokenFold = foldAccents(tok.text);
      whole.push(tokenFold);
      // Hyphenated compounds are also indexed part by part (Jean-Paul, Nord-Pas-de-Calais).
      const parts = tok.text.includes('-') ? [tok.text, ...tok.text.split('-')] : [tok.text];
      for (const part of parts) {
        const fold = part === tok.text ? tokenFold : foldAccents(part);
        words.push({
          text: part,
          fold,
          mask: letterMaskOf(fold),
          start: seg.start + tok.start,
          end: seg.start + tok.end,
          capitalised: /^\p{Lu}/u.test(part),
          initial,
        });
      }
    }
  }
  return {
    words,
    folds: new Set(words.map((w) => w.fold)),
    phrase: ` ${whole.join(' ')} `,
    numbers,
  };
}

/**
 * The folded words of `segments`: the same set as `indexWords(segments).folds`, without
 * building a word object per token (a pass over a whole document keeps only the sets it needs).
 */
export function foldsOf(segments: readonly BeadSegment[]): Set<string> {
  const folds = new Set<string>();
  for (const seg of segments) {
    for (const tok of cachedTokens(seg.text)) {
      if (tok.kind !== 'word') continue;
      folds.add(foldAccents(tok.text));
      if (tok.text.includes('-')) for (const part of tok.text.split('-')) folds.add(foldAccents(part));
    }
  }
  return folds;
}

/**
 * A whole document's word index for lookups only, built segment list by segment list: each
 * distinct word once (its first occurrence), every fold, and the phrase of all the words in
 * turn. Any test that reads a word's text, fold or mask (`found`, `hasRendering`) answers as on
 * `joinWordIndexes` of every list's `indexWords`, in a fraction of its memory (a document has a
 * million words but some tens of thousands of forms), and without a word object per token.
 */
export class DistinctWordIndexBuilder {
  private readonly byText = new Map<string, IndexedWord>();
  private readonly all = new Set<string>();
  private readonly phrases: string[] = [];

  /** Add the words of `segments`; returns their folds (as `indexWords(segments).folds`). */
  add(segments: readonly BeadSegment[]): Set<string> {
    const folds = new Set<string>();
    const whole: string[] = [];
    for (const seg of segments) {
      let first = true;
      for (const tok of cachedTokens(seg.text)) {
        if (tok.kind !== 'word') continue;
        const initial = first;
        first = false;
        const tokenFold = foldAccents(tok.text);
        whole.push(tokenFold);
        folds.add(tokenFold);
        this.keep(tok.text, tokenFold, seg, tok.start, tok.end, initial);
        if (!tok.text.includes('-')) continue;
        for (const part of tok.text.split('-')) {
          const fold = foldAccents(part);
          folds.add(fold);
          this.keep(part, fold, seg, tok.start, tok.end, initial);
        }
      }
    }
    for (const f of folds) this.all.add(f);
    if (whole.length > 0) this.phrases.push(whole.join(' '));
    return folds;
  }

  private keep(
    text: string,
    fold: string,
    seg: BeadSegment,
    start: number,
    end: number,
    first: boolean,
  ): void {
    if (this.byText.has(text)) return;
    this.byText.set(text, {
      text,
      fold,
      mask: letterMaskOf(fold),
      start: seg.start + start,
      end: seg.start + end,
      capitalised: /^\p{Lu}/u.test(text),
      initial: first || startsSentenceAt(seg.text, start),
    });
  }

  /**
   * A lookup index of `segments`, whose words were added before: each distinct word once (the
   * shared object of its first occurrence, so offsets are not meaningful), their folds and their
   * phrase. `found`-style tests answer as on `indexWords(segments)`, at the cost of map lookups.
   */
  lookup(segments: readonly BeadSegment[]): WordIndex {
    const words = new Set<IndexedWord>();
    const folds = new Set<string>();
    const whole: string[] = [];
    for (const seg of segments) {
      for (const tok of cachedTokens(seg.text)) {
        if (tok.kind !== 'word') continue;
        const tokenFold = foldAccents(tok.text);
        whole.push(tokenFold);
        folds.add(tokenFold);
        this.keep(tok.text, tokenFold, seg, tok.start, tok.end, false);
        words.add(this.byText.get(tok.text)!);
        if (!tok.text.includes('-')) continue;
        for (const part of tok.text.split('-')) {
          const fold = foldAccents(part);
          folds.add(fold);
          this.keep(part, fold, seg, tok.start, tok.end, false);
          words.add(this.byText.get(part)!);
        }
      }
    }
    return { words: [...words], folds, phrase: ` ${whole.join(' ')} ` };
  }

  /** The index of everything added. */
  build(): WordIndex {
    return { words: [...this.byText.values()], folds: this.all, phrase: ` ${this.phrases.join(' ')} ` };
  }
}

/**
 * The index of several indexes' segments in turn: the same as indexing all their segments at
 * once (indexWords treats each segment apart), without tokenizing them again.
 */
export function joinWordIndexes(indexes: readonly WordIndex[]): WordIndex {
  const words: IndexedWord[] = [];
  const folds = new Set<string>();
  const phrases: string[] = [];
  for (const index of indexes) {
    for (const w of index.words) words.push(w);
    for (const f of index.folds) folds.add(f);
    // ` a b ` → `a b`; an index without words adds nothing to the phrase.
    const inner = index.phrase.slice(1, -1);
    if (inner.length > 0) phrases.push(inner);
  }
  return { words, folds, phrase: ` ${phrases.join(' ')} ` };
}

// The phrase of an index with hyphens as spaces, made once per index (a whole document's
// phrase is megabytes long, and hasRendering is asked about it once per name).
const SPACED = new WeakMap<WordIndex, string>();
function spacedPhrase(index: WordIndex): string {
  let spaced = SPACED.get(index);
  if (spaced === undefined) {
    spaced = index.phrase.replace(/-/g, ' ');
    SPACED.set(index, spaced);
  }
  return spaced;
}

/** True when the folded `rendering` occurs: a phrase as words, a word as a word prefix. */
export function hasRendering(index: WordIndex, rendering: string): boolean {
  const folded = foldAccents(rendering).replace(/[-’']/g, ' ').trim();
  if (folded.includes(' ')) return spacedPhrase(index).includes(` ${folded}`);
  if (index.folds.has(folded)) return true;
  // Inflected forms: américain → américaines (at most four letters more).
  return index.words.some(
    (w) => w.fold.length - folded.length <= 4 && w.fold.length > folded.length && w.fold.startsWith(folded),
  );
}
