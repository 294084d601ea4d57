/**
 * Local lexical similarity of two segments: the best Smith & Waterman (1981) local alignment
 * of their token sequences. A match scores the mean of the two tokens' inverse document
 * frequencies, a mismatch and a gap cost a little. Unlike a bag of words, it rewards runs of
 * matches in the same order, which is what a translated or quoted passage inside a longer
 * paragraph leaves, and what texts that only share a topic do not.
 *
 * Two tokens match in either lexicon direction (`PairKeys`): when a key of the source token
 * (its own cognate key, number or name key, or a rendering's in the source → target lexicon)
 * equals the target token's own key, or a key of the target token (its renderings in the
 * inverted lexicon) equals the source token's own key. Reading the lexicon one way only made
 * the score depend on which text was called the source: a lexicon lists inflected forms on one
 * side only (`selling` is absent from en→fr, but `vendre` → `sell` meets `selling` through its
 * cognate key), so the sample case's demands paired from French to English and not back. With
 * the union, swapping the texts transposes the match matrix, and a local alignment score is
 * the same on a transposed matrix.
 */
import type { SourceKeys } from './lexical-coverage.ts';
import type { SideFeatures } from './segment-features.ts';

/** Scoring of the local alignment. */
export const LOCAL_SCORES = { mismatch: 0.1, gap: 0.2 };

/**
 * Keys of both sides: `src` maps each source token to its own key then the keys of its target
 * renderings (expandSourceKeys with the src → tgt lexicon), `tgt` each target token to its own
 * key then the keys of its source renderings (expandSourceKeys with the inverted lexicon).
 */
export interface PairKeys {
  readonly src: SourceKeys;
  readonly tgt: SourceKeys;
}

/** The same keys seen from the other side (target as source). */
export function swapPairKeys(keys: PairKeys): PairKeys {
  return { src: keys.tgt, tgt: keys.src };
}

/** Reusable buffers for `localSimilarity` and `coveredWeight`. */
export interface LocalBuffers {
  prev: Float64Array;
  cur: Float64Array;
  /** Per target position of the current row: 1 when the reverse direction matches. */
  hit: Uint8Array;
  hitList: Int32Array;
  stamp: Int32Array;
  stampValue: number;
  /** Inverted list of the target segment's expanded keys → its token positions. */
  revStamp: Int32Array;
  revHead: Int32Array;
  revNext: Int32Array;
  revPos: Int32Array;
  revValue: number;
  covered: Uint8Array;
}

/** Buffers sized for `keyCount` keys. */
export function createLocalBuffers(keyCount: number): LocalBuffers {
  return {
    prev: new Float64Array(64),
    cur: new Float64Array(64),
    hit: new Uint8Array(64),
    hitList: new Int32Array(64),
    stamp: new Int32Array(keyCount),
    stampValue: 0,
    revStamp: new Int32Array(keyCount),
    revHead: new Int32Array(keyCount),
    revNext: new Int32Array(256),
    revPos: new Int32Array(256),
    revValue: 0,
    covered: new Uint8Array(64),
  };
}

/** Index the expanded keys of target segment j: key → positions (0-based in j) that it can meet. */
export function indexTarget(tgt: SideFeatures, tgtKeys: SourceKeys, j: number, b: LocalBuffers): void {
  const t0 = tgt.tokStart[j]!;
  const t1 = tgt.tokStart[j + 1]!;
  const entries = tgtKeys.start[t1]! - tgtKeys.start[t0]!;
  if (b.revNext.length < entries) {
    b.revNext = new Int32Array(2 * entries);
    b.revPos = new Int32Array(2 * entries);
  }
  const mark = ++b.revValue;
  let e = 0;
  for (let t = t0; t < t1; t++) {
    for (let k = tgtKeys.start[t]!; k < tgtKeys.start[t + 1]!; k++) {
      const key = tgtKeys.keys[k]!;
      if (b.revStamp[key] !== mark) {
        b.revStamp[key] = mark;
        b.revHead[key] = -1;
      }
      b.revPos[e] = t - t0;
      b.revNext[e] = b.revHead[key]!;
      b.revHead[key] = e++;
    }
  }
}

/** Grow the row buffers of `b` to hold a target segment of q tokens. */
export function ensureRow(b: LocalBuffers, q: number): void {
  if (b.prev.length < q + 1) {
    b.prev = new Float64Array(2 * q + 2);
    b.cur = new Float64Array(2 * q + 2);
  }
  if (b.hit.length < q) {
    b.hit = new Uint8Array(2 * q);
    b.hitList = new Int32Array(2 * q);
  }
}

/** Best local alignment score between source segment i and target segment j. */
export function localSimilarity(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  buffers: LocalBuffers,
): number {
  const b0 = tgt.tokStart[j]!;
  const q = tgt.tokStart[j + 1]! - b0;
  if (q === 0 || src.tokStart[i + 1]! === src.tokStart[i]!) return 0;
  ensureRow(buffers, q);
  indexTarget(tgt, keys.tgt, j, buffers);
  const srcKeys = keys.src;
  const { hit, hitList, revStamp, revHead, revNext, revPos } = buffers;
  const revMark = buffers.revValue;
  let prev = buffers.prev;
  let cur = buffers.cur;
  prev.fill(0, 0, q + 1);
  const { mismatch, gap } = LOCAL_SCORES;
  let best = 0;
  for (let x = src.tokStart[i]!; x < src.tokStart[i + 1]!; x++) {
    // Mark the keys this source token can meet (forward), and the target positions whose
    // renderings meet this token's own key (reverse).
    const mark = ++buffers.stampValue;
    for (let k = srcKeys.start[x]!; k < srcKeys.start[x + 1]!; k++) buffers.stamp[srcKeys.keys[k]!] = mark;
    let hits = 0;
    const own = src.tokKey[x]!;
    if (revStamp[own] === revMark) {
      for (let e = revHead[own]!; e >= 0; e = revNext[e]!) {
        const p = revPos[e]!;
        if (hit[p] === 0) {
          hit[p] = 1;
          hitList[hits++] = p;
        }
      }
    }
    const wx = src.tokIdf[x]!;
    cur[0] = 0;
    for (let y = 1; y <= q; y++) {
      const tb = b0 + y - 1;
      const met = buffers.stamp[tgt.tokKey[tb]!] === mark || hit[y - 1] === 1;
      const match = met ? (wx + tgt.tokIdf[tb]!) / 2 : -mismatch;
      let v = prev[y - 1]! + match;
      const up = prev[y]! - gap;
      const left = cur[y - 1]! - gap;
      if (up > v) v = up;
      if (left > v) v = left;
      if (v < 0) v = 0;
      cur[y] = v;
      if (v > best) best = v;
    }
    for (let h = 0; h < hits; h++) hit[hitList[h]!] = 0;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  buffers.prev = prev;
  buffers.cur = cur;
  return best;
}

/**
 * Evidence weight of segment a's tokens (side A) met by some token of segment b (side B), with
 * matches in either lexicon direction: x of a is met when one of its keys equals the own key of
 * a token of b, or its own key is one of the keys of a token of b. Symmetric in the sense that
 * coveredWeight(A, B) after swapping the sides is what coveredWeight(B, A) was.
 */
export function coveredWeight(
  sideA: SideFeatures,
  keysA: SourceKeys,
  a: number,
  sideB: SideFeatures,
  keysB: SourceKeys,
  b: number,
  buffers: LocalBuffers,
): number {
  const a0 = sideA.tokStart[a]!;
  const a1 = sideA.tokStart[a + 1]!;
  const b0 = sideB.tokStart[b]!;
  const b1 = sideB.tokStart[b + 1]!;
  if (a0 === a1 || b0 === b1) return 0;
  if (buffers.covered.length < a1 - a0) buffers.covered = new Uint8Array(2 * (a1 - a0));
  const covered = buffers.covered;
  covered.fill(0, 0, a1 - a0);
  // Forward: B's own keys, looked for among A's expanded keys.
  const ownMark = ++buffers.stampValue;
  for (let y = b0; y < b1; y++) buffers.stamp[sideB.tokKey[y]!] = ownMark;
  for (let x = a0; x < a1; x++) {
    for (let k = keysA.start[x]!; k < keysA.start[x + 1]!; k++) {
      if (buffers.stamp[keysA.keys[k]!] === ownMark) {
        covered[x - a0] = 1;
        break;
      }
    }
  }
  // Reverse: B's expanded keys, looked for among A's own keys.
  const expMark = ++buffers.stampValue;
  for (let y = b0; y < b1; y++)
    for (let k = keysB.start[y]!; k < keysB.start[y + 1]!; k++) buffers.stamp[keysB.keys[k]!] = expMark;
  let weight = 0;
  for (let x = a0; x < a1; x++) {
    if (covered[x - a0] === 1 || buffers.stamp[sideA.tokKey[x]!] === expMark) weight += sideA.tokWeight[x]!;
  }
  return weight;
}
