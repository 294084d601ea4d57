/**
 * consistency: the same source sentence translated differently in two places, within one
 * document or across the documents of a case. Sentences are compared after normalisation
 * (case, spacing, quote and apostrophe styles, final punctuation), so that typography alone is
 * left to the typography rule. The translation most used (the first on a tie) is the expected
 * one; every other is flagged where it stands. A rendering that shares next to no content word
 * with the reference and is more than twice as long or as short is not the same sentence
 * translated otherwise but a pairing gone wrong (a report of another event aligned with the
 * original on a weak bead): it is left out. Paraphrases keep their length.
 */
import type { Finding } from '../../model/finding.ts';
import { tokenizeWords } from '../../text/tokenize-words.ts';
import type { CheckRule } from '../check-rule.ts';
import { isPaired, resolveBeads } from '../pair/bead-segments.ts';
import { fold } from '../pair/fold.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';
import { stopwords } from '../pair/stopwords.ts';

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

/** Below this share of shared content words (of the shorter rendering), two renderings are of different sentences. */
const MIN_SHARED = 0.2;

/** The content words of a rendering: words and numbers, folded and cut to 5 letters (police = polices), function words left out. */
function contentWords(text: string, lang: string): Set<string> {
  const stop = stopwords(lang);
  const out = new Set<string>();
  for (const token of tokenizeWords(text)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const lower = token.text.toLowerCase();
    if (lower.length < 3 || stop.has(lower)) continue;
    out.add(fold(lower).slice(0, 5));
  }
  return out;
}

/** Whether two renderings may be of one sentence: lengths within a factor 2, or enough content words in common. */
function sameSentence(a: string, b: string, lang: string): boolean {
  if (Math.max(a.length, b.length) <= 2 * Math.min(a.length, b.length)) return true;
  const x = contentWords(a, lang);
  const y = contentWords(b, lang);
  const fewer = Math.min(x.size, y.size);
  if (fewer < 3) return true;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / fewer >= MIN_SHARED;
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
      if (!sameSentence(o.text, ref.text, target.lang)) continue;
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
