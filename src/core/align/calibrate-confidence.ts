/**
 * Calibration of bead confidence. The DP's forward-backward posterior is a probability under
 * the model, but the model's costs are not exact log-probabilities, so it is over- or
 * under-confident. A logistic map of its log-odds (Platt scaling), fitted once on the
 * development sets by tests/bench/align-calibration.bench.ts, turns it into a probability of
 * the bead being correct.
 */

/** Logistic calibration parameters: confidence = σ(slope · logit(posterior) + intercept). */
export interface Calibration {
  readonly slope: number;
  readonly intercept: number;
}

/**
 * Fitted on transread-dev and textberg-dev (all beads of the final pass, strict correctness);
 * refitted in session 11 after the final pass took the wide shapes (bead-shapes.ts),
 * re-estimated deletion priors and a sentence-level evidence weight (align-parallel.ts), which
 * made the posteriors nearly calibrated as they are (was slope 0.692, intercept 0.133).
 */
export const PARALLEL_CALIBRATION: Calibration = { slope: 0.896, intercept: -0.019 };

/** Map a raw posterior to a calibrated confidence in [0, 1]. */
export function calibrate(posterior: number, calibration: Calibration): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, posterior));
  const logit = Math.log(p / (1 - p));
  const z = calibration.slope * logit + calibration.intercept;
  return 1 / (1 + Math.exp(-z));
}

/** Fit a logistic map from raw scores (log-odds) to 0/1 outcomes by Newton's method. */
export function fitCalibration(logits: readonly number[], outcomes: readonly boolean[]): Calibration {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (let k = 0; k < logits.length; k++) {
      const x = logits[k]!;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const y = outcomes[k] ? 1 : 0;
      ga += (p - y) * x;
      gb += p - y;
      const w = p * (1 - p);
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { slope: a, intercept: b };
}
