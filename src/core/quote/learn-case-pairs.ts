/**
 * Word pairs learnt within a case from its confident traces (transductive learning: a case
 * has many quotations of the same reports, so its own confident renderings teach the words
 * the general lexicon lacks, as hunalign's and Moore's second passes do for alignment).
 * Two kinds of evidence, both among content words left unlinked by the first alignment:
 * - gap filling: between two consecutive links that keep their order on both sides, exactly one
 *   unlinked content word on each side (`le papier [a fini] presque` / `the shares [closed]
 *   almost`) renders the other, as in anchor-based word alignment (Melamed 2000's
 *   competitive linking completed by position);
 * - co-occurrence: unlinked words that keep meeting across traces, paired by their Dice
 *   coefficient with the mutual best-partner rule (learnWordPairs, Varga et al. 2005).
 */
import { learnWordPairs, type TokenPair } from '../lexicon/learn-word-pairs.ts';
import type { PassageAlignment } from './align-passage.ts';
import type { PassageToken } from './passage-tokens.ts';
import type { SourceIndex } from './source-index.ts';
import { type SourceCandidate, traceQuotation } from './trace-quotation.ts';
import type { WordMatcher } from './word-matcher.ts';

/**
 * Probability a first-pass trace needs to teach word pairs: the claim threshold's order, so
 * that mostly true sources teach (at 0.9, 99 % of newstest2012's top candidates are right).
 */
export const LEARN_THRESHOLD = 0.9;

/** One rendering to trace in the learning pass, and whether it presents itself as sentences. */
export interface LearningRendering {
  readonly tokens: readonly PassageToken[];
  readonly sentenceLike: boolean;
  /** Most source sentences a window may hold (traceQuotation's windowSize). */
  readonly windowSize?: number;
}

/**
 * The case's matcher: trace every rendering with `matcher`, learn word pairs from the traces
 * at LEARN_THRESHOLD or above, and return `matcher` extended with them (the same matcher
 * when nothing was learnt). `traces`, when given, receives each rendering's candidates, in
 * order: the final pass keeps those of the renderings no learnt pair starts from
 * (WordMatcher.learnsAny), which it would trace to the same candidates.
 */
export async function caseMatcher(
  renderings: readonly LearningRendering[],
  index: SourceIndex,
  matcher: WordMatcher,
  tick: () => Promise<void> = async () => {},
  traces?: SourceCandidate[][],
): Promise<WordMatcher> {
  const confident: ConfidentTrace[] = [];
  for (const { tokens, sentenceLike, windowSize } of renderings) {
    await tick();
    const candidates = traceQuotation(tokens, index, matcher, {
      sentenceLike,
      ...(windowSize === undefined ? {} : { windowSize }),
    });
    traces?.push(candidates);
    const best = candidates[0];
    if (best && best.probability >= LEARN_THRESHOLD)
      confident.push({ target: tokens, source: best.tokens, alignment: best.alignment });
  }
  const learned = learnCasePairs(confident);
  return learned.size > 0 ? matcher.withLearned(learned) : matcher;
}

/** One confident trace: the rendering's tokens, its source's tokens and their alignment. */
export interface ConfidentTrace {
  readonly target: readonly PassageToken[];
  readonly source: readonly PassageToken[];
  readonly alignment: PassageAlignment;
}

/** Options of learnCasePairs. */
export interface LearnCasePairsOptions {
  /** Learn from one-to-one gaps between ordered links (default true). */
  readonly gaps?: boolean;
  /** Learn from co-occurrence across traces (default true). */
  readonly cooccurrence?: boolean;
}

/**
 * Words that may be learnt: content words, not numbers and not names. A name or a number
 * matches only itself (or a lexicon entry): a pair learnt between two names (`Novak` where the
 * source says `Genevieve`) would hide the very change the verdict must report.
 */
const isWord = (t: PassageToken) => !t.fn && !t.name && t.value === null && t.key.length >= 3;

/** French folded word → English folded words, learnt from a case's confident traces. */
export function learnCasePairs(
  traces: readonly ConfidentTrace[],
  options: LearnCasePairsOptions = {},
): Map<string, string[]> {
  const learned = new Map<string, string[]>();
  const add = (fr: string, en: string) => {
    const list = learned.get(fr) ?? [];
    if (!list.includes(en)) list.push(en);
    learned.set(fr, list);
  };
  const unlinked: TokenPair[] = [];
  for (const { target, source, alignment } of traces) {
    const content = alignment.links.filter((l) => !target[l.t]!.fn && !source[l.s]!.fn);
    if (options.gaps ?? true) {
      // Only gaps between two links: a one-word gap at either end (before the first link, after
      // the last) was tried and lowered top-1 on newstest2012 (0.823 → 0.813 at the best threshold).
      for (let i = 0; i + 1 < content.length; i++) {
        const a = content[i]!;
        const b = content[i + 1]!;
        if (b.s <= a.s) continue;
        const gapT: number[] = [];
        const gapS: number[] = [];
        for (let t = a.t + 1; t < b.t; t++) if (!target[t]!.fn) gapT.push(t);
        for (let s = a.s + 1; s < b.s; s++) if (!source[s]!.fn) gapS.push(s);
        if (gapT.length !== 1 || gapS.length !== 1) continue;
        const f = target[gapT[0]!]!;
        const e = source[gapS[0]!]!;
        if (alignment.targetLink[gapT[0]!] !== -1 || alignment.sourceLink[gapS[0]!] !== -1) continue;
        if (isWord(f) && isWord(e)) add(f.key, e.key);
      }
    }
    unlinked.push({
      src: target.filter((t, i) => alignment.targetLink[i] === -1 && isWord(t)).map((t) => t.key),
      tgt: source.filter((s, i) => alignment.sourceLink[i] === -1 && isWord(s)).map((s) => s.key),
    });
  }
  if (options.cooccurrence ?? true) {
    for (const [fr, ens] of learnWordPairs(unlinked, { minCount: 2, minDice: 0.5 }))
      for (const en of ens) add(fr, en);
  }
  return learned;
}
