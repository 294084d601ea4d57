/**
 * What a rule on an aligned pair reads: the source document, the translation being checked
 * (the target), their alignment, and an optional bilingual lexicon (source → target).
 */
import type { Lexicon } from '../../lexicon/lexicon.ts';
import type { Alignment } from '../../model/alignment.ts';
import type { TextDocument } from '../../model/document.ts';
import type { CheckContext } from '../check-rule.ts';

/** Input of every pair rule; findings are reported on `target`. */
export interface PairContext {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly alignment: Alignment;
  readonly lexicon?: Lexicon;
}

/** The pair view of a runner context, or undefined when the runner gave no source. */
export function pairContextOf(ctx: CheckContext): PairContext | undefined {
  const pair = ctx.pair;
  if (!pair) return undefined;
  // The runner may carry a lexicon beside the source (PairInput & { lexicon }).
  const lexicon = 'lexicon' in pair ? (pair as { lexicon?: Lexicon }).lexicon : undefined;
  return {
    source: pair.source,
    target: ctx.doc,
    alignment: pair.alignment,
    ...(lexicon ? { lexicon } : {}),
  };
}
