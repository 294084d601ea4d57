/**
 * The two calibrations of the partial mode's pairs (logistic, Platt 1999 style): pass 1 on a
 * pair's own evidence, pass 2 with the block support of its neighbours (blockSupport).
 */

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
