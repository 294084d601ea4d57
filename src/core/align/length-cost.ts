/**
 * The length cost of Gale & Church (1993): the difference between the target length and the
 * source length scaled by the texts' overall ratio `c` is taken as normal with variance
 * proportional to the length (s² = 6.8 characters per character), and the cost is
 * −log P(|δ| at least this large) = −log 2(1 − Φ(|δ|)).
 */

/** Gale & Church's variance of target characters per source character. */
export const GALE_CHURCH_S2 = 6.8;

// Abramowitz & Stegun 7.1.26 approximation of erfc, good to 1.5e-7; enough for costs.
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

function exactTailCost(z: number): number {
  if (z > 8) return 0.5 * z * z + Math.log(z) + 0.92; // asymptotic tail, avoids log(0)
  return -Math.log(Math.max(erfc(z / Math.SQRT2), 1e-300));
}

// The DP asks for this cost millions of times: a table over |δ| in [0, 8] with linear
// interpolation (step 1/256, error under 1e-5) replaces erfc and log.
const TABLE_STEP = 256;
const TABLE = Float64Array.from({ length: 8 * TABLE_STEP + 2 }, (_, k) => exactTailCost(k / TABLE_STEP));

/** −log of the two-sided normal tail probability of |δ|, capped so the cost stays finite. */
export function normalTailCost(delta: number): number {
  const z = Math.abs(delta);
  if (z >= 8) return exactTailCost(z);
  const x = z * TABLE_STEP;
  const k = x | 0;
  const f = x - k;
  return TABLE[k]! * (1 - f) + TABLE[k + 1]! * f;
}

/**
 * Length cost of a bead with `srcLen` and `tgtLen` characters, where `ratio` is the target
 * to source length ratio of the whole texts. Uses the symmetric mean length as the scale
 * (as hunalign does) so that 1-0 and 0-1 beads cost the same for the same length.
 */
export function galeChurchCost(srcLen: number, tgtLen: number, ratio: number): number {
  if (srcLen === 0 && tgtLen === 0) return 0;
  const mean = (srcLen + tgtLen / ratio) / 2;
  const delta = (tgtLen - srcLen * ratio) / Math.sqrt(Math.max(mean, 1) * GALE_CHURCH_S2);
  return normalTailCost(delta);
}
