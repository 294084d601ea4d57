/**
 * Alignment of partly parallel texts (reports that quote or render some passages of a common
 * source): a local mode that pairs only segments with real lexical evidence.
 * 1. Every pair gets its local similarity (a Smith–Waterman score, local-similarity.ts) and a
 *    z-score against all pairs of the two texts (scorePairs): same-topic texts share names and
 *    words, so only a pair standing far above that background is evidence.
 * 2. Translated passages come in runs (a list of demands), so a pair also earns half the
 *    z-score of its stronger diagonal neighbour; a pair is kept when this reaches `minZ`, its
 *    own z is at least `minOwnZ` and its score at least `minScore`, or when it is a mutual best
 *    match (each segment the other's best) with own z at least `minMutualZ` (selectPairs,
 *    PARTIAL_PARAMS).
 * 3. The heaviest monotone subset of kept pairs is chosen (heaviestMonotoneSubset, a weighted
 *    longest common subsequence), since both texts render the common source in order; each
 *    pair weighs its z times its pass-1 confidence (select-pairs.ts chainWeight).
 * 4. A run is followed along the diagonal from each chosen pair, up to `maxGap` steps either
 *    way, while the next pair has own evidence above the background (z ≥ `minRunZ`,
 *    followRuns): a list of demands rendered in full is often rendered loosely item by item
 *    ("Stop selling facial recognition services to law enforcement" / "Cesser de vendre des
 *    technologies de surveillance aux forces de l'ordre" share two words), and only its
 *    neighbour vouches for it.
 * 5. A short gap bracketed by two chosen pairs, with as many segments on each side and
 *    compatible lengths, is paired 1-1 at a lower confidence (fillBracketedGaps).
 * Each pair then gets a calibrated confidence in two passes (scoreLocalPairs: own evidence,
 * with competitive link, head match, rare-match share and containment (containment.ts: how
 * completely the lighter segment is rendered by a stretch of the other, for a short paragraph
 * rendering one sentence of a longer one), and PARTIAL_BASE_CALIBRATION; then with the block and
 * list support of its confident neighbours: blockSupport, listSupport, localPairConfidence); align-segments.ts keeps those that are more likely right
 * than wrong. Everything else stays unpaired (1-0 / 0-1 beads). Every step is symmetric in the
 * two texts (local-similarity.ts): swapping them transposes the pairs.
 *
 * This file is the partial mode's entry: alignPartial, and the parts align-segments.ts
 * assembles, re-exported from the files that hold them (one concept per file).
 */
import type { LocalPair } from './local-pair.ts';
import type { PairKeys } from './local-similarity.ts';
import { scorePairs } from './score-pairs.ts';
import type { SideFeatures } from './segment-features.ts';
import { type SelectOptions, selectPairs } from './select-pairs.ts';

export { blockSupport } from './block-support.ts';
export { type CoverageBackground, coverageBackground } from './coverage-background.ts';
export { localModeFits, MAX_LOCAL_WORK } from './local-mode-fits.ts';
export type { LocalPair } from './local-pair.ts';
export {
  localPairConfidence,
  logisticConfidence,
  ownFeatures,
  PARTIAL_BASE_CALIBRATION,
  PARTIAL_CALIBRATION,
  PARTIAL_UNPAIRED_RIGHT,
} from './local-pair-confidence.ts';
export { pairFeatures } from './pair-features.ts';
export { PARTIAL_PARAMS } from './partial-params.ts';
export { FEATURES, scoreLocalPairs } from './score-local-pairs.ts';
export { MAX_SEED_POSTINGS, type PairScores, scorePairs } from './score-pairs.ts';
export { type SelectOptions, selectPairs } from './select-pairs.ts';

/** Find the evidence pairs of two partly parallel sides, in order (score every pair, then select). */
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
