import { localModeFits } from './local-mode-fits.ts';
import { createLocalBuffers, localSimilarity, type PairKeys } from './local-similarity.ts';
import { forEachSampledPair } from './sample-pairs.ts';
import type { SideFeatures } from './segment-features.ts';

/**
 * Local similarity of the pairs of two sides, with its mean and sd over all pairs: every pair
 * (dense), or, for sides too large to score every pair, only the candidate pairs (sparse).
 */
export interface PairScores {
  readonly n: number;
  readonly m: number;
  /** Dense: row-major, pair (i, j) at i · m + j. */
  readonly scores?: Float64Array;
  /** Sparse: the scored candidate pairs, by i · m + j; any other pair is background. */
  readonly sparse?: ReadonlyMap<number, number>;
  readonly mean: number;
  readonly sd: number;
  /** The keys the pairs were scored with, and the size of their key space. */
  readonly keys?: PairKeys;
  readonly keyCount?: number;
}

/**
 * A key whose segments on either side are more than this many is too common to seed
 * candidate pairs in the sparse mode (names of the story, function words).
 */
export const MAX_SEED_POSTINGS = 48;

/** Score the pairs of the two sides (localSimilarity): all of them when they fit MAX_LOCAL_WORK. */
export function scorePairs(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  keyCount: number,
): PairScores {
  if (!localModeFits(src, tgt)) return scoreCandidatePairs(src, tgt, keys, keyCount);
  const n = src.count;
  const m = tgt.count;
  const scores = new Float64Array(n * m);
  const buffers = createLocalBuffers(keyCount);
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = localSimilarity(src, tgt, keys, i, j, buffers);
      scores[i * m + j] = s;
      sum += s;
      sum2 += s * s;
    }
  }
  const count = Math.max(1, n * m);
  const mean = sum / count;
  const sd = Math.sqrt(Math.max(1e-9, sum2 / count - mean * mean));
  return { n, m, scores, mean, sd, keys, keyCount };
}

/**
 * Sparse scoring for large sides, linear in their tokens for a bounded seed list: a pair is a
 * candidate when its segments share a match (either lexicon direction) on a key found in at
 * most MAX_SEED_POSTINGS segments of each side, the seeds of BLAST-like search (Altschul et al.
 * 1990); a rendered passage shares some rare word or name with its source. Mean and sd are
 * estimated on a sample of pairs drawn by a hash symmetric in (i, j). Symmetric in the sides.
 */
function scoreCandidatePairs(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  keyCount: number,
): PairScores {
  const n = src.count;
  const m = tgt.count;
  const postings = (side: SideFeatures, expanded: PairKeys['src'], own: boolean) => {
    const lists = new Map<number, number[]>();
    for (let seg = 0; seg < side.count; seg++) {
      for (let t = side.tokStart[seg]!; t < side.tokStart[seg + 1]!; t++) {
        const from = own ? t : expanded.start[t]!;
        const to = own ? t + 1 : expanded.start[t + 1]!;
        for (let k = from; k < to; k++) {
          const key = own ? side.tokKey[k]! : expanded.keys[k]!;
          const list = lists.get(key) ?? [];
          if (list.length === 0) lists.set(key, list);
          if (list.at(-1) !== seg && list.length <= MAX_SEED_POSTINGS) list.push(seg);
        }
      }
    }
    return lists;
  };
  const buffers = createLocalBuffers(keyCount);
  const sparse = new Map<number, number>();
  const seed = (rows: Map<number, number[]>, cols: Map<number, number[]>) => {
    for (const [key, is] of rows) {
      const js = cols.get(key);
      if (!js || is.length > MAX_SEED_POSTINGS || js.length > MAX_SEED_POSTINGS) continue;
      for (const i of is) {
        for (const j of js) {
          const at = i * m + j;
          if (!sparse.has(at)) sparse.set(at, localSimilarity(src, tgt, keys, i, j, buffers));
        }
      }
    }
  };
  seed(postings(src, keys.src, false), postings(tgt, keys.tgt, true));
  seed(postings(src, keys.src, true), postings(tgt, keys.tgt, false));
  // Background: about 20,000 pairs, all pairs being n · m.
  let count = 0;
  let sum = 0;
  let sum2 = 0;
  forEachSampledPair(n, m, 20_000, (i, j) => {
    const v = sparse.get(i * m + j) ?? localSimilarity(src, tgt, keys, i, j, buffers);
    sum += v;
    sum2 += v * v;
    count++;
  });
  const mean = sum / Math.max(1, count);
  const sd = Math.sqrt(Math.max(1e-9, sum2 / Math.max(1, count) - mean * mean));
  return { n, m, sparse, mean, sd, keys, keyCount };
}
