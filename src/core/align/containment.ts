/**
 * Containment of a partial rendering: how completely the lighter of two segments is rendered by
 * a contiguous part of the other. A report often renders one sentence of a longer paragraph (a
 * letter's paragraph quoted in part), or quotes a sentence inside a paragraph of its own words.
 * Whole-segment measures are diluted by the long side's extra text: its coverage share is low and
 * its length far from the short side's. The best local alignment (Smith & Waterman 1981,
 * localSimilarity) finds the contiguous stretch of the long side that renders the short side; its
 * score over the short side's own score (every token of it matched, in order) says how much of
 * the short side that stretch renders, whatever the long side holds beside it.
 *
 * Same-topic texts share names and words, so the share is read as a z-score against the pairs of
 * the two texts (containmentBackground), as the coverage shares are (coverage-background.ts).
 */
import { type LocalBuffers, localSimilarity, type PairKeys } from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';
import { symmetricMix } from './symmetric-mix.ts';

/** Mean and sd of the containment share over (a sample of) the pairs of two texts. */
export interface ContainmentBackground {
  readonly mean: number;
  readonly sd: number;
}

/** Largest number of pairs containmentBackground scores (each costs one local alignment). */
export const CONTAINMENT_SAMPLE = 2_000;

/**
 * Share of the lighter segment's own local-alignment score (the sum of its tokens' idf) that its
 * best local alignment with the other reaches: 1 when the lighter side is rendered whole, in
 * order, by some stretch of the other; capped at 1 (a match scores the mean idf of its two tokens,
 * which can exceed the lighter side's own).
 */
export function containmentShare(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  buffers: LocalBuffers,
): number {
  const own = Math.min(idfMass(src, i), idfMass(tgt, j));
  if (own <= 0) return 0;
  return Math.min(1, localSimilarity(src, tgt, keys, i, j, buffers) / own);
}

/**
 * The containment background of two texts: mean and sd of containmentShare over at most
 * CONTAINMENT_SAMPLE of their pairs, chosen by a hash symmetric in i and j (swapping the texts
 * samples the same pairs).
 */
export function containmentBackground(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  buffers: LocalBuffers,
): ContainmentBackground {
  const total = src.count * tgt.count;
  const step = Math.max(1, Math.ceil(total / CONTAINMENT_SAMPLE));
  let sum = 0;
  let sum2 = 0;
  let count = 0;
  for (let i = 0; i < src.count; i++) {
    for (let j = 0; j < tgt.count; j++) {
      if (step > 1 && (symmetricMix(i) ^ symmetricMix(j)) % step !== 0) continue;
      const c = containmentShare(src, tgt, keys, i, j, buffers);
      sum += c;
      sum2 += c * c;
      count++;
    }
  }
  const mean = sum / Math.max(1, count);
  return { mean, sd: Math.sqrt(Math.max(1e-4, sum2 / Math.max(1, count) - mean * mean)) };
}

/** Containment of pair (i, j) as a z-score against the background. */
export function containmentZ(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  background: ContainmentBackground,
  buffers: LocalBuffers,
): number {
  return (containmentShare(src, tgt, keys, i, j, buffers) - background.mean) / background.sd;
}

function idfMass(side: SideFeatures, k: number): number {
  let mass = 0;
  for (let t = side.tokStart[k]!; t < side.tokStart[k + 1]!; t++) mass += side.tokIdf[t]!;
  return mass;
}
