/**
 * The partial mode against the hardest negatives it meets: another report of the same event
 * (tests/bench/lib/same-event-docs.ts). WMT newstest2012 (dev; its pairs are part of the fit
 * printed by align-partial-blocks.bench.ts) and newstest2013 (held-out), sentences and
 * paragraphs. Prints, per set: the names the two reports share (median), precision, recall and
 * F1 of the pairs proposed (confidence ≥ 0.5, restated pairs left out), the false pairs whose
 * target is a unit of the other report, and the share right of pairs ≥ 0.9.
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { accuracyAbove } from './lib/reliability.ts';
import { sameEventDocs } from './lib/same-event-docs.ts';

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
  let gold = 0;
  let right = 0;
  let kept = 0;
  let onOther = 0;
  let otherUnits = 0;
  const keptConf: number[] = [];
  const keptOk: boolean[] = [];
  for (const d of docs) {
    const r = await alignSegmentsDetailed(d.src, d.tgt, {
      mode: 'partial',
      level: unit,
      ...(lexicon ? { lexicon } : {}),
    });
    const goldOf = new Map<number, number>();
    for (const b of d.gold) if (b.src.length > 0 && b.tgt.length > 0) goldOf.set(b.src[0]!, b.tgt[0]!);
    gold += goldOf.size;
    otherUnits += d.otherReport.size;
    for (const b of r.alignment.beads) {
      if (b.src.length === 0 || b.tgt.length === 0) continue;
      if (d.ambiguous.has(`${b.src[0]}:${b.tgt[0]}`)) continue;
      const ok = goldOf.get(b.src[0]!) === b.tgt[0];
      kept++;
      if (ok) right++;
      else if (d.otherReport.has(b.tgt[0]!)) onOther++;
      keptConf.push(b.confidence);
      keptOk.push(ok);
    }
  }
  const shared = docs.map((d) => d.shared).sort((a, b) => a - b);
  const precision = right / Math.max(1, kept);
  const recall = right / Math.max(1, gold);
  const high = accuracyAbove(keptConf, keptOk, 0.9);
  rows.push([
    `${year === '2012' ? 'dev 2012' : 'held-out 2013'} ${unit}s`,
    String(docs.length),
    String(shared[shared.length >> 1] ?? 0),
    String(gold),
    String(kept),
    f3(precision),
    f3(recall),
    f3((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    `${onOther} / ${otherUnits}`,
    `${high.count} / ${f3(high.accuracy)}`,
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
