/**
 * The partial mode on partly parallel documents whose shared passages are rendered in blocks,
 * as reports render a source (tests/bench/lib/block-parallel-docs.ts): WMT newstest2012 (dev,
 * where PARTIAL_CALIBRATION is fitted) and newstest2013 (held-out), each tight (the WMT
 * translations) and loose (words of each rendered sentence replaced at a rate up to 0.7).
 * Prints, per set: precision, recall and F1 of the pairs proposed (confidence ≥ 0.5), recall
 * of pairs inside a rendered run and of lone ones, the share right of pairs ≥ 0.9 (target ≥ 95 %),
 * the strict F1 of all beads (pairs and unpaired), the document-level parallelism figure against
 * the true share (mean absolute error, correlation), the reliability of every pair found, and
 * the logistic refit on 2012 (tight + loose) whose weights are PARTIAL_CALIBRATION. Then, on
 * 2013, whether swapping source and target gives the same pairs.
 */

import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { blockSupport } from '../../src/core/align/block-support.ts';
import { listSupport } from '../../src/core/align/list-support.ts';
import {
  logisticConfidence,
  ownFeatures,
  PARTIAL_BASE_CALIBRATION,
  PARTIAL_CALIBRATION,
} from '../../src/core/align/local-pair-confidence.ts';
import { FEATURES } from '../../src/core/align/score-local-pairs.ts';
import { scoreBeads } from './lib/bead-metrics.ts';
import { blockParallelDocs, loosen } from './lib/block-parallel-docs.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { listParallelDocs } from './lib/list-parallel-docs.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { partialRenderingDocs } from './lib/partial-rendering-docs.ts';
import { partlyParallelDocs } from './lib/perturb-wmt.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { accuracyAbove, fitLogistic, reliabilityTable } from './lib/reliability.ts';
import { sameEventDocs } from './lib/same-event-docs.ts';
import { SwapSymmetry } from './lib/swap-symmetry.ts';

const lexicon = loadBenchLexicon('en', 'fr');
const baseOptions = { mode: 'partial', ...(lexicon ? { lexicon } : {}) } as const;
const rows: string[][] = [];
/** 2012 documents' local pairs (position, features) and whether each is right, for the refit. */
const fitDocs: {
  pairs: { i: number; j: number; features: readonly number[] }[];
  /** Right or wrong; undefined for pairs of restated sentences. */
  ok: (boolean | undefined)[];
}[] = [];
const symmetry = new SwapSymmetry();
const cpu0 = process.cpuUsage();
// Dev 2012 is drawn three times (block seeds 23, 31, 37: the same documents, other blocks), and
// the fit also takes 2012 three times as align-calibration.bench.ts builds it (perturb-wmt.ts
// partlyParallelDocs, seeds 11, 13, 17: passages inserted one at a time or as one run of
// three), so that it weighs lone renderings amid same-story sentences as much as blocks; the
// figures are those of the first block draw. Held-out 2013 is drawn once, in blocks.
// The same at paragraph level (seeds 41 dev, 43 held-out): reports quote a paragraph, or part
// of one, inside their own paragraphs, and the calibration serves both levels.
for (const [year, seed, unit] of [
  ['2012', 23, 'sentence'],
  ['2012', 31, 'sentence'],
  ['2012', 37, 'sentence'],
  ['2012', 0, 'sentence'],
  ['2012', 1, 'sentence'],
  ['2012', 2, 'sentence'],
  ['2012', 41, 'paragraph'],
  ['2013', 29, 'sentence'],
  ['2013', 43, 'paragraph'],
] as const) {
  const report = seed === 23 || seed === 29 || seed === 41 || seed === 43;
  const tight =
    seed < 3
      ? partlyParallelDocs(readWmtPairs([year]), [11, 13, 17][seed])
      : blockParallelDocs(readWmtPairs([year]), { seed, unit });
  const options = { ...baseOptions, level: unit };
  for (const [variant, docs] of [
    ['tight', tight],
    ['loose', loosen(tight, year === '2012' ? (seed < 3 ? 5 + seed : seed - 18) : seed - 22)],
  ] as const) {
    const conf: number[] = [];
    const ok: boolean[] = [];
    const kept: number[] = [];
    const keptOk: boolean[] = [];
    let goldPairs = 0;
    let ambiguousKept = 0;
    let runGold = 0;
    let runFound = 0;
    let loneGold = 0;
    let loneFound = 0;
    const scored = [];
    const parErr: number[] = [];
    const parPred: number[] = [];
    const parTrue: number[] = [];
    for (const d of docs) {
      const r = await alignSegmentsDetailed(d.src, d.tgt, options);
      const goldOf = new Map<number, number>();
      for (const b of d.gold) if (b.src.length > 0 && b.tgt.length > 0) goldOf.set(b.src[0]!, b.tgt[0]!);
      goldPairs += goldOf.size;
      // Pairs of restated sentences (block-parallel-docs.ts) are left out of the figures and the
      // fit: the answer key cannot say whether they are right.
      const judged = r.localPairs.filter((p) => !d.ambiguous.has(`${p.i}:${p.j}`));
      for (const p of judged) {
        conf.push(p.confidence);
        ok.push(goldOf.get(p.i) === p.j);
      }
      if (year === '2012') {
        fitDocs.push({
          pairs: [...r.localPairs],
          ok: r.localPairs.map((p) =>
            d.ambiguous.has(`${p.i}:${p.j}`) ? undefined : goldOf.get(p.i) === p.j,
          ),
        });
      }
      const proposed = new Set<string>();
      for (const b of r.alignment.beads) {
        if (b.src.length === 0 || b.tgt.length === 0) continue;
        if (d.ambiguous.has(`${b.src[0]}:${b.tgt[0]}`)) {
          ambiguousKept++;
          continue;
        }
        const right = goldOf.get(b.src[0]!) === b.tgt[0];
        kept.push(b.confidence);
        keptOk.push(right);
        if (right) proposed.add(`${b.src[0]}:${b.tgt[0]}`);
      }
      for (const [i, j] of goldOf) {
        // In a run: a neighbour on the diagonal is rendered too (or one item skipped).
        const inRun = [-2, -1, 1, 2].some((d) => {
          const o = goldOf.get(i + d);
          return o !== undefined && Math.abs(o - j) <= 2 && Math.sign(o - j) === Math.sign(d);
        });
        const found = proposed.has(`${i}:${j}`);
        if (inRun) {
          runGold++;
          if (found) runFound++;
        } else {
          loneGold++;
          if (found) loneFound++;
        }
      }
      scored.push({ gold: d.gold, test: r.alignment.beads });
      // Document-level figure: share of both texts' characters in true pairs.
      let total = 0;
      let paired = 0;
      for (const s of d.src) total += s.length;
      for (const t of d.tgt) total += t.length;
      for (const [i, j] of goldOf) paired += d.src[i]!.length + d.tgt[j]!.length;
      const truth = paired / Math.max(1, total);
      parPred.push(r.alignment.parallelism);
      parTrue.push(truth);
      parErr.push(Math.abs(r.alignment.parallelism - truth));
      if (year === '2013') {
        await symmetry.add(d.src, d.tgt, r.localPairs, { level: unit, ...(lexicon ? { lexicon } : {}) });
      }
    }
    if (!report) continue;
    const right = keptOk.filter(Boolean).length;
    const precision = right / Math.max(1, kept.length);
    const recall = right / Math.max(1, goldPairs);
    const high = accuracyAbove(kept, keptOk, 0.9);
    rows.push([
      `${year === '2012' ? 'dev 2012' : 'held-out 2013'} ${unit === 'paragraph' ? 'paragraphs' : 'sentences'} ${variant}`,
      String(docs.length),
      String(goldPairs),
      `${kept.length} + ${ambiguousKept}`,
      f3(precision),
      f3(recall),
      f3((2 * precision * recall) / Math.max(1e-9, precision + recall)),
      `${f3(runFound / Math.max(1, runGold))} / ${f3(loneFound / Math.max(1, loneGold))}`,
      `${high.count} / ${f3(high.accuracy)}`,
      f3(scoreBeads(scored).strict.f1),
      `${f3(parErr.reduce((a, b) => a + b, 0) / Math.max(1, parErr.length))} / ${f3(pearson(parPred, parTrue))}`,
    ]);
    const rel = reliabilityTable(conf, ok).map((x) => [
      `[${x.from.toFixed(1)}, ${x.to.toFixed(1)})`,
      String(x.count),
      x.count ? f3(x.meanConfidence) : '-',
      x.count ? f3(x.accuracy) : '-',
    ]);
    process.stdout.write(
      `${year} ${unit}s ${variant}: every local pair found\n${formatTable(['bin', 'pairs', 'mean conf', 'share right'], rel)}\n`,
    );
  }
}
process.stdout.write(
  `${formatTable(
    [
      'set',
      'docs',
      'gold pairs',
      'kept >= 0.5 (+ restated)',
      'precision',
      'recall',
      'F1',
      'recall run / lone',
      '>= 0.9 (n / right)',
      'strict F1',
      'parallelism MAE / r',
    ],
    rows,
  )}\n`,
);
process.stdout.write(
  `swapping source and target (2013, both variants): ${symmetry.same} of ${symmetry.swapped} pairs found both ways, largest confidence gap ${f3(symmetry.maxGap)}\n`,
);
// The fit also takes 2012's list material (list-parallel-docs.ts, seeds 51 sentences, 53
// paragraphs; its figures are printed by align-partial-lists.bench.ts): short items rendered
// loosely beside a tight one, short units that render nothing, name-sharing negatives.
// And 2012's same-event material (same-event-docs.ts, seeds 61 sentences, 63 paragraphs;
// figures printed by align-partial-same-event.bench.ts): a rendered block inside another
// report of the same event, whose units share names, figures and topic words with the source.
// And 2012's partial renderings (partial-rendering-docs.ts, seed 71, tight and loose with seed
// 72; figures printed by align-partial-renderings.bench.ts): a paragraph rendering one sentence
// of a longer paragraph of the other text.
const renderings = partialRenderingDocs(readWmtPairs(['2012']), { seed: 71 });
// And 2012's `both` renderings (seed 75, loose 76): the rendered sentence inside a paragraph of
// other words on each side.
const bothRenderings = partialRenderingDocs(readWmtPairs(['2012']), { seed: 75, both: true });
for (const [seed, unit, material] of [
  [51, 'sentence', 'list'],
  [53, 'paragraph', 'list'],
  [61, 'sentence', 'same-event'],
  [63, 'paragraph', 'same-event'],
  [71, 'paragraph', 'renderings'],
  [72, 'paragraph', 'renderings'],
  [75, 'paragraph', 'renderings'],
  [76, 'paragraph', 'renderings'],
] as const) {
  const wmt = readWmtPairs(['2012']);
  for (const d of material === 'list'
    ? listParallelDocs(wmt, { seed, unit })
    : material === 'same-event'
      ? sameEventDocs(wmt, { seed, unit })
      : seed === 71
        ? renderings
        : seed === 72
          ? loosen(renderings, seed)
          : seed === 75
            ? bothRenderings
            : loosen(bothRenderings, seed)) {
    const r = await alignSegmentsDetailed(d.src, d.tgt, { ...baseOptions, level: unit });
    const goldOf = new Map<number, number>();
    for (const b of d.gold) if (b.src.length > 0 && b.tgt.length > 0) goldOf.set(b.src[0]!, b.tgt[0]!);
    fitDocs.push({
      pairs: [...r.localPairs],
      ok: r.localPairs.map((p) => (d.ambiguous.has(`${p.i}:${p.j}`) ? undefined : goldOf.get(p.i) === p.j)),
    });
  }
}
// Two-pass refit: pass 1 on each pair's own features (PARTIAL_BASE_CALIBRATION), then pass 2
// with the block and list support computed from the refitted pass-1 confidences
// (PARTIAL_CALIBRATION), as score-local-pairs.ts computes them.
const judgedOnly = <T>(d: (typeof fitDocs)[number], values: readonly T[]) =>
  values.filter((_, k) => d.ok[k] !== undefined);
const fitOk = fitDocs.flatMap((d) => judgedOnly(d, d.ok) as boolean[]);
const pass1 = fitLogistic(
  fitDocs.flatMap((d) => judgedOnly(d, d.pairs).map((p) => ownFeatures(p.features))),
  fitOk,
);
const pass2 = fitLogistic(
  fitDocs.flatMap((d) => {
    const base = d.pairs.map((p) => logisticConfidence(ownFeatures(p.features), pass1));
    const support = blockSupport(d.pairs, base);
    const list = listSupport(
      d.pairs,
      base,
      d.pairs.map((p) => p.features[FEATURES.shortness]!),
    );
    return judgedOnly(
      d,
      d.pairs.map((p, k) => {
        const f = [...p.features];
        f[FEATURES.supportMax] = support[k]![0];
        f[FEATURES.supportMin] = support[k]![1];
        f[FEATURES.listSupport] = list[k]!;
        return f.slice(0, FEATURES.shortness);
      }),
    );
  }),
  fitOk,
);
// The sentence match's weight alone, every other weight and the bias held at the shipped values
// (PARTIAL_BASE_CALIBRATION, PARTIAL_CALIBRATION): a feature that only speaks for paragraphs
// holding two sentences or more on each side moves no other figure through a refit of the rest.
const lastWeight = (
  rows: readonly (readonly number[])[],
  outcomes: readonly boolean[],
  model: { readonly weights: readonly number[]; readonly bias: number },
): number => {
  const last = model.weights.length - 1;
  const offsetModel = { weights: model.weights.map((w, k) => (k === last ? 0 : w)), bias: model.bias };
  const offsets = rows.map((f) => {
    const p = logisticConfidence(f, offsetModel);
    return Math.log(p / (1 - p));
  });
  let w = 0;
  for (let iter = 0; iter < 50; iter++) {
    let grad = 1e-3 * w;
    let hess = 1e-3;
    rows.forEach((f, k) => {
      const x = f[last] ?? 0;
      const p = 1 / (1 + Math.exp(-(offsets[k]! + w * x)));
      grad += (p - (outcomes[k] ? 1 : 0)) * x;
      hess += p * (1 - p) * x * x;
    });
    const step = grad / hess;
    w -= step;
    if (Math.abs(step) < 1e-9) break;
  }
  return w;
};
// Sentence match is weighed in pass 2 only, from the shipped pass-1 confidences.
const pass2Rows = fitDocs.flatMap((d) => {
  const base = d.pairs.map((p) => logisticConfidence(ownFeatures(p.features), PARTIAL_BASE_CALIBRATION));
  const support = blockSupport(d.pairs, base);
  const list = listSupport(
    d.pairs,
    base,
    d.pairs.map((p) => p.features[FEATURES.shortness]!),
  );
  return judgedOnly(
    d,
    d.pairs.map((p, k) => {
      const f = [...p.features];
      f[FEATURES.supportMax] = support[k]![0];
      f[FEATURES.supportMin] = support[k]![1];
      f[FEATURES.listSupport] = list[k]!;
      return f.slice(0, FEATURES.shortness);
    }),
  );
});
const w2 = lastWeight(pass2Rows, fitOk, PARTIAL_CALIBRATION);
process.stdout.write(
  `sentence match weight alone (pass 2), the rest at the shipped values: ${w2.toFixed(3)}\n`,
);
const show = (m: { weights: number[]; bias: number }) =>
  `weights [${m.weights.map((w) => w.toFixed(3)).join(', ')}], bias ${m.bias.toFixed(3)}`;
process.stdout.write(
  `logistic refit on 2012 tight + loose, three block draws + three scattered + paragraphs + lists + same-event + partial renderings (${fitOk.length} pairs): pass 1 (z, least and most coverage z, |log length ratio|, mutual best, competitive link, head match, rare-match share, containment z) ${show(pass1)}; pass 2 (z, least and most coverage z, |log length ratio|, paired by position, mutual best, block support: best neighbour, weaker side, competitive link, head match, list support, rare-match share, containment z, sentence match) ${show(pass2)}\n`,
);
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return 0;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k]! - mx) * (y[k]! - my);
    sxx += (x[k]! - mx) ** 2;
    syy += (y[k]! - my) ** 2;
  }
  return sxy / Math.sqrt(Math.max(1e-12, sxx * syy));
}
