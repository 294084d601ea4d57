/**
 * Length outliers of a translation against the document's own distribution. The log ratio of
 * target to source length is near-normal for a given language pair (Gale & Church 1993); here
 * its centre and spread are estimated robustly from the document's own beads (median and
 * median absolute deviation), so that a document translated tersely or with glosses does not
 * raise an alarm on every bead, only on beads unlike the rest.
 */
import type { ResolvedBead } from './bead-segments.ts';

/** Robust z-score of each bead's log length ratio (undefined for unpaired beads). */
export interface LengthScores {
  readonly z: readonly (number | undefined)[];
  readonly median: number;
  readonly spread: number;
}

// When a document has too few beads to estimate from, a prior for English → French news
// (measured on WMT newstest2012: median ln(fr/en) ≈ 0.13, robust spread ≈ 0.17).
const PRIOR_MEDIAN = 0.13;
const PRIOR_SPREAD = 0.17;
/** Below this spread the document's estimate is not trusted (short, uniform documents). */
const MIN_SPREAD = 0.12;
const MIN_BEADS = 8;
// Additive smoothing in characters: short segments vary much more in ratio.
const SMOOTH = 20;

/** Log ratio ln((tgt + c) / (src + c)) of a bead's character lengths. */
export function logLengthRatio(srcChars: number, tgtChars: number): number {
  return Math.log((tgtChars + SMOOTH) / (srcChars + SMOOTH));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Score every paired bead's length ratio against the others. */
export function lengthScores(beads: readonly ResolvedBead[]): LengthScores {
  const ratios = beads.map((b) =>
    b.src.length > 0 && b.tgt.length > 0 ? logLengthRatio(b.srcText.length, b.tgtText.length) : undefined,
  );
  const values = ratios.filter((r): r is number => r !== undefined);
  let centre = PRIOR_MEDIAN;
  let spread = PRIOR_SPREAD;
  if (values.length >= MIN_BEADS) {
    centre = median(values);
    // 1.4826 × MAD estimates the standard deviation of a normal distribution.
    spread = Math.max(MIN_SPREAD, 1.4826 * median(values.map((v) => Math.abs(v - centre))));
  }
  return {
    z: ratios.map((r) => (r === undefined ? undefined : (r - centre) / spread)),
    median: centre,
    spread,
  };
}
