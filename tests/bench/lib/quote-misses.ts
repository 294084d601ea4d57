/**
 * Failure analysis for the quote-tracing benchmark: for the quotations whose true source is not
 * claimed at the top, where it stands (rank, probability) and which French content words found
 * no counterpart in it. Printed by tests/bench/quotes.bench.ts when QUOTES_MISSES=N is set, on
 * the development year only.
 */
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { SourceIndex } from '../../../src/core/quote/source-index.ts';
import { traceQuotation } from '../../../src/core/quote/trace-quotation.ts';
import type { WordMatcher } from '../../../src/core/quote/word-matcher.ts';
import type { EnglishPool, Item } from './quote-bench-set.ts';

/** Print up to `limit` misses and a breakdown of all of them. */
export function printMisses(
  items: readonly Item[],
  pool: EnglishPool,
  matcher: WordMatcher,
  limit: number,
): void {
  const index = new SourceIndex(pool.docs);
  const breakdown = { notRetrieved: 0, sameDocument: 0, inTop5: 0, below: 0, deeper: 0 };
  const unmatched = new Map<string, number>();
  let printed = 0;
  for (const item of items) {
    if (item.variant === 'source-removed') continue;
    const truth = pool.spans[item.doc]![item.sentence]!;
    const tokens = passageTokens(item.fr, [0, item.fr.length], 'fr');
    const candidates = traceQuotation(tokens, index, matcher, { sentenceLike: true });
    const rank = candidates.findIndex(
      (c) => c.doc === item.doc && c.span[0] < truth[1] && c.span[1] > truth[0],
    );
    const top = candidates[0];
    if (rank === 0 && top && top.probability >= 0.5) continue;
    if (rank < 0) {
      breakdown.notRetrieved++;
      // Each document keeps its best window only: another passage of the true document can hide it.
      if (candidates.some((c) => c.doc === item.doc)) breakdown.sameDocument++;
    } else if (rank === 0) breakdown.below++;
    else if (rank < 5) breakdown.inTop5++;
    else breakdown.deeper++;
    const en = pool.docs[item.doc]!.text.slice(truth[0], truth[1]);
    const enTokens = passageTokens(en, [0, en.length], 'en');
    const words = tokens.filter((t) => !t.fn && t.value === null);
    const missing = words.filter((f) => !enTokens.some((e) => matcher.match(f, e)));
    for (const w of missing) unmatched.set(w.key, (unmatched.get(w.key) ?? 0) + 1);
    if (printed++ >= limit) continue;
    const truthCandidate = rank >= 0 ? candidates[rank]! : null;
    console.log(
      `\n  [${item.variant}] rank ${rank < 0 ? (candidates.some((c) => c.doc === item.doc) ? 'not retrieved (same document)' : 'not retrieved') : rank + 1}${truthCandidate ? ` p=${truthCandidate.probability.toFixed(2)}` : ''}; top p=${top?.probability.toFixed(2) ?? '-'}`,
    );
    console.log(`    FR: ${item.fr}`);
    console.log(`    EN: ${en}`);
    if (top && rank !== 0) {
      console.log(`    top: ${index.texts[top.doc]!.slice(top.span[0], top.span[1]).slice(0, 200)}`);
      // The links the wrong passage won with: a noisy lexicon pair shows here.
      const links = top.alignment.links.filter((l) => !tokens[l.t]!.fn);
      console.log(
        `    top's links: ${links.map((l) => `${tokens[l.t]!.key}~${top.tokens[l.s]!.key} (${l.by})`).join(', ')}`,
      );
    }
    console.log(
      `    French content words without a counterpart (${missing.length}/${words.length}): ${missing.map((t) => t.key).join(' ')}`,
    );
  }
  console.log(
    `\n  misses: not retrieved ${breakdown.notRetrieved} (of which another passage of the true document retrieved instead ${breakdown.sameDocument}), top but p < 0.5 ${breakdown.below}, rank 2-5 ${breakdown.inTop5}, deeper ${breakdown.deeper}`,
  );
  const common = [...unmatched].sort((a, b) => b[1] - a[1]).slice(0, 60);
  console.log(`  most frequent unmatched French words: ${common.map(([w, n]) => `${w} ${n}`).join(', ')}`);
}

/**
 * Print up to `limit` false claims: quotations whose English source was removed from the pool
 * but whose top candidate still passes `threshold`, with the features the probability rests on.
 */
export function printFalseClaims(
  items: readonly Item[],
  pool: EnglishPool,
  matcher: WordMatcher,
  limit: number,
  threshold: number,
): void {
  const index = new SourceIndex(pool.docs);
  let claims = 0;
  let removed = 0;
  for (const item of items) {
    if (item.variant !== 'source-removed') continue;
    removed++;
    const tokens = passageTokens(item.fr, [0, item.fr.length], 'fr');
    const top = traceQuotation(tokens, index, matcher, { sentenceLike: true })[0];
    if (!top || top.probability < threshold) continue;
    if (claims++ >= limit) continue;
    const a = top.alignment;
    console.log(
      `\n  [false claim] p=${top.probability.toFixed(2)} score ${top.score.toFixed(2)} margin ${top.margin.toFixed(2)} same document ${top.doc === item.doc}; idf coverage ${a.targetIdfCoverage.toFixed(2)}; links ${a.contentLinks} (names ${a.nameLinks}, numbers ${a.numberLinks}), monotonicity ${a.monotonicity.toFixed(2)}`,
    );
    console.log(`    FR: ${item.fr}`);
    console.log(`    claimed: ${index.texts[top.doc]!.slice(top.span[0], top.span[1]).slice(0, 240)}`);
  }
  console.log(`\n  false claims at p ≥ ${threshold}: ${claims}/${removed}`);
}
