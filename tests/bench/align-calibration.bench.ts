/**
 * Calibration of bead confidence on the development sets (transread-dev, textberg-dev; with
 * and without the shipped lexicon): reliability tables of the raw forward-backward posterior
 * and of the calibrated confidence, the share of beads with confidence ≥ 0.9 that are right
 * (target: ≥ 95%), and a Platt (logistic) refit of the calibration, whose parameters are
 * those of PARALLEL_CALIBRATION in src/core/align/calibrate-confidence.ts.
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { fitCalibration } from '../../src/core/align/calibrate-confidence.ts';
import { readTextberg, readTransread } from './lib/eval-sets.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { accuracyAbove, reliabilityTable, strictCorrect } from './lib/reliability.ts';

const posteriors: number[] = [];
const confidences: number[] = [];
const correct: boolean[] = [];
for (const pair of [...readTransread(), readTextberg()]) {
  for (const withLexicon of [false, true]) {
    const lexicon = withLexicon ? loadBenchLexicon(pair.srcLang, pair.tgtLang) : undefined;
    const result = await alignSegmentsDetailed(pair.src, pair.tgt, {
      mode: 'parallel',
      ...(lexicon ? { lexicon } : {}),
    });
    const ok = strictCorrect(pair.gold, result.alignment.beads);
    result.alignment.beads.forEach((bead, k) => {
      posteriors.push(result.posteriors[k]!);
      confidences.push(bead.confidence);
      correct.push(ok[k]!);
    });
  }
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
};
const fit = fitCalibration(posteriors.map(logit), correct);
process.stdout.write(
  `${posteriors.length} beads (4 books + textberg, with and without lexicon, parallel mode)\n`,
);
process.stdout.write(`Platt refit: slope ${fit.slope.toFixed(3)}, intercept ${fit.intercept.toFixed(3)}\n\n`);
for (const [name, values] of [
  ['raw posterior', posteriors],
  ['calibrated confidence', confidences],
] as const) {
  const rows = reliabilityTable(values, correct).map((r) => [
    `[${r.from.toFixed(1)}, ${r.to.toFixed(1)})`,
    String(r.count),
    r.count ? f3(r.meanConfidence) : '-',
    r.count ? f3(r.accuracy) : '-',
  ]);
  process.stdout.write(`${name}\n${formatTable(['bin', 'beads', 'mean conf', 'share right'], rows)}\n`);
  const high = accuracyAbove(values, correct, 0.9);
  process.stdout.write(`>= 0.9: ${high.count} beads, ${f3(high.accuracy)} right (target >= 0.95)\n\n`);
}
