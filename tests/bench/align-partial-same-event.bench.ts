/**
 * The partial mode against the hardest negatives it meets: another report of the same event
 * (tests/bench/lib/same-event-docs.ts). WMT newstest2012 (dev; its pairs are part of the fit
 * printed by align-partial-blocks.bench.ts) and newstest2013 (held-out), sentences and
 * paragraphs. Prints, per set: the names the two reports share (median), precision, recall and
 * F1 of the pairs proposed (confidence ≥ 0.5, restated pairs left out), the false pairs whose
 * target is a unit of the other report, and the share right of pairs ≥ 0.9.
 */
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { sameEventDocs } from './lib/same-event-docs.ts';
import { scorePartialDocs } from './lib/score-partial-docs.ts';

const lexicon = loadBenchLexicon('en', 'fr');
const rows: string[][] = [];
const cpu0 = process.cpuUsage();
for (const [year, seed, unit] of [
  ['2012', 61, 'sentence'],
  ['2012', 63, 'paragraph'],
  ['2013', 67, 'sentence'],
  ['2013', 69, 'paragraph'],
] as const) {
  const docs = sameEventDocs(readWmtPairs([year]), { seed, unit });
  let onOther = 0;
  let otherUnits = 0;
  const score = await scorePartialDocs(docs, unit, lexicon, ({ doc: d, kept }) => {
    otherUnits += d.otherReport.size;
    for (const { j, ok } of kept) if (!ok && d.otherReport.has(j)) onOther++;
  });
  const shared = docs.map((d) => d.shared).sort((a, b) => a - b);
  rows.push([
    `${year === '2012' ? 'dev 2012' : 'held-out 2013'} ${unit}s`,
    String(docs.length),
    String(shared[shared.length >> 1] ?? 0),
    String(score.gold),
    String(score.kept),
    f3(score.precision),
    f3(score.recall),
    f3(score.f1),
    `${onOther} / ${otherUnits}`,
    `${score.high.count} / ${f3(score.high.accuracy)}`,
  ]);
}
process.stdout.write(
  `${formatTable(
    [
      'set',
      'docs',
      'names shared (median)',
      'gold pairs',
      'kept >= 0.5',
      'precision',
      'recall',
      'F1',
      'false pairs on the other report / its units',
      '>= 0.9 (n / right)',
    ],
    rows,
  )}\n`,
);
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);
