/**
 * Alignment of partly parallel texts (reports that quote or render some passages of a common
 * source): a local mode that pairs only segments with real lexical evidence.
 * 1. Every pair gets its local similarity (a Smith–Waterman score, local-similarity.ts) and a
 *    z-score against all pairs of the two texts: same-topic texts share names and words, so
 *    only a pair standing far above that background is evidence.
 * 2. Translated passages come in runs (a list of demands), so a pair also earns half the
 *    z-score of its stronger diagonal neighbour; a pair is kept when this reaches `minZ`, its
 *    own z is at least `minOwnZ` and its score at least `minScore`, or when it is a mutual best
 *    match (each segment the other's best) with own z at least `minMutualZ`.
 * 3. The heaviest monotone subset of kept pairs is chosen (a weighted longest common
 *    subsequence), since both texts render the common source in order.
 * 4. A run is followed along the diagonal from each chosen pair, up to `maxGap` steps either
 *    way, while the next pair has own evidence above the background (z ≥ `minRunZ`): a list
 *    of demands rendered in full is often rendered loosely item by item ("Stop selling facial
 *    recognition services to law enforcement" / "Cesser de vendre des technologies de
 *    surveillance aux forces de l'ordre" share two words), and only its neighbour vouches for it.
 * 5. A short gap bracketed by two chosen pairs, with as many segments on each side and
 *    compatible lengths, is paired 1-1 at a lower confidence.
 * Each pair then gets a calibrated confidence in two passes (own evidence, then with the block
 * support of its confident neighbours: blockSupport, localPairConfidence); align-segments.ts
 * keeps those that are more likely right than wrong. Everything else stays unpaired (1-0 / 0-1 beads).
 * Every step is symmetric in the two texts (local-similarity.ts): swapping them transposes
 * the pairs.
 */
import { galeChurchCost } from './length-cost.ts';
import {
  coveredWeight,
  createLocalBuffers,
  type LocalBuffers,
  localSimilarity,
  type PairKeys,
} from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';

/** Parameters of the local mode. */
export const PARTIAL_PARAMS = {
  /** Least z-score (with the neighbour bonus) of a kept pair. */
  minZ: 4,
  /** Least own z-score of a kept pair. */
  minOwnZ: 0.5,
  /** Least local alignment score (in token weights) of a kept pair. */
  minScore: 1,
  /** Longest bracketed gap filled by position, and longest run followed from a chosen pair. */
  maxGap: 3,
  /** Least own z-score of a pair that continues a run. */
  minRunZ: 0,
  followRuns: true,
  /**
   * Least own z-score of a pair kept because each of its segments is the other's best match
   * (mutual best, Melamed 2000's competitive linking), below minZ: a rendered sentence of a
   * story whose texts share many names stands out from its row and column, less from all pairs.
   */
  minMutualZ: 1.5,
};

/** One pair chosen by the local mode. */
export interface LocalPair {
  readonly i: number;
  readonly j: number;
  readonly z: number;
  /** True when paired by position inside a bracketed gap, not by its own evidence. */
  readonly bracketed: boolean;
  /** True when paired as the continuation of a run (step 4), on weak evidence of its own. */
  readonly extended?: boolean;
  /** True when each of its segments is the other's best-scoring match. */
  readonly mutual?: boolean;
}

/**
 * What the confidence of a local pair is computed from (see PARTIAL_CALIBRATION): its z with
 * the run bonus, the shares of each side's evidence weight that the other side meets (least,
 * then most: a translation covers both sides, a passage rendered inside a longer one covers
 * the shorter side; two sentences on the same story share a few names) as z-scores against
 * the background of all pairs (coverageBackground), how far the lengths
 * are from the ratio of the paired parts (|log|), whether it was paired by position
 * (continuing a run or inside a bracketed gap) on weak evidence of its own, and whether it is a
 * mutual best match. (align-segments.ts appends blockSupport's two features for pass 2.)
 */
export function pairFeatures(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  pair: LocalPair,
  ratio: number,
  background: CoverageBackground,
  buffers: LocalBuffers,
): number[] {
  const [least, most] = coverageShares(src, tgt, keys, pair.i, pair.j, buffers);
  const lenDiff = Math.abs(
    Math.log(Math.max(1, tgt.length[pair.j]!) / Math.max(1, ratio * src.length[pair.i]!)),
  );
  return [
    pair.z,
    (least - background.least.mean) / background.least.sd,
    (most - background.most.mean) / background.most.sd,
    lenDiff,
    // Paired by position (a run continued, a bracketed gap), on weak evidence of its own: one
    // feature for both, bracketed gaps being too rare once runs are followed to be told apart.
    pair.bracketed || pair.extended ? 1 : 0,
    pair.mutual ? 1 : 0,
  ];
}

/** Mean and sd of the coverage shares over the pairs of two texts (how much any two segments share). */
export interface CoverageBackground {
  readonly least: { readonly mean: number; readonly sd: number };
  readonly most: { readonly mean: number; readonly sd: number };
}

/**
 * The background of coverage shares over (a sample of at most ~20,000) pairs of the two
 * texts: shares depend on how well the lexicon covers these texts, so the calibration reads
 * them as z-scores against this background, which transfers across texts and lexicons.
 */
export function coverageBackground(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  buffers: LocalBuffers,
): CoverageBackground {
  const total = src.count * tgt.count;
  const step = Math.max(1, Math.floor(total / 20_000));
  const acc = [0, 0, 0, 0];
  let count = 0;
  for (let i = 0; i < src.count; i++) {
    for (let j = 0; j < tgt.count; j++) {
      // The sample is chosen by a hash symmetric in i and j, so that swapping the texts
      // samples the same pairs (a row-major stride would not).
      if (step > 1 && (mix(i) ^ mix(j)) % step !== 0) continue;
      const [least, most] = coverageShares(src, tgt, keys, i, j, buffers);
      acc[0]! += least;
      acc[1]! += least * least;
      acc[2]! += most;
      acc[3]! += most * most;
      count++;
    }
  }
  const stat = (sum: number, sum2: number) => {
    const mean = sum / Math.max(1, count);
    return { mean, sd: Math.sqrt(Math.max(1e-4, sum2 / Math.max(1, count) - mean * mean)) };
  };
  return { least: stat(acc[0]!, acc[1]!), most: stat(acc[2]!, acc[3]!) };
}

/** An integer hash (Wang/Jenkins-style mix), non-negative. */
function mix(v: number): number {
  let h = Math.imul(v ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Shares of each side's evidence weight met by the other side (either lexicon direction): [least, most]. */
function coverageShares(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  buffers: LocalBuffers,
): [number, number] {
  const shareS = coveredWeight(src, keys.src, i, tgt, keys.tgt, j, buffers) / Math.max(1e-9, src.weight[i]!);
  const shareT = coveredWeight(tgt, keys.tgt, j, src, keys.src, i, buffers) / Math.max(1e-9, tgt.weight[j]!);
  return [Math.min(shareS, shareT), Math.max(shareS, shareT)];
}

/**
 * Logistic calibration of a local pair on its own evidence (pass 1): P(right) =
 * σ(w · pairFeatures + bias). Fitted, with PARTIAL_CALIBRATION, on partly parallel WMT documents
 * whose shared passages are rendered in blocks (tests/bench/lib/block-parallel-docs.ts,
 * newstest2012, tight and loose renderings; checked on 2013) by
 * tests/bench/align-partial-blocks.bench.ts, with the shipped lexicon files (en-fr + pivot parts).
 */
export const PARTIAL_BASE_CALIBRATION = {
  weights: [0.3, 0.816, 0.923, -2.157, -0.251],
  bias: -4.091,
};

/**
 * The features of pass 1: a pair's own evidence, pairFeatures without "paired by position"
 * (z, least and most coverage z, |log length ratio|, mutual best). Being next to a chosen pair
 * is block evidence, which pass 2 weighs from the neighbours' own confidence; counted in pass 1
 * too, two weak neighbours would vouch for each other.
 */
export function ownFeatures(features: readonly number[]): number[] {
  return [features[0]!, features[1]!, features[2]!, features[3]!, features[5]!];
}

/**
 * Logistic calibration of a local pair with its block evidence (pass 2): pairFeatures followed by
 * blockSupport's two features, computed from the pass-1 confidences of its diagonal neighbours.
 */
export const PARTIAL_CALIBRATION = {
  weights: [0.158, 0.935, 0.916, -1.553, 0.792, 1.623, 2.166, 3.523],
  bias: -6.585,
};

/** Share of unpaired beads of the partial mode that are right on the same material (2012 tight: 0.946). */
export const PARTIAL_UNPAIRED_RIGHT = 0.946;

/** σ(w · features + bias), features beyond the weights ignored. */
export function logisticConfidence(
  features: readonly number[],
  model: { readonly weights: readonly number[]; readonly bias: number },
): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) z += model.weights[k]! * (features[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Calibrated probability that a local pair is right, from its full features (pass 2). */
export function localPairConfidence(features: readonly number[]): number {
  return logisticConfidence(features, PARTIAL_CALIBRATION);
}

/**
 * Block evidence of each local pair (pass 2). Reports render a source in contiguous blocks (a
 * letter's list of demands, several consecutive sentences), often loosely and skipping an item,
 * so a pair whose diagonal neighbour is a confident pair is more likely right than one standing
 * alone: the anchor lifts its neighbours in order. For each pair, the strongest pass-1
 * confidence among its predecessors (i−1, j−1), (i−2, j−1), (i−1, j−2) (one item skipped on
 * either side) and among its successors likewise; features: the larger and the smaller of the
 * two (a pair inside a block is supported on both sides, one at a block's edge on one). Each
 * neighbour's confidence is its own evidence only (pass 1), so that two weak pairs do not vouch
 * for each other. Symmetric in the two texts (the neighbourhood transposes onto itself).
 */
export function blockSupport(
  pairs: readonly { readonly i: number; readonly j: number }[],
  base: readonly number[],
): [number, number][] {
  const at = new Map(pairs.map((p, k) => [`${p.i}:${p.j}`, base[k]!] as const));
  const best = (i: number, j: number, d: number) =>
    Math.max(
      at.get(`${i + d}:${j + d}`) ?? 0,
      at.get(`${i + 2 * d}:${j + d}`) ?? 0,
      at.get(`${i + d}:${j + 2 * d}`) ?? 0,
    );
  return pairs.map((p) => {
    const before = best(p.i, p.j, -1);
    const after = best(p.i, p.j, 1);
    return [Math.max(before, after), Math.min(before, after)];
  });
}

/** Largest product of the two sides' token counts for which every pair is scored. */
export const MAX_LOCAL_WORK = 60_000_000;

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
  return { n, m, scores, mean, sd };
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
  const step = Math.max(1, Math.floor((n * m) / 20_000));
  let count = 0;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    const hi = mix(i);
    for (let j = 0; j < m; j++) {
      if ((hi ^ mix(j)) % step !== 0) continue;
      const v = sparse.get(i * m + j) ?? localSimilarity(src, tgt, keys, i, j, buffers);
      sum += v;
      sum2 += v * v;
      count++;
    }
  }
  const mean = sum / Math.max(1, count);
  const sd = Math.sqrt(Math.max(1e-9, sum2 / Math.max(1, count) - mean * mean));
  return { n, m, sparse, mean, sd };
}

/** Options of selectPairs. */
export interface SelectOptions {
  /** Follow runs from the chosen pairs (step 4; default true). */
  readonly runs?: boolean;
  /** Keep mutual best pairs from minMutualZ (default true). */
  readonly mutual?: boolean;
}

/** Find the evidence pairs of two partly parallel sides, in order. */
export function alignPartial(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  keyCount: number,
  options: SelectOptions = {},
): LocalPair[] {
  if (src.count === 0 || tgt.count === 0) return [];
  return selectPairs(scorePairs(src, tgt, keys, keyCount), src, tgt, options);
}

/** Steps 2–5 on scored pairs. */
export function selectPairs(
  scored: PairScores,
  src: SideFeatures,
  tgt: SideFeatures,
  options: SelectOptions = {},
): LocalPair[] {
  const { n, m, scores, sparse, mean, sd } = scored;
  if (n === 0 || m === 0) return [];
  // An unscored pair (sparse mode) is background: z 0, no evidence.
  const score = (i: number, j: number) =>
    i < 0 || j < 0 || i >= n || j >= m ? undefined : scores ? scores[i * m + j] : sparse?.get(i * m + j);
  const z = (i: number, j: number) => {
    const v = score(i, j);
    return v === undefined ? 0 : (v - mean) / sd;
  };
  // Best score of each row and column (ties count as best for all, so that swapping the texts
  // keeps the same mutual pairs).
  const rowBest = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const colBest = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const visit = (f: (i: number, j: number, v: number) => void) => {
    if (scores) {
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) f(i, j, scores[i * m + j]!);
    } else if (sparse) {
      for (const [at, v] of sparse) f(Math.floor(at / m), at % m, v);
    }
  };
  visit((i, j, v) => {
    if (v > rowBest[i]!) rowBest[i] = v;
    if (v > colBest[j]!) colBest[j] = v;
  });
  const useMutual = options.mutual !== false;
  const candidates: LocalPair[] = [];
  visit((i, j, v) => {
    const own = (v - mean) / sd;
    if (own < PARTIAL_PARAMS.minOwnZ || v < PARTIAL_PARAMS.minScore) return;
    const withRun = own + 0.5 * Math.max(0, z(i - 1, j - 1), z(i + 1, j + 1));
    const mutual = v >= rowBest[i]! && v >= colBest[j]!;
    if (withRun >= PARTIAL_PARAMS.minZ || (useMutual && mutual && own >= PARTIAL_PARAMS.minMutualZ))
      candidates.push({ i, j, z: withRun, bracketed: false, mutual });
  });
  const kept = heaviestMonotoneSubset(candidates);
  const evidence = (i: number, j: number) => {
    const v = score(i, j);
    return v !== undefined && z(i, j) >= PARTIAL_PARAMS.minRunZ && v >= PARTIAL_PARAMS.minScore;
  };
  return fillBracketedGaps(
    options.runs === false || !PARTIAL_PARAMS.followRuns ? kept : followRuns(kept, z, evidence),
    src,
    tgt,
  );
}

/**
 * Step 4: from each chosen pair, follow the diagonal up to maxGap steps back and forth while
 * the next pair stays between its chosen neighbours and has own evidence (z ≥ minRunZ, score
 * ≥ minScore). Its z is its own plus half its run neighbour's, as for candidates.
 */
function followRuns(
  kept: readonly LocalPair[],
  z: (i: number, j: number) => number,
  evidence: (i: number, j: number) => boolean,
): LocalPair[] {
  const out: LocalPair[] = [];
  const { maxGap } = PARTIAL_PARAMS;
  for (let k = 0; k < kept.length; k++) {
    const p = kept[k]!;
    const last = out.at(-1);
    const back: LocalPair[] = [];
    for (let d = 1; d <= maxGap; d++) {
      const i = p.i - d;
      const j = p.j - d;
      if ((last && (i <= last.i || j <= last.j)) || !evidence(i, j)) break;
      back.push({ i, j, z: z(i, j) + 0.5 * Math.max(0, z(i + 1, j + 1)), bracketed: false, extended: true });
    }
    out.push(...back.reverse(), p);
    const next = kept[k + 1];
    for (let d = 1; d <= maxGap; d++) {
      const i = p.i + d;
      const j = p.j + d;
      if ((next && (i >= next.i || j >= next.j)) || !evidence(i, j)) break;
      out.push({ i, j, z: z(i, j) + 0.5 * Math.max(0, z(i - 1, j - 1)), bracketed: false, extended: true });
    }
  }
  return out;
}

/** Whether the local mode can score every pair of these sides within its work budget. */
export function localModeFits(src: SideFeatures, tgt: SideFeatures): boolean {
  return src.tokKey.length * tgt.tokKey.length <= MAX_LOCAL_WORK;
}

/**
 * The subset of pairs, increasing on both sides, with the largest total z (O(k²), k small).
 * Ties (equal totals within 1e-9, common when many pairs share one word) are broken by a rule
 * that does not change when the texts are swapped: the predecessor nearer the pair on both sides
 * (larger i + j), then nearer the diagonal of the pair (smaller |Δi − Δj|).
 */
function heaviestMonotoneSubset(pairs: readonly LocalPair[]): LocalPair[] {
  const sorted = [...pairs].sort((x, y) => x.i - y.i || x.j - y.j);
  const score = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  const eps = 1e-9;
  // Whether predecessor q is a better (symmetric) choice than the current one for pair p.
  const nearer = (p: LocalPair, q: LocalPair, cur: LocalPair | undefined) => {
    if (!cur) return true;
    const sq = q.i + q.j;
    const sc = cur.i + cur.j;
    if (sq !== sc) return sq > sc;
    return Math.abs(p.i - q.i - (p.j - q.j)) < Math.abs(p.i - cur.i - (p.j - cur.j));
  };
  let bestEnd = -1;
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    score[k] = p.z;
    for (let q = 0; q < k; q++) {
      const o = sorted[q]!;
      if (o.i >= p.i || o.j >= p.j) continue;
      const total = score[q]! + p.z;
      const cur = prev[k]! >= 0 ? sorted[prev[k]!] : undefined;
      if (total > score[k]! + eps || (total > score[k]! - eps && cur && nearer(p, o, cur))) {
        score[k] = total;
        prev[k] = q;
      }
    }
    if (bestEnd < 0 || score[k]! > score[bestEnd]! + eps) bestEnd = k;
    else if (score[k]! > score[bestEnd]! - eps) {
      // Equal totals: the chain ending nearer the texts' ends, then nearer their diagonal.
      const e = sorted[bestEnd]!;
      if (p.i + p.j > e.i + e.j || (p.i + p.j === e.i + e.j && Math.abs(p.i - p.j) < Math.abs(e.i - e.j)))
        bestEnd = k;
    }
  }
  const out: LocalPair[] = [];
  for (let k = bestEnd; k >= 0; k = prev[k]!) out.push(sorted[k]!);
  return out.reverse();
}

function fillBracketedGaps(kept: readonly LocalPair[], src: SideFeatures, tgt: SideFeatures): LocalPair[] {
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
