import { type CoverageBackground, coverageShares } from './coverage-background.ts';
import type { LocalPair } from './local-pair.ts';
import type { LocalBuffers, PairKeys } from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';

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
