/**
 * Speed and memory of sentence alignment on 10,000 × 10,000 and 20,000 × 20,000 realistic
 * sentences (WMT newstest English and French, blocks of consecutive pairs from random places,
 * some French sentences merged or dropped: tests/bench/lib/perturb-wmt.ts), side by side with
 * hunalign on the same input. Targets: 10k ≤ 3 s and ≤ 500 MB; 20k ≤ 2.2 × the 10k time.
 * Wall time depends on what else runs on the machine; CPU time (user + system) is printed
 * too. A 2,000-sentence warm-up runs first, untimed.
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { scoreBeads } from './lib/bead-metrics.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { syntheticSentencePair } from './lib/perturb-wmt.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { runHunalign } from './lib/run-hunalign.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const pairs = readWmtPairs();
const lexicon = loadBenchLexicon('en', 'fr');
const sizes = process.argv.includes('--quick') ? [2000] : [10_000, 20_000];
const rows: string[][] = [];
const times = new Map<string, number>();
const cpuTimes = new Map<string, number>();

// Warm-up (JIT, the lexicon's keyed form, the folding cache), so that the 10k run does not
// carry one-off costs that the 20k run does not, which would hide a superlinear part.
{
  const warm = syntheticSentencePair(pairs, 2000, 3);
  await alignSegmentsDetailed(warm.src, warm.tgt, lexicon ? { lexicon } : {});
}

async function measure(name: string, n: number, run: () => Promise<unknown>) {
  gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await run();
  const ms = performance.now() - t0;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
  clearInterval(timer);
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  times.set(`${name}:${n}`, ms);
  cpuTimes.set(`${name}:${n}`, cpu);
  return {
    result,
    ms,
    cpu,
    rssMb: (peakRss - before.rss) / 1e6,
    heapMb: (peakHeap - before.heapUsed) / 1e6,
    peakRssMb: peakRss / 1e6,
  };
}

for (const n of sizes) {
  const doc = syntheticSentencePair(pairs, n);
  const ours = await measure(
    'ours',
    n,
    async () => (await alignSegmentsDetailed(doc.src, doc.tgt, lexicon ? { lexicon } : {})).alignment.beads,
  );
  const oursF1 = scoreBeads([{ gold: doc.gold, test: ours.result as never }]).strict.f1;
  rows.push([
    `${doc.src.length} x ${doc.tgt.length}`,
    'vis-a-vis + lexicon',
    ours.ms.toFixed(0),
    ours.cpu.toFixed(0),
    ours.heapMb.toFixed(0),
    ours.peakRssMb.toFixed(0),
    f3(oursF1),
  ]);
  const hun = await measure('hunalign', n, () => runHunalign(doc.src, doc.tgt));
  const hunF1 = scoreBeads([{ gold: doc.gold, test: hun.result as never }]).strict.f1;
  rows.push([
    `${doc.src.length} x ${doc.tgt.length}`,
    'hunalign (no dictionary)',
    hun.ms.toFixed(0),
    hun.cpu.toFixed(0),
    hun.heapMb.toFixed(0),
    hun.peakRssMb.toFixed(0),
    f3(hunF1),
  ]);
}
process.stdout.write(
  `${formatTable(['sentences', 'aligner', 'wall ms', 'cpu ms', 'heap +MB', 'peak RSS MB', 'strict F1'], rows)}\n`,
);
const t10 = times.get('ours:10000');
const t20 = times.get('ours:20000');
const c10 = cpuTimes.get('ours:10000');
const c20 = cpuTimes.get('ours:20000');
if (t10 && t20 && c10 && c20)
  process.stdout.write(
    `20k / 10k time: wall ${(t20 / t10).toFixed(2)}, cpu ${(c20 / c10).toFixed(2)} (target <= 2.2)\n`,
  );
process.stdout.write('targets: 10k x 10k <= 3000 ms and <= 500 MB, no slower than hunalign\n');
