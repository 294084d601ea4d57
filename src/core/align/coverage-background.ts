/**
 * How much any two segments of two texts share: the coverage shares of a pair (either lexicon
 * direction) and their mean and sd over the pairs of the two texts, against which the partial
 * mode's calibration reads a pair's shares as z-scores (pairFeatures).
 */
import { coveredWeight, type LocalBuffers, type PairKeys } from './local-similarity.ts';
import { forEachSampledPair } from './sample-pairs.ts';
import type { SideFeatures } from './segment-features.ts';

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
  const acc = [0, 0, 0, 0];
  let count = 0;
  forEachSampledPair(src.count, tgt.count, 20_000, (i, j) => {
    const [least, most] = coverageShares(src, tgt, keys, i, j, buffers);
    acc[0]! += least;
    acc[1]! += least * least;
    acc[2]! += most;
    acc[3]! += most * most;
    count++;
  });
  const stat = (sum: number, sum2: number) => {
    const mean = sum / Math.max(1, count);
    return { mean, sd: Math.sqrt(Math.max(1e-4, sum2 / Math.max(1, count) - mean * mean)) };
  };
  return { least: stat(acc[0]!, acc[1]!), most: stat(acc[2]!, acc[3]!) };
}

/** Shares of each side's evidence weight met by the other side (either lexicon direction): [least, most]. */
export function coverageShares(
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
