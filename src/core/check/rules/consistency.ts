/**
 * consistency: the same source sentence translated differently in two places, within one
 * document or across the documents of a case. Sentences are compared after normalisation
 * (case, spacing, quote and apostrophe styles, final punctuation), so that typography alone is
 * left to the typography rule. The translation most used (the first on a tie) is the expected
 * one; every other is flagged where it stands.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { isPaired, resolveBeads } from '../pair/bead-segments.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';

const RULE = 'inconsistent-translation';
/** Sentences shorter than this (in words) are set phrases ("Thank you.") that may vary. */
const MIN_WORDS = 4;

/** Normalise a sentence for comparison. */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[«»“”„"]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\s*([,;:!?.])/g, '$1')
    .replace(/[\s.!?;:,"']+$/u, '')
    .replace(/^["'\s]+/u, '')
    .trim();
}

interface Occurrence {
  readonly pair: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly norm: string;
}

/** Consistency findings over several aligned pairs (a case); each finding is on its own target. */
export function checkConsistencyAcross(pairs: readonly PairContext[]): Finding[] {
  const bySource = new Map<string, Occurrence[]>();
  pairs.forEach((ctx, p) => {
    for (const bead of resolveBeads(ctx.source, ctx.target, ctx.alignment)) {
      if (!isPaired(bead) || bead.src.length !== 1) continue;
      const key = normaliseSentence(bead.srcText);
      if (key.split(' ').length < MIN_WORDS) continue;
      const first = bead.tgt[0]!;
      const last = bead.tgt[bead.tgt.length - 1]!;
      const text = ctx.target.text.slice(first.start, last.end);
      const list = bySource.get(key) ?? [];
      list.push({ pair: p, start: first.start, end: last.end, text, norm: normaliseSentence(text) });
      bySource.set(key, list);
    }
  });
  const findings: Finding[] = [];
  for (const [key, occurrences] of bySource) {
    const variants = new Map<string, Occurrence[]>();
    for (const o of occurrences) variants.set(o.norm, [...(variants.get(o.norm) ?? []), o]);
    if (variants.size < 2) continue;
    // The most used translation is the reference; a tie goes to the first met.
    const [reference] = [...variants.values()].sort((a, b) => b.length - a.length);
    const ref = reference![0]!;
    for (const o of occurrences) {
      if (o.norm === ref.norm) continue;
      const target = pairs[o.pair]!.target;
      findings.push(
        pairFinding(target, {
          rule: RULE,
          category: 'consistency',
          severity: 'warning',
          start: o.start,
          end: o.end,
          expected: ref.text,
          params: {
            source: key.slice(0, 200),
            otherDocId: pairs[ref.pair]!.target.id,
            otherStart: ref.start,
            variants: variants.size,
          },
        }),
      );
    }
  }
  return findings;
}

/** Consistency findings within one translation. */
export function checkConsistency(ctx: PairContext): Finding[] {
  return checkConsistencyAcross([ctx]);
}

/** The registry entry (within one document; across a case, call checkConsistencyAcross). */
export const consistencyRule: CheckRule = {
  id: RULE,
  category: 'consistency',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkConsistency(pair) : [];
  },
};
