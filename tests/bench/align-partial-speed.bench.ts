/**
 * Speed of the partial mode on large partly parallel texts: N English WMT sentences against N
 * other French WMT sentences (same news, not translations) with N/100 French translations of
 * English sentences inserted in order. Up to MAX_LOCAL_WORK every pair is scored (dense); above
 * it, only pairs seeded by a rare shared key (align-partial.ts scoreCandidatePairs). Prints wall
 * and CPU time (process.cpuUsage), the pairs kept and how many of the inserted ones were found,
 * and the time ratio of each size to the one before (2 = linear, 4 = quadratic).
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { bigDocuments } from './lib/big-documents.ts';
import { formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';

const docs = bigDocuments(6_000, 1);
const en = docs.en.split('\n');
const fr = docs.fr.split('\n');
const lexicon = loadBenchLexicon('en', 'fr');
const rows: string[][] = [];
let previous: number | undefined;
for (const n of [375, 750, 1_500, 3_000]) {
  const src = en.slice(0, n);
  const tgt: string[] = [];
  const gold = new Map<number, number>();
  const every = 100;
  for (let k = 0; k < n; k++) {
    if (k % every === every / 2) {
      gold.set(k, tgt.length);
      tgt.push(fr[k]!);
    }
    tgt.push(fr[n + k]!);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await alignSegmentsDetailed(src, tgt, { mode: 'partial', ...(lexicon ? { lexicon } : {}) });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const kept = r.alignment.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
  const found = kept.filter((b) => gold.get(b.src[0]!) === b.tgt[0]).length;
  rows.push([
    `${n} x ${tgt.length}`,
    wall.toFixed(0),
    cpuMs.toFixed(0),
    previous ? (cpuMs / previous).toFixed(2) : '',
    String(kept.length),
    `${found} / ${gold.size}`,
  ]);
  previous = cpuMs;
}
process.stdout.write(
  `${formatTable(['sentences', 'wall ms', 'cpu ms', 'cpu ratio to previous (size x2)', 'pairs kept', 'inserted found'], rows)}\n`,
);
