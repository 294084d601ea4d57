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
