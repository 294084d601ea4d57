/**
 * The partial mode on PARTIAL RENDERINGS (tests/bench/lib/partial-rendering-docs.ts): a
 * paragraph renders one sentence of a longer paragraph of the other text (`part`: the French
 * is the short side; `embedded`: the English is, inside a French paragraph of other words).
 * WMT newstest2012 (dev; its pairs are part of the fit printed by align-partial-blocks.bench.ts)
 * and newstest2013 (held-out), tight (the WMT translation) and loose (words replaced at a rate
 * up to 0.7, block-parallel-docs.ts loosen). Prints, per set: precision, recall and F1 of the
 * pairs proposed (confidence ≥ 0.5, restated pairs left out), recall of each kind, and the
 * share right of pairs ≥ 0.9. Then the same on the `both` material: the rendered sentence inside a
 * paragraph of other words on each side (the English paragraph whole, the French sentence written
 * into a French background paragraph).
 */
import { loosen } from './lib/block-parallel-docs.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { partialRenderingDocs } from './lib/partial-rendering-docs.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { scorePartialDocs } from './lib/score-partial-docs.ts';

const lexicon = loadBenchLexicon('en', 'fr');
const rows: string[][] = [];
const cpu0 = process.cpuUsage();
// The `both` material (seeds 75 dev, 77 held-out): the rendered sentence inside a paragraph on
// each side; its rows are named `both`, its renderings counted in the embedded column.
for (const [year, seed, both] of [
  ['2012', 71, false],
  ['2013', 73, false],
  ['2012', 75, true],
  ['2013', 77, true],
] as const) {
  const tight = partialRenderingDocs(readWmtPairs([year]), { seed, both });
  for (const [variant, docs] of [
    ['tight', tight],
    ['loose', loosen(tight, seed + 1)],
  ] as const) {
    const found = { part: 0, embedded: 0, both: 0 };
    const total = { part: 0, embedded: 0, both: 0 };
    const score = await scorePartialDocs(docs, 'paragraph', lexicon, ({ doc: d, goldOf, pairedTgt }) => {
      for (const [i, kind] of d.renderings) {
        total[kind]++;
        if (pairedTgt.get(goldOf.get(i)!) === i) found[kind]++;
      }
    });
    rows.push([
      `${year === '2012' ? 'dev 2012' : 'held-out 2013'} ${both ? 'both ' : ''}${variant}`,
      String(docs.length),
      String(score.gold),
      String(score.kept),
      f3(score.precision),
      f3(score.recall),
      f3(score.f1),
      `${found.part} / ${total.part}`,
      both ? `${found.both} / ${total.both}` : `${found.embedded} / ${total.embedded}`,
      `${score.high.count} / ${f3(score.high.accuracy)}`,
    ]);
  }
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
      'part found (French one sentence)',
      'embedded (English one sentence) or both found',
      '>= 0.9 (n / right)',
    ],
    rows,
  )}\n`,
);
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);
