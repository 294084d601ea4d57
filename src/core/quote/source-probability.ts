/**
 * The probability that a candidate passage is the source a quotation renders: logistic
 * regression (Platt-style calibration) over the alignment's figures. The coefficients were
 * fitted on newstest2012 quotations (tests/bench/quotes-calibrate.ts, true sources against
 * the best wrong candidates) and checked on newstest2013, held out.
 */
import type { PassageAlignment } from './align-passage.ts';

/** Fitted coefficients: intercept, target coverage, source coverage, log(1 + content links), |length ratio|. */
export const SOURCE_MODEL = {
  intercept: -7,
  targetCoverage: 6,
  sourceCoverage: 4,
  contentLinks: 1.2,
  lengthRatio: -0.8,
} as const;

/** Below this probability no source is claimed. */
export const SOURCE_THRESHOLD = 0.5;

/** The feature vector of an alignment, in SOURCE_MODEL's order (intercept excluded). */
export function sourceFeatures(alignment: PassageAlignment): [number, number, number, number] {
  return [
    alignment.targetCoverage,
    alignment.sourceCoverage,
    Math.log1p(alignment.contentLinks),
    Math.abs(alignment.lengthRatio),
  ];
}

/** Calibrated probability that the aligned passage is the quotation's source. */
export function sourceProbability(alignment: PassageAlignment): number {
  const [t, s, c, r] = sourceFeatures(alignment);
  const z =
    SOURCE_MODEL.intercept +
    SOURCE_MODEL.targetCoverage * t +
    SOURCE_MODEL.sourceCoverage * s +
    SOURCE_MODEL.contentLinks * c +
    SOURCE_MODEL.lengthRatio * r;
  return 1 / (1 + Math.exp(-z));
}
