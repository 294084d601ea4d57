/**
 * The two calibrations of the partial mode's pairs (logistic, Platt 1999 style): pass 1 on a
 * pair's own evidence, pass 2 with the support of its neighbours (blockSupport, listSupport).
 */

/**
 * Logistic calibration of a local pair on its own evidence (pass 1): P(right) =
 * σ(w · ownFeatures + bias). Fitted, with PARTIAL_CALIBRATION, on partly parallel WMT documents
 * whose shared passages are rendered in blocks (tests/bench/lib/block-parallel-docs.ts), as
 * lists of short items beside name-sharing negatives (tests/bench/lib/list-parallel-docs.ts) or
 * inside another report of the same event (tests/bench/lib/same-event-docs.ts), or as partial
 * renderings, one sentence of a longer paragraph (tests/bench/lib/partial-rendering-docs.ts), newstest2012,
 * tight and loose renderings; checked on 2013, by tests/bench/align-partial-blocks.bench.ts,
 * with the shipped lexicon files (en-fr + pivot parts).
 */
export const PARTIAL_BASE_CALIBRATION = {
  weights: [0.285, 0.468, 0.326, -1.82, -1.158, 0.619, 1.818, 8.853, 0.316],
  bias: -4.618,
};

/**
 * The features of pass 1, from a scored pair's features (score-local-pairs.ts FEATURES): its own
 * evidence (z, least and most coverage z, |log length ratio|, mutual best, competitive link,
 * head match, rare-match share, containment beyond length), without "paired by position" and the neighbours' support. Being next
 * to a chosen pair is block evidence, which pass 2 weighs from the neighbours' own confidence;
 * counted in pass 1 too, two weak neighbours would vouch for each other.
 */
export function ownFeatures(features: readonly number[]): number[] {
  return [0, 1, 2, 3, 5, 8, 9, 11, 12].map((k) => features[k] ?? 0);
}

/**
 * Logistic calibration of a local pair with its block evidence (pass 2), over the features of
 * score-local-pairs.ts (FEATURES, shortness aside): pairFeatures' six, blockSupport's two and
 * listSupport, computed from the pass-1 confidences of its diagonal neighbours, competitive link,
 * head match, rare-match share, containment beyond length and sentence match (session 7, weighed
 * here only). The sentence match's weight was fitted alone on 2012 (the others and the bias held,
 * align-partial-blocks.bench.ts, with the `both` renderings in the fit): it only speaks for pairs
 * of paragraphs that both hold two sentences or more, and a refit of every weight with it moved
 * the precision of the paragraph figures it does not concern.
 */
export const PARTIAL_CALIBRATION = {
  weights: [0.183, 0.538, 0.393, -1.446, 0.555, 0.346, 1.961, 3.061, 0.809, 1.49, 7.34, 9.127, 0.314, 22.043],
  bias: -7.05,
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
