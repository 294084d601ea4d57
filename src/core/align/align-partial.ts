/**
 * Alignment of partly parallel texts (reports that quote or render some passages of a common
 * source): a local mode that pairs only segments with real lexical evidence.
 * 1. The similarity of every pair (covered evidence over total evidence) is compared with
 *    the background of all pairs of the two texts: a pair is evidence when its similarity
 *    stands `minZ` standard deviations above the mean (same-topic texts share names, so an
 *    absolute threshold would pair them all) and it covers some minimum evidence weight.
 * 2. The heaviest monotone subset of the evidence pairs is kept (a weighted longest common
 *    subsequence), since both texts render the common source in order.
 * 3. A short gap bracketed by two kept pairs, with as many segments on each side and
 *    compatible lengths (lists of demands), is paired 1-1 at a lower confidence.
 * Everything else stays unpaired (1-0 / 0-1 beads).
 */
import { type Band, diagonalBand } from './band.ts';
import { galeChurchCost } from './length-cost.ts';
import { computeCoverage, type SourceKeys } from './lexical-coverage.ts';
import type { SideFeatures } from './segment-features.ts';

/** Parameters of the local mode. */
export const PARTIAL_PARAMS = {
  /** Standard deviations above the background a pair's similarity must reach. */
  minZ: 3,
  /** Least covered evidence weight (both sides) for a pair. */
  minEvidence: 1.5,
  /** Longest bracketed gap filled by position. */
  maxGap: 3,
};

/** One pair chosen by the local mode. */
export interface LocalPair {
  readonly i: number;
  readonly j: number;
  readonly z: number;
  readonly similarity: number;
  /** True when paired by position inside a bracketed gap, not by its own evidence. */
  readonly bracketed: boolean;
}

/** Largest n·m for which every pair is scored (beyond it, a wide diagonal band). */
const FULL_MATRIX_CELLS = 4_000_000;

/** Find the evidence pairs of two partly parallel sides, in order. */
export function alignPartial(
  src: SideFeatures,
  tgt: SideFeatures,
  srcKeys: SourceKeys,
  keyCount: number,
): LocalPair[] {
  const n = src.count;
  const m = tgt.count;
  if (n === 0 || m === 0) return [];
  const width =
    n * m <= FULL_MATRIX_CELLS ? Math.max(n, m) : Math.ceil(FULL_MATRIX_CELLS / Math.max(n, m) / 2);
  const band: Band = diagonalBand(n, m, width);
  const cov = computeCoverage(src, tgt, srcKeys, band, keyCount);
  // Background of all scored pairs.
  let count = 0;
  let sum = 0;
  let sum2 = 0;
  const sims = new Float64Array(cov.covS.length);
  for (let i = 0; i < n; i++) {
    for (let j = cov.cLo[i]!; j <= cov.cHi[i]!; j++) {
      const cell = cov.offset[i]! + j - cov.cLo[i]!;
      const total = src.weight[i]! + tgt.weight[j]!;
      const sim = total > 0 ? (cov.covS[cell]! + cov.covT[cell]!) / total : 0;
      sims[cell] = sim;
      count++;
      sum += sim;
      sum2 += sim * sim;
    }
  }
  const mean = sum / Math.max(1, count);
  const sd = Math.sqrt(Math.max(1e-6, sum2 / Math.max(1, count) - mean * mean));
  const candidates: LocalPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = cov.cLo[i]!; j <= cov.cHi[i]!; j++) {
      const cell = cov.offset[i]! + j - cov.cLo[i]!;
      const z = (sims[cell]! - mean) / sd;
      const evidence = cov.covS[cell]! + cov.covT[cell]!;
      if (z >= PARTIAL_PARAMS.minZ && evidence >= PARTIAL_PARAMS.minEvidence)
        candidates.push({ i, j, z, similarity: sims[cell]!, bracketed: false });
    }
  }
  const kept = heaviestMonotoneSubset(candidates);
  return fillBracketedGaps(kept, src, tgt);
}

/** The subset of pairs, increasing on both sides, with the largest total z (O(k²), k small). */
function heaviestMonotoneSubset(pairs: readonly LocalPair[]): LocalPair[] {
  const sorted = [...pairs].sort((x, y) => x.i - y.i || x.j - y.j);
  const score = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  let bestEnd = -1;
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    score[k] = p.z;
    for (let q = 0; q < k; q++) {
      const o = sorted[q]!;
      if (o.i < p.i && o.j < p.j && score[q]! + p.z > score[k]!) {
        score[k] = score[q]! + p.z;
        prev[k] = q;
      }
    }
    if (bestEnd < 0 || score[k]! > score[bestEnd]!) bestEnd = k;
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
      if (galeChurchCost(src.length[p.i + d]!, tgt.length[p.j + d]!, ratio) > 3.2) fits = false;
    }
    if (!fits) continue;
    for (let d = 1; d <= gap; d++) out.push({ i: p.i + d, j: p.j + d, z: 0, similarity: 0, bracketed: true });
  }
  return out;
}
