import type { PairKeys } from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';

/** A key found in more segments of a side than this is the story's, not a passage's. */
const RARE_SEGMENTS = 2;

/** Number of segments of a side that hold each own key. */
export function keySegmentCounts(side: SideFeatures): Map<number, number> {
  const counts = new Map<number, number>();
  for (let s = 0; s < side.count; s++) {
    const seen = new Set<number>();
    for (let t = side.tokStart[s]!; t < side.tokStart[s + 1]!; t++) seen.add(side.tokKey[t]!);
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Share of a pair's evidence weight met by tokens that are rare on the other side (their key in
 * at most RARE_SEGMENTS of its segments), averaged over the two directions. Two reports of one
 * event share the story's names and words, which recur in many segments of both texts; a
 * rendered passage also shares the words that only it and its source hold. Symmetric.
 */
export function rareMatchShare(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  srcCounts: ReadonlyMap<number, number>,
  tgtCounts: ReadonlyMap<number, number>,
): number {
  return (
    (shareOf(src, keys.src, i, tgt, keys.tgt, j, tgtCounts) +
      shareOf(tgt, keys.tgt, j, src, keys.src, i, srcCounts)) /
    2
  );
}

function shareOf(
  sideA: SideFeatures,
  keysA: PairKeys['src'],
  a: number,
  sideB: SideFeatures,
  keysB: PairKeys['tgt'],
  b: number,
  countsB: ReadonlyMap<number, number>,
): number {
  // Keys of b's tokens: own key → rare?, and the keys its renderings reach → rare?
  const own = new Map<number, boolean>();
  const rendered = new Map<number, boolean>();
  for (let y = sideB.tokStart[b]!; y < sideB.tokStart[b + 1]!; y++) {
    const key = sideB.tokKey[y]!;
    const rare = (countsB.get(key) ?? 0) <= RARE_SEGMENTS;
    own.set(key, (own.get(key) ?? false) || rare);
    for (let k = keysB.start[y]! + 1; k < keysB.start[y + 1]!; k++) {
      const r = keysB.keys[k]!;
      rendered.set(r, (rendered.get(r) ?? false) || rare);
    }
  }
  let met = 0;
  for (let x = sideA.tokStart[a]!; x < sideA.tokStart[a + 1]!; x++) {
    const key = sideA.tokKey[x]!;
    let rare = own.get(key) === true || rendered.get(key) === true;
    for (let k = keysA.start[x]! + 1; !rare && k < keysA.start[x + 1]!; k++)
      rare = own.get(keysA.keys[k]!) === true;
    if (rare) met += sideA.tokWeight[x]!;
  }
  return met / Math.max(1e-9, sideA.weight[a]!);
}
