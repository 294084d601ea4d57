/**
 * The probability that a candidate passage is the source a quotation renders, in two stages.
 * Stage one scores the alignment alone: a logistic model over both sides' coverage, the number
 * of content links and the length ratio. Stage two asks how far the candidate stands out from
 * its best competitor (the best passage that neither overlaps it nor repeats it): the margin
 * criterion of bitext mining (Artetxe & Schwenk 2019), and the ratio test of Lowe (2004). A
 * true source stands out; when the source is absent, the best wrong passage rarely does.
 * Both stages are Platt-style logistic calibrations fitted on newstest2012 quotations by
 * tests/bench/quotes.bench.ts (which prints the fit) and checked on newstest2013, held out.
 */
import type { PassageAlignment } from './align-passage.ts';

/** Names of the stage-one features, in order. */
export const ALIGNMENT_FEATURES = [
  'targetCoverage',
  'sourceCoverage',
  'log1p(contentLinks)',
  '|lengthRatio|',
  'idfCoverage',
  'log1p(linkedIdf)',
  'monotonicity',
  'targetIdfCoverage',
  'log1p(numberLinks)',
  'log1p(lonelyNumbers)',
  'log1p(nameLinks)',
] as const;

/** Stage one: intercept and one weight per feature of ALIGNMENT_FEATURES. */
export const ALIGNMENT_MODEL = {
  intercept: -9.1,
  weights: [5.47, 4.2, 2.41, -4.59, 4.91, -0.79, 2.04, 6.06, -0.77, -0.4, -0.32],
} as const;

/** Stage two: intercept, stage-one score, margin over the best competitor. */
export const SOURCE_MODEL = {
  intercept: -0.67,
  score: 0.74,
  margin: 0.56,
} as const;

/** Largest margin counted (a candidate with no competitor at all gets this). */
export const MAX_MARGIN = 6;

/** Below this probability no source is claimed. */
export const SOURCE_THRESHOLD = 0.5;

/** Stage-one features of an alignment, in ALIGNMENT_FEATURES's order. */
export function alignmentFeatures(alignment: PassageAlignment): number[] {
  return [
    alignment.targetCoverage,
    alignment.sourceCoverage,
    Math.log1p(alignment.contentLinks),
    Math.abs(alignment.lengthRatio),
    alignment.idfCoverage,
    Math.log1p(alignment.linkedIdf),
    alignment.monotonicity,
    alignment.targetIdfCoverage,
    Math.log1p(alignment.numberLinks),
    Math.log1p(alignment.lonelyNumbers),
    Math.log1p(alignment.nameLinks),
  ];
}

/** Stage-one score (log-odds) of an alignment. */
export function alignmentScore(alignment: PassageAlignment): number {
  const features = alignmentFeatures(alignment);
  return features.reduce((z, x, i) => z + x * (ALIGNMENT_MODEL.weights[i] ?? 0), ALIGNMENT_MODEL.intercept);
}

/** Calibrated probability from the stage-one score and the margin over the best competitor. */
export function sourceProbability(score: number, margin: number): number {
  const z =
    SOURCE_MODEL.intercept + SOURCE_MODEL.score * score + SOURCE_MODEL.margin * Math.min(margin, MAX_MARGIN);
  return 1 / (1 + Math.exp(-z));
}
