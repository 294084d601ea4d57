/**
 * Calibration of bead confidence on the development sets (transread-dev, textberg-dev; with
 * and without the shipped lexicon): reliability tables of the raw forward-backward posterior
 * and of the calibrated confidence, the share of beads with confidence ≥ 0.9 that are right
 * (target: ≥ 95%), and a Platt (logistic) refit of the calibration, whose parameters are
 * those of PARALLEL_CALIBRATION in src/core/align/calibrate-confidence.ts.
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { fitCalibration } from '../../src/core/align/calibrate-confidence.ts';
import { scoreBeads } from './lib/bead-metrics.ts';
import { readTextberg, readTransread } from './lib/eval-sets.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { partlyParallelDocs } from './lib/perturb-wmt.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { accuracyAbove, fitLogistic, reliabilityTable, strictCorrect } from './lib/reliability.ts';

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

// Partial mode (partly parallel texts): local pairs' confidence from their features
// (align-partial.ts pairFeatures), fitted on partly parallel WMT documents of newstest2012
// (tests/bench/lib/perturb-wmt.ts partlyParallelDocs) and checked on newstest2013.
process.stdout.write('partial mode (partly parallel WMT documents, sentences, with lexicon)\n');
const partialRows: string[][] = [];
let fitted: ReturnType<typeof fitLogistic> | undefined;
for (const year of ['2012', '2013']) {
  const docs = partlyParallelDocs(readWmtPairs([year]));
  const lexicon = loadBenchLexicon('en', 'fr');
  const features: number[][] = [];
  const pairOk: boolean[] = [];
  const kept: number[] = [];
  const keptOk: boolean[] = [];
  let unpaired = 0;
  let unpairedOk = 0;
  const scored = [];
  for (const d of docs) {
    const r = await alignSegmentsDetailed(d.src, d.tgt, { mode: 'partial', ...(lexicon ? { lexicon } : {}) });
    const gold = new Set(d.gold.map((b) => `${b.src}:${b.tgt}`));
    for (const p of r.localPairs) {
      features.push([...p.features]);
      pairOk.push(gold.has(`${p.i}:${p.j}`));
    }
    const ok = strictCorrect(d.gold, r.alignment.beads);
    r.alignment.beads.forEach((b, k) => {
      if (b.src.length > 0 && b.tgt.length > 0) {
        kept.push(b.confidence);
        keptOk.push(ok[k]!);
      } else {
        unpaired++;
        if (ok[k]) unpairedOk++;
      }
    });
    scored.push({ gold: d.gold, test: r.alignment.beads });
  }
  if (year === '2012') fitted = fitLogistic(features, pairOk);
  const s = scoreBeads(scored);
  const high = accuracyAbove(kept, keptOk, 0.9);
  partialRows.push([
    year === '2012' ? 'dev 2012' : 'held-out 2013',
    String(docs.length),
    String(features.length),
    f3(pairOk.filter(Boolean).length / Math.max(1, pairOk.length)),
    String(kept.length),
    f3(keptOk.filter(Boolean).length / Math.max(1, kept.length)),
    `${high.count} / ${f3(high.accuracy)}`,
    f3(unpairedOk / Math.max(1, unpaired)),
    f3(s.strict.f1),
  ]);
}
process.stdout.write(
  `${formatTable(['set', 'docs', 'proposed', 'right', 'kept', 'right', '>= 0.9 (n / right)', 'unpaired right', 'strict F1'], partialRows)}\n`,
);
if (fitted)
  process.stdout.write(
    `logistic refit on 2012 (features: z, least and most coverage z, |log length ratio|, bracketed, in a run): weights [${fitted.weights.map((w) => w.toFixed(3)).join(', ')}], bias ${fitted.bias.toFixed(3)}\n`,
  );
