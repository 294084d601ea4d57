/**
 * Alignment of partly parallel texts (reports that quote or render some passages of a common
 * source): a local mode that pairs only segments with real lexical evidence.
 * 1. Every pair gets its local similarity (a Smith–Waterman score, local-similarity.ts) and a
 *    z-score against all pairs of the two texts: same-topic texts share names and words, so
 *    only a pair standing far above that background is evidence.
 * 2. Translated passages come in runs (a list of demands), so a pair also earns half the
 *    z-score of its stronger diagonal neighbour; a pair is kept when this reaches `minZ`, its
 *    own z is at least `minOwnZ` and its score at least `minScore`.
 * 3. The heaviest monotone subset of kept pairs is chosen (a weighted longest common
 *    subsequence), since both texts render the common source in order.
 * 4. A short gap bracketed by two chosen pairs, with as many segments on each side and
 *    compatible lengths, is paired 1-1 at a lower confidence.
 * Everything else stays unpaired (1-0 / 0-1 beads).
 */
import { galeChurchCost } from './length-cost.ts';
import type { SourceKeys } from './lexical-coverage.ts';
import { createLocalBuffers, localSimilarity } from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';

/** Parameters of the local mode. */
export const PARTIAL_PARAMS = {
  /** Least z-score (with the neighbour bonus) of a kept pair. */
  minZ: 4,
  /** Least own z-score of a kept pair. */
  minOwnZ: 0.5,
  /** Least local alignment score (in token weights) of a kept pair. */
  minScore: 1,
  /** Longest bracketed gap filled by position. */
  maxGap: 3,
};

/** One pair chosen by the local mode. */
export interface LocalPair {
  readonly i: number;
  readonly j: number;
  readonly z: number;
  /** True when paired by position inside a bracketed gap, not by its own evidence. */
  readonly bracketed: boolean;
}

/** Largest product of the two sides' token counts for which every pair is scored. */
export const MAX_LOCAL_WORK = 60_000_000;

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
  const scores = new Float64Array(n * m);
  const buffers = createLocalBuffers(keyCount);
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = localSimilarity(src, tgt, srcKeys, i, j, buffers);
      scores[i * m + j] = s;
      sum += s;
      sum2 += s * s;
    }
  }
  const mean = sum / (n * m);
  const sd = Math.sqrt(Math.max(1e-9, sum2 / (n * m) - mean * mean));
  const z = (i: number, j: number) =>
    i < 0 || j < 0 || i >= n || j >= m ? 0 : (scores[i * m + j]! - mean) / sd;
  const candidates: LocalPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const own = z(i, j);
      if (own < PARTIAL_PARAMS.minOwnZ || scores[i * m + j]! < PARTIAL_PARAMS.minScore) continue;
      const withRun = own + 0.5 * Math.max(0, z(i - 1, j - 1), z(i + 1, j + 1));
      if (withRun >= PARTIAL_PARAMS.minZ) candidates.push({ i, j, z: withRun, bracketed: false });
    }
  }
  const kept = heaviestMonotoneSubset(candidates);
  return fillBracketedGaps(kept, src, tgt);
}

/** Whether the local mode can score every pair of these sides within its work budget. */
export function localModeFits(src: SideFeatures, tgt: SideFeatures): boolean {
  return src.tokKey.length * tgt.tokKey.length <= MAX_LOCAL_WORK;
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
    for (let d = 1; d <= gap; d++) out.push({ i: p.i + d, j: p.j + d, z: 0, bracketed: true });
  }
  return out;
}
