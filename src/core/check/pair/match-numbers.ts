/**
 * Pairing the number mentions of a source text with those of its translation: a mention
 * meets another when they share a value (a month may meet a number: `April` = `04`). Greedy in
 * text order, same kind first, which is optimal for the short lists of one bead.
 */
import type { NumberMention } from './extract-numbers.ts';

/** The outcome of pairing: mentions left over on each side. */
export interface NumberMatch {
  readonly pairs: readonly (readonly [NumberMention, NumberMention])[];
  /** Source mentions that must appear in the translation and found no counterpart. */
  readonly missing: readonly NumberMention[];
  /** Target mentions that must come from the source and found no counterpart. */
  readonly extra: readonly NumberMention[];
  /** How many source digits were met only by a number in words (`1` ↔ `un`): weak evidence. */
  readonly softPairs: number;
  /** Months named alone (`by the end of November`) met by no month, on each side. */
  readonly looseMissing: readonly NumberMention[];
  readonly looseExtra: readonly NumberMention[];
}

/** True when two values are equal up to floating-point noise. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when two mentions may stand for the same number. */
export function mentionsMeet(a: NumberMention, b: NumberMention): boolean {
  return a.values.some((x) => b.values.some((y) => sameValue(x, y)));
}

/** Pair `src` mentions with `tgt` mentions. */
export function matchNumbers(src: readonly NumberMention[], tgt: readonly NumberMention[]): NumberMatch {
  const used = new Set<number>();
  const pairs: [NumberMention, NumberMention][] = [];
  const unmatched: NumberMention[] = [];
  // Required mentions first so that a word ("one") cannot take a digit's counterpart.
  const order = [...src].sort((a, b) => Number(b.required) - Number(a.required));
  for (const s of order) {
    let best = -1;
    let bestScore = -1;
    tgt.forEach((t, j) => {
      if (used.has(j) || !mentionsMeet(s, t)) return;
      // A month named alone is no evidence for a number (`in May` ≠ `5`), nor the reverse.
      if ((s.loose || t.loose) && s.kind !== t.kind) return;
      const score = (t.kind === s.kind ? 4 : 0) + (t.required ? 2 : 0) + (sameValue(t.base, s.base) ? 1 : 0);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([s, tgt[best]!]);
    } else unmatched.push(s);
  }
  return {
    pairs,
    softPairs: pairs.filter(([a, b]) => a.required && !b.required).length,
    missing: unmatched.filter((m) => m.required).sort((a, b) => a.start - b.start),
    extra: tgt.filter((t, j) => t.required && !used.has(j)),
    looseMissing: unmatched.filter((m) => m.loose).sort((a, b) => a.start - b.start),
    looseExtra: tgt.filter((t, j) => t.loose && !used.has(j)),
  };
}
