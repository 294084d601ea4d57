/**
 * The partial mode on rendered lists and name-sharing negatives (tests/bench/lib/list-parallel-docs.ts):
 * WMT newstest2012 (dev; its pairs are part of the fit printed by align-partial-blocks.bench.ts)
 * and newstest2013 (held-out), sentences and paragraphs. Prints, per set: precision, recall and
 * F1 of the pairs proposed (confidence ≥ 0.5, restated pairs left out), recall of the tight
 * anchor and of the loose list items beside it, the decoy items of a list paired (false pairs
 * beside the anchor), the name-sharing negatives paired with the unit whose names they carry
 * (false same-story pairs) and with anything, and the share right of pairs ≥ 0.9.
 */
import { f3, formatTable } from './lib/format-table.ts';
import { listParallelDocs } from './lib/list-parallel-docs.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { scorePartialDocs } from './lib/score-partial-docs.ts';

const lexicon = loadBenchLexicon('en', 'fr');
const rows: string[][] = [];
const cpu0 = process.cpuUsage();
for (const [year, seed, unit] of [
  ['2012', 51, 'sentence'],
  ['2012', 53, 'paragraph'],
  ['2013', 57, 'sentence'],
  ['2013', 59, 'paragraph'],
] as const) {
  const docs = listParallelDocs(readWmtPairs([year]), { seed, unit });
  let anchors = 0;
  let anchorsFound = 0;
  let loose = 0;
  let looseFound = 0;
  let listDecoys = 0;
  let listDecoysPaired = 0;
  let entityDecoys = 0;
  let entityToSource = 0;
  let entityPaired = 0;
  // Pairs >= 0.9 with the cut items' restatements left out (list-parallel-docs.ts restatedItems).
  let highKept = 0;
  let highRight = 0;
  let highRestated = 0;
  const score = await scorePartialDocs(docs, unit, lexicon, ({ doc: d, goldOf, pairedTgt, kept }) => {
    for (const p of kept) {
      if (p.confidence < 0.9) continue;
      if (d.restatedItems.has(`${p.i}:${p.j}`)) {
        highRestated++;
        continue;
      }
      highKept++;
      if (p.ok) highRight++;
    }
    for (const i of d.anchors) {
      anchors++;
      if (pairedTgt.get(goldOf.get(i)!) === i) anchorsFound++;
    }
    for (const i of d.looseItems) {
      loose++;
      if (pairedTgt.get(goldOf.get(i)!) === i) looseFound++;
    }
    for (const j of d.listDecoys) {
      listDecoys++;
      if (pairedTgt.has(j)) listDecoysPaired++;
    }
    for (const [j, i] of d.entityDecoys) {
      entityDecoys++;
      if (pairedTgt.get(j) === i) entityToSource++;
      if (pairedTgt.has(j)) entityPaired++;
    }
  });
  rows.push([
    `${year === '2012' ? 'dev 2012' : 'held-out 2013'} ${unit}s`,
    String(docs.length),
    String(score.gold),
    String(score.kept),
    f3(score.precision),
    f3(score.recall),
    f3(score.f1),
    `${anchorsFound} / ${anchors}`,
    `${looseFound} / ${loose}`,
    `${listDecoysPaired} / ${listDecoys}`,
    `${entityToSource} (${entityPaired}) / ${entityDecoys}`,
    `${score.high.count} / ${f3(score.high.accuracy)}`,
    `${highKept} / ${f3(highRight / Math.max(1, highKept))} (${highRestated} left out)`,
  ]);
}
process.stdout.write(
  `${formatTable(
    [
      'set',
      'docs',
      'gold pairs',
      'kept >= 0.5',
      'precision',
      'recall',
      'F1',
      'anchors found',
      'loose items found',
      'list decoys paired',
      'name-sharing negatives paired to their source (to any)',
      '>= 0.9 (n / right)',
      ">= 0.9, cut items' restatements left out",
    ],
    rows,
  )}\n`,
);
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);
