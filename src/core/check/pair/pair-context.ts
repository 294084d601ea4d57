/**
 * What a rule on an aligned pair reads: the source document, the translation being checked
 * (the target), their alignment, and an optional bilingual lexicon (source → target).
 */
import type { Lexicon } from '../../lexicon/lexicon.ts';
import type { Alignment } from '../../model/alignment.ts';
import type { Lang, TextDocument } from '../../model/document.ts';
import type { CheckContext } from '../check-rule.ts';

/** Input of every pair rule; findings are reported on `target`. */
export interface PairContext {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly alignment: Alignment;
  readonly lexicon?: Lexicon;
  /** Monolingual word lists by language (see WordList): tell common words from names. */
  readonly words?: Readonly<Record<Lang, PairWordLookup>>;
  /** Housekeeping hook of the runner (CheckContext.tick). */
  readonly tick?: () => void;
}

/** What pair rules need of a word list: membership, and the list's own casing when it has one. */
export interface PairWordLookup {
  has(word: string): boolean;
  form?(word: string): string | undefined;
}

/** True when `word` is a lower-case (common) word of the list: `criminal` yes, `France` no. */
export function isCommonWord(words: PairWordLookup, word: string): boolean {
  if (!words.form) return words.has(word);
  const form = words.form(word.toLowerCase());
  return form !== undefined && /^\p{Ll}/u.test(form);
}

/** The pair view of a runner context, or undefined when the runner gave no source. */
export function pairContextOf(ctx: CheckContext): PairContext | undefined {
  const pair = ctx.pair;
  if (!pair) return undefined;
  const lexicon = pair.lexicon;
  return {
    source: pair.source,
    target: ctx.doc,
    alignment: pair.alignment,
    words: ctx.words,
    ...(lexicon ? { lexicon } : {}),
    ...(ctx.tick ? { tick: ctx.tick } : {}),
  };
}
