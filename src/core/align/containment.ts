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
 * Same-topic texts share names and words, and a short segment is contained by chance in many
 * long ones, so the share is read as a z-score against the chance background of the lighter
 * segment itself: its shares with the segments of the other text (containmentRowZ).
 */
import { type LocalBuffers, localSimilarity, type PairKeys } from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';
import { symmetricMix } from './symmetric-mix.ts';

/** Mean and sd of containment shares (a lighter segment's, against the other text). */
export interface ContainmentBackground {
  readonly mean: number;
  readonly sd: number;
}

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
  known?: KnownScores,
): number {
  const own = Math.min(idfMass(src, i), idfMass(tgt, j));
  if (own <= 0) return 0;
  const score = known?.(i, j) ?? localSimilarity(src, tgt, keys, i, j, buffers);
  return Math.min(1, score / own);
}

/**
 * Local similarities already computed (scorePairs' matrix): the score of pair (i, j), or
 * undefined when it was not scored; containmentRowZ computes the others.
 */
export type KnownScores = (i: number, j: number) => number | undefined;

/** The local-alignment score of segment k with itself: the sum of its tokens' idf. */
export function idfMass(side: SideFeatures, k: number): number {
  let mass = 0;
  for (let t = side.tokStart[k]!; t < side.tokStart[k + 1]!; t++) mass += side.tokIdf[t]!;
  return mass;
}

/**
 * Most segments of the other text a lighter segment's background is measured against (64: the
 * partial benches' figures are those of 200, but for one pair, at a third of the cost on 3,000
 * sentences, align-partial-speed.bench.ts).
 */
export const CONTAINMENT_ROW_SAMPLE = 64;

/** Cache of containmentRowZ: a lighter segment's background, by side and index. */
export type ContainmentRows = Map<string, ContainmentBackground>;

/**
 * Containment of pair (i, j) as a z-score against the lighter segment's own background: its
 * containment shares with (at most CONTAINMENT_ROW_SAMPLE, chosen by a hash of their index)
 * segments of the other text. A short item is contained by chance in every long paragraph of a
 * same-story text; a rendered sentence stands out of its row. Symmetric in the two texts. The
 * local similarities come from `known` where it has them (the same numbers, not recomputed).
 */
export function containmentRowZ(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  rows: ContainmentRows,
  buffers: LocalBuffers,
  known?: KnownScores,
): number {
  const share = containmentShare(src, tgt, keys, i, j, buffers, known);
  const srcMass = idfMass(src, i);
  const tgtMass = idfMass(tgt, j);
  const z = (srcLighter: boolean) => {
    const row = rowBackground(src, tgt, keys, srcLighter ? i : j, srcLighter, rows, buffers, known);
    return (share - row.mean) / row.sd;
  };
  // Two segments of equal weight: either is the lighter, and the larger z is kept, so that
  // swapping the texts gives the same value.
  if (srcMass === tgtMass) return Math.max(z(true), z(false));
  return z(srcMass < tgtMass);
}

/** Containment shares of segment k of one side against (a sample of) the other side's segments. */
function rowBackground(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  k: number,
  ofSrc: boolean,
  rows: ContainmentRows,
  buffers: LocalBuffers,
  known: KnownScores | undefined,
): ContainmentBackground {
  const key = ofSrc ? `s${k}` : `t${k}`;
  const cached = rows.get(key);
  if (cached) return cached;
  const others = ofSrc ? tgt.count : src.count;
  const step = Math.max(1, Math.ceil(others / CONTAINMENT_ROW_SAMPLE));
  let sum = 0;
  let sum2 = 0;
  let count = 0;
  for (let o = 0; o < others; o++) {
    if (step > 1 && symmetricMix(o) % step !== 0) continue;
    const c = ofSrc
      ? containmentShare(src, tgt, keys, k, o, buffers, known)
      : containmentShare(src, tgt, keys, o, k, buffers, known);
    sum += c;
    sum2 += c * c;
    count++;
  }
  const mean = sum / Math.max(1, count);
  const row = { mean, sd: Math.sqrt(Math.max(ROW_SD_FLOOR ** 2, sum2 / Math.max(1, count) - mean * mean)) };
  rows.set(key, row);
  return row;
}

/** Least sd of a row background: a share 0.05 above a flat row is not 20 sd of evidence. */
const ROW_SD_FLOOR = 0.05;
