/**
 * Local lexical similarity of two segments: the best Smith & Waterman (1981) local alignment
 * of their token sequences, where two tokens match when a key of the source token (its own
 * cognate key or a rendering's) equals the target token's key. A match scores the mean of the
 * two tokens' inverse document frequencies, a mismatch and a gap cost a little. Unlike a bag of words, it rewards
 * runs of matches in the same order, which is what a translated or quoted passage inside a
 * longer paragraph leaves, and what texts that only share a topic do not.
 */
import type { SourceKeys } from './lexical-coverage.ts';
import type { SideFeatures } from './segment-features.ts';

/** Scoring of the local alignment. */
export const LOCAL_SCORES = { mismatch: 0.1, gap: 0.2 };

/** Reusable buffers for `localSimilarity`. */
export interface LocalBuffers {
  prev: Float64Array;
  cur: Float64Array;
  stamp: Int32Array;
  stampValue: number;
}

/** Buffers sized for `keyCount` keys. */
export function createLocalBuffers(keyCount: number): LocalBuffers {
  return {
    prev: new Float64Array(64),
    cur: new Float64Array(64),
    stamp: new Int32Array(keyCount),
    stampValue: 0,
  };
}

/** Best local alignment score between source segment i and target segment j. */
export function localSimilarity(
  src: SideFeatures,
  tgt: SideFeatures,
  srcKeys: SourceKeys,
  i: number,
  j: number,
  buffers: LocalBuffers,
): number {
  const b0 = tgt.tokStart[j]!;
  const q = tgt.tokStart[j + 1]! - b0;
  if (q === 0) return 0;
  if (buffers.prev.length < q + 1) {
    buffers.prev = new Float64Array(2 * q + 2);
    buffers.cur = new Float64Array(2 * q + 2);
  }
  let prev = buffers.prev;
  let cur = buffers.cur;
  prev.fill(0, 0, q + 1);
  const { mismatch, gap } = LOCAL_SCORES;
  let best = 0;
  for (let x = src.tokStart[i]!; x < src.tokStart[i + 1]!; x++) {
    // Mark the keys this source token can meet.
    const mark = ++buffers.stampValue;
    for (let k = srcKeys.start[x]!; k < srcKeys.start[x + 1]!; k++) buffers.stamp[srcKeys.keys[k]!] = mark;
    const wx = src.tokIdf[x]!;
    cur[0] = 0;
    for (let y = 1; y <= q; y++) {
      const tb = b0 + y - 1;
      const match = buffers.stamp[tgt.tokKey[tb]!] === mark ? (wx + tgt.tokIdf[tb]!) / 2 : -mismatch;
      let v = prev[y - 1]! + match;
      const up = prev[y]! - gap;
      const left = cur[y - 1]! - gap;
      if (up > v) v = up;
      if (left > v) v = left;
      if (v < 0) v = 0;
      cur[y] = v;
      if (v > best) best = v;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  buffers.prev = prev;
  buffers.cur = cur;
  return best;
}
