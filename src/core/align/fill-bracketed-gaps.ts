import { galeChurchCost } from './length-cost.ts';
import type { LocalPair } from './local-pair.ts';
import { PARTIAL_PARAMS } from './partial-params.ts';
import type { SideFeatures } from './segment-features.ts';

/**
 * Step 5 of selectPairs: a short gap (at most maxGap) bracketed by two chosen pairs, with as
 * many segments on each side and every position compatible by length (Gale & Church 1993), is
 * paired 1-1 by position (`bracketed`, z 0).
 */
export function fillBracketedGaps(
  kept: readonly LocalPair[],
  src: SideFeatures,
  tgt: SideFeatures,
): LocalPair[] {
  const out: LocalPair[] = [];
  // Length ratio of the texts' paired parts (the texts as wholes differ in what they hold).
  let srcChars = 0;
  let tgtChars = 0;
  for (const p of kept) {
    srcChars += src.length[p.i]!;
    tgtChars += tgt.length[p.j]!;
  }
  const ratio = tgtChars / Math.max(1, srcChars) || 1;
  for (let k = 0; k < kept.length; k++) {
    const p = kept[k]!;
    out.push(p);
    const next = kept[k + 1];
    if (!next) continue;
    const gap = next.i - p.i - 1;
    if (gap < 1 || gap > PARTIAL_PARAMS.maxGap || next.j - p.j - 1 !== gap) continue;
    // Only when every position fits by length (Gale & Church cost: |δ| under about 2).
    let fits = true;
    for (let d = 1; d <= gap; d++) {
      // Either way round (the cost is not symmetric in its two lengths).
      const a = src.length[p.i + d]!;
      const b = tgt.length[p.j + d]!;
      if (Math.max(galeChurchCost(a, b, ratio), galeChurchCost(b, a, 1 / ratio)) > 3.2) fits = false;
    }
    if (!fits) continue;
    for (let d = 1; d <= gap; d++) out.push({ i: p.i + d, j: p.j + d, z: 0, bracketed: true });
  }
  return out;
}
