/**
 * Word pairs learned from an alignment's confident beads, in the spirit of hunalign's
 * dictionary bootstrapping (Varga et al. 2005) and Moore's (2002) second pass: words that
 * keep co-occurring in aligned segments are taken as translations. Association is the Dice
 * coefficient 2·c(s,t) / (c(s) + c(t)) over beads; a pair is kept when it occurs at least
 * `minCount` times, its Dice reaches `minDice`, and each word is the other's best partner.
 */

/** One aligned pair of segments, as the folded tokens of each side. */
export interface TokenPair {
  readonly src: readonly string[];
  readonly tgt: readonly string[];
}

/** Options of `learnWordPairs`. */
export interface LearnOptions {
  readonly minCount?: number;
  readonly minDice?: number;
}

/** Learn source word → target words from aligned token pairs. */
export function learnWordPairs(
  pairs: readonly TokenPair[],
  options: LearnOptions = {},
): Map<string, string[]> {
  const minCount = options.minCount ?? 2;
  const minDice = options.minDice ?? 0.4;
  const srcCount = new Map<string, number>();
  const tgtCount = new Map<string, number>();
  const joint = new Map<string, Map<string, number>>();
  for (const pair of pairs) {
    const src = new Set(pair.src);
    const tgt = new Set(pair.tgt);
    for (const s of src) srcCount.set(s, (srcCount.get(s) ?? 0) + 1);
    for (const t of tgt) tgtCount.set(t, (tgtCount.get(t) ?? 0) + 1);
    for (const s of src) {
      if ((srcCount.get(s) ?? 0) < 1) continue;
      let row = joint.get(s);
      if (!row) {
        row = new Map();
        joint.set(s, row);
      }
      for (const t of tgt) row.set(t, (row.get(t) ?? 0) + 1);
    }
  }
  // Best partner of each word on both sides.
  const bestForSrc = new Map<string, [string, number]>();
  const bestForTgt = new Map<string, [string, number]>();
  for (const [s, row] of joint) {
    const cs = srcCount.get(s) ?? 0;
    for (const [t, c] of row) {
      if (c < minCount) continue;
      const dice = (2 * c) / (cs + (tgtCount.get(t) ?? 0));
      if (dice < minDice) continue;
      if (dice > (bestForSrc.get(s)?.[1] ?? 0)) bestForSrc.set(s, [t, dice]);
      if (dice > (bestForTgt.get(t)?.[1] ?? 0)) bestForTgt.set(t, [s, dice]);
    }
  }
  const learned = new Map<string, string[]>();
  for (const [s, [t]] of bestForSrc) {
    if (bestForTgt.get(t)?.[0] === s) learned.set(s, [t]);
  }
  return learned;
}
