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
  const taken = new Map<NumberMention, number>();
  for (const s of order) {
    let best = -1;
    let bestScore = -1;
    // Between equals, the one after the counterpart of the mention before (the `30` of `6:30`
    // is that of `18h30`, not of the `3h30` before it).
    const before = src[src.indexOf(s) - 1];
    const after = before ? taken.get(before) : undefined;
    tgt.forEach((t, j) => {
      if (used.has(j) || !mentionsMeet(s, t)) return;
      // A month named alone is no evidence for a number (`in May` ≠ `5`), nor the reverse.
      if ((s.loose || t.loose) && s.kind !== t.kind) return;
      const score =
        (t.kind === s.kind ? 4 : 0) +
        (t.required ? 2 : 0) +
        (sameValue(t.base, s.base) ? 1 : 0) +
        (after !== undefined && j === after + 1 ? 0.5 : 0);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      taken.set(s, best);
      pairs.push([s, tgt[best]!]);
    } else unmatched.push(s);
  }
  // The minutes of hours that met their counterpart with them (`5h30` ↔ `5 1/2-hour`) are said,
  // and so are those of hours left unmet (`3h30` for `2 1/2`): the hours' finding tells the time.
  const partner = new Map<NumberMention, NumberMention>();
  for (const [a, b] of pairs) {
    partner.set(a, b);
    partner.set(b, a);
  }
  const said = (list: readonly NumberMention[], k: number): boolean => {
    const m = list[k]!;
    const hours = list[k - 1];
    if (!m.minutes || !hours) return false;
    const other = partner.get(hours);
    if (!other) return hours.required;
    const whole = hours.base + m.base / 60;
    return (
      other.values.some((v) => sameValue(v, whole)) && !other.values.some((v) => sameValue(v, hours.base))
    );
  };
  const unsaid = new Set(src.filter((_, k) => !said(src, k)));
  return {
    pairs,
    softPairs: pairs.filter(([a, b]) => a.required && !b.required).length,
    missing: unmatched.filter((m) => m.required && unsaid.has(m)).sort((a, b) => a.start - b.start),
    extra: tgt.filter((t, j) => t.required && !used.has(j) && !said(tgt, j)),
    looseMissing: unmatched.filter((m) => m.loose).sort((a, b) => a.start - b.start),
    looseExtra: tgt.filter((t, j) => t.loose && !used.has(j)),
  };
}
