/** Calibration measurements: which beads are right, and reliability tables of confidences. */
import type { IdBead } from './bead-metrics.ts';

/** Whether each test bead is exactly a gold bead (strict correctness). */
export function strictCorrect(gold: readonly IdBead[], test: readonly IdBead[]): boolean[] {
  const key = (b: IdBead) => `${b.src.join(',')}:${b.tgt.join(',')}`;
  const set = new Set(gold.map(key));
  return test.map((b) => set.has(key(b)));
}

/** One row of a reliability table. */
export interface ReliabilityRow {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanConfidence: number;
  readonly accuracy: number;
}

/** Reliability table over confidence bins [0, .1), …, [.9, 1]. */
export function reliabilityTable(
  confidences: readonly number[],
  correct: readonly boolean[],
  bins = 10,
): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    let count = 0;
    let sumConf = 0;
    let hits = 0;
    confidences.forEach((c, k) => {
      if (c >= from && (c < to || (b === bins - 1 && c <= 1))) {
        count++;
        sumConf += c;
        if (correct[k]) hits++;
      }
    });
    rows.push({
      from,
      to,
      count,
      meanConfidence: count ? sumConf / count : 0,
      accuracy: count ? hits / count : 0,
    });
  }
  return rows;
}

/** Share correct among beads with confidence ≥ threshold, and how many there are. */
export function accuracyAbove(
  confidences: readonly number[],
  correct: readonly boolean[],
  threshold: number,
) {
  let count = 0;
  let hits = 0;
  confidences.forEach((c, k) => {
    if (c >= threshold) {
      count++;
      if (correct[k]) hits++;
    }
  });
  return { count, accuracy: count ? hits / count : 0 };
}

/**
 * Fit a logistic model P(y) = σ(w · x + b) by Newton's method with a small ridge (1e-3) on
 * the weights, for calibrating confidences from several features.
 */
export function fitLogistic(
  features: readonly (readonly number[])[],
  outcomes: readonly boolean[],
): { weights: number[]; bias: number } {
  const d = features[0]?.length ?? 0;
  const dim = d + 1;
  const beta = new Array<number>(dim).fill(0);
  const x = (k: number, f: number) => (f < d ? features[k]![f]! : 1);
  for (let iter = 0; iter < 100; iter++) {
    const grad = new Array<number>(dim).fill(0);
    const hess = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
    for (let f = 0; f < d; f++) {
      grad[f] = 1e-3 * beta[f]!;
      hess[f]![f] = 1e-3;
    }
    for (let k = 0; k < features.length; k++) {
      let z = 0;
      for (let f = 0; f < dim; f++) z += beta[f]! * x(k, f);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (outcomes[k] ? 1 : 0);
      const w = p * (1 - p);
      for (let f = 0; f < dim; f++) {
        grad[f]! += r * x(k, f);
        for (let g = 0; g < dim; g++) hess[f]![g]! += w * x(k, f) * x(k, g);
      }
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let f = 0; f < dim; f++) {
      beta[f]! -= step[f]!;
      size += Math.abs(step[f]!);
    }
    if (size < 1e-9) break;
  }
  return { weights: beta.slice(0, d), bias: beta[d]! };
}

/** Solve A x = b by Gaussian elimination with partial pivoting (small dense systems). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, k) => [...row, b[k]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = m[r]![c]! / p;
      for (let k = c; k <= n; k++) m[r]![k]! -= factor * m[c]![k]!;
    }
  }
  return m.map((row, k) => row[n]! / (row[k]! || 1e-12));
}
