/**
 * The alignment dynamic programme over a band (STYLE.md habit 3: one engine, pluggable cost).
 * It finds the cheapest monotone sequence of beads (Viterbi) and, by the forward-backward
 * algorithm over the same band, each bead's posterior probability under the cost read as a
 * negative log-probability. Time and memory are linear in the band's size.
 */
import type { Band } from './band.ts';
import { bandSize } from './band.ts';
import type { BeadShape } from './bead-shapes.ts';

/** Cost of the bead taking source [i, i+a) and target [j, j+b); Infinity forbids it. */
export type BeadCost = (i: number, j: number, a: number, b: number) => number;

/** One bead of the best path. */
export interface PathBead {
  readonly i: number;
  readonly j: number;
  readonly a: number;
  readonly b: number;
  readonly cost: number;
  /** Posterior probability that this bead belongs to the alignment (forward-backward). */
  readonly posterior: number;
}

/**
 * Run the DP. `tick` is called once per row and may return a promise (to yield and to see
 * an abort). Returns the best path, or throws if no path fits in the band (cannot happen
 * when the shapes include 1-0 and 0-1).
 */
export async function runBandedDp(
  band: Band,
  shapes: readonly BeadShape[],
  cost: BeadCost,
  tick?: (row: number) => Promise<void> | undefined,
  posteriors = true,
): Promise<PathBead[]> {
  const { n, m, lo, hi, offset } = band;
  const size = bandSize(band);
  const S = shapes.length;
  const best = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const back = new Int8Array(size).fill(-1);
  // Forward-backward needs every cell's costs kept; a Viterbi-only run (posteriors = false,
  // e.g. the length pass) keeps only the best cost and shape of each cell.
  const fwd = new Float64Array(posteriors ? size : 1).fill(Number.NEGATIVE_INFINITY);
  const costs = new Float32Array(posteriors ? size * S : 0).fill(Number.POSITIVE_INFINITY);
  const bestStep = new Float32Array(posteriors ? 0 : size);
  best[0] = 0;
  fwd[0] = 0;
  const sa = shapes.map((s) => s.a);
  const sb = shapes.map((s) => s.b);
  const stepLog = new Float64Array(S);

  for (let i = 0; i <= n; i++) {
    const pending = tick?.(i);
    if (pending) await pending;
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    for (let j = rowLo; j <= rowHi; j++) {
      const cell = offset[i]! + j - rowLo;
      if (cell === 0) continue;
      let bestCost = Number.POSITIVE_INFINITY;
      let bestShape = -1;
      // Forward log-sum over shapes: max first, then one exp per shape and one log per cell.
      let fMax = Number.NEGATIVE_INFINITY;
      for (let s = 0; s < S; s++) {
        const pi = i - sa[s]!;
        const pj = j - sb[s]!;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = offset[pi]! + pj - lo[pi]!;
        const before = best[prev]!;
        if (before === Number.POSITIVE_INFINITY) continue;
        const c = cost(pi, pj, sa[s]!, sb[s]!);
        if (!(c < Number.POSITIVE_INFINITY)) continue;
        const total = before + c;
        if (total < bestCost) {
          bestCost = total;
          bestShape = s;
          if (!posteriors) bestStep[cell] = c;
        }
        if (posteriors) {
          costs[cell * S + s] = c;
          const v = fwd[prev]! - c;
          stepLog[s] = v;
          if (v > fMax) fMax = v;
        }
      }
      if (posteriors && fMax > Number.NEGATIVE_INFINITY) {
        let sum = 0;
        for (let s = 0; s < S; s++) {
          if (costs[cell * S + s]! === Number.POSITIVE_INFINITY) continue;
          sum += Math.exp(stepLog[s]! - fMax);
        }
        fwd[cell] = fMax + Math.log(sum);
      }
      best[cell] = bestCost;
      back[cell] = bestShape;
    }
  }

  // Backward pass: bwd[cell] = log-sum over completions from the cell to (n, m), pulled
  // from the cell's successors (the costs of a step are stored at the cell it ends in).
  const bwd = new Float64Array(posteriors ? size : 1).fill(Number.NEGATIVE_INFINITY);
  bwd[size - 1] = 0;
  for (let i = posteriors ? n : -1; i >= 0; i--) {
    const rowLo = lo[i]!;
    for (let j = hi[i]!; j >= rowLo; j--) {
      const cell = offset[i]! + j - rowLo;
      if (cell === size - 1) continue;
      let bMax = Number.NEGATIVE_INFINITY;
      for (let s = 0; s < S; s++) {
        const ni = i + sa[s]!;
        const nj = j + sb[s]!;
        stepLog[s] = Number.NEGATIVE_INFINITY;
        if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
        const next = offset[ni]! + nj - lo[ni]!;
        const c = costs[next * S + s]!;
        if (c === Number.POSITIVE_INFINITY) continue;
        const v = bwd[next]! - c;
        stepLog[s] = v;
        if (v > bMax) bMax = v;
      }
      if (bMax === Number.NEGATIVE_INFINITY) continue;
      let sum = 0;
      for (let s = 0; s < S; s++)
        if (stepLog[s]! > Number.NEGATIVE_INFINITY) sum += Math.exp(stepLog[s]! - bMax);
      bwd[cell] = bMax + Math.log(sum);
    }
  }

  const total = posteriors ? fwd[size - 1]! : 0;
  if (best[size - 1] === Number.POSITIVE_INFINITY) throw new Error('no alignment path inside the band');
  const path: PathBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = offset[i]! + j - lo[i]!;
    const s = back[cell]!;
    const a = sa[s]!;
    const b = sb[s]!;
    const pi = i - a;
    const pj = j - b;
    const prev = offset[pi]! + pj - lo[pi]!;
    const c = posteriors ? costs[cell * S + s]! : bestStep[cell]!;
    const posterior = posteriors ? Math.exp(fwd[prev]! - c + bwd[cell]! - total) : Number.NaN;
    path.push({ i: pi, j: pj, a, b, cost: c, posterior: Math.min(1, Math.max(0, posterior)) });
    i = pi;
    j = pj;
  }
  path.reverse();
  return path;
}
