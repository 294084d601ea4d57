import type { PairKeys } from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';

/** How many evidence tokens at the head of each segment head-match compares. */
const HEAD = 3;

/**
 * Whether two segments begin alike: the largest weight of a token among the first HEAD
 * evidence tokens of one segment that meets (either lexicon direction, as local-similarity.ts)
 * a token among the first HEAD of the other. A translation keeps its opening (the verb of a
 * list item, the subject of a sentence) near the start, where a sentence of the same story that
 * shares a name or two with it seldom has them. Symmetric in the two texts.
 */
export function headMatch(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
): number {
  const s0 = src.tokStart[i]!;
  const s1 = Math.min(src.tokStart[i + 1]!, s0 + HEAD);
  const t0 = tgt.tokStart[j]!;
  const t1 = Math.min(tgt.tokStart[j + 1]!, t0 + HEAD);
  let best = 0;
  for (let x = s0; x < s1; x++) {
    for (let y = t0; y < t1; y++) {
      if (!meets(src, keys.src, x, tgt, keys.tgt, y)) continue;
      best = Math.max(best, Math.min(src.tokWeight[x]!, tgt.tokWeight[y]!));
    }
  }
  return best;
}

function meets(
  src: SideFeatures,
  srcKeys: PairKeys['src'],
  x: number,
  tgt: SideFeatures,
  tgtKeys: PairKeys['tgt'],
  y: number,
): boolean {
  const own = tgt.tokKey[y]!;
  for (let k = srcKeys.start[x]!; k < srcKeys.start[x + 1]!; k++) if (srcKeys.keys[k] === own) return true;
  const back = src.tokKey[x]!;
  for (let k = tgtKeys.start[y]!; k < tgtKeys.start[y + 1]!; k++) if (tgtKeys.keys[k] === back) return true;
  return false;
}
