/**
 * Speed of alignDocuments on two documents of 5,000 paragraphs (~20,000 sentences) each, the
 * material of the browser benchmark (WMT newstest English and French sentences grouped four by
 * four into paragraphs: tests/bench/browser.bench.ts), called as the worker calls it
 * (src/worker/engine.worker.ts: lexicon, level paragraph or sentence). Segmentation is timed
 * apart (the worker segments on import, not on align). Prints wall and CPU time (user +
 * system of this process; Node runs the aligner on one thread) and the strict F1 of the
 * paragraph beads (the documents are parallel paragraph by paragraph). Target: <= 2 s for the
 * paragraph level on this machine.
 */
import { alignDocuments } from '../../src/core/align/align-documents.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { scoreBeads } from './lib/bead-metrics.ts';
import { bigDocuments } from './lib/big-documents.ts';
import { formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';

const PARAGRAPHS = process.argv.includes('--quick') ? 1_000 : 5_000;

async function timed<T>(run: () => Promise<T> | T): Promise<{ result: T; wall: number; cpu: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const texts = bigDocuments(PARAGRAPHS);
const lexicon = loadBenchLexicon('en', 'fr');
const rows: string[][] = [];
const seg = await timed(() => ({
  src: segmentDocument(texts.en, { id: 'en', name: 'en', lang: 'en' }),
  tgt: segmentDocument(texts.fr, { id: 'fr', name: 'fr', lang: 'fr' }),
}));
const { src, tgt } = seg.result;
rows.push([
  'segmentDocument x 2',
  `${src.paragraphs.length} x ${tgt.paragraphs.length} paragraphs`,
  seg.wall.toFixed(0),
  seg.cpu.toFixed(0),
  '',
]);
const options = { srcLang: 'en', tgtLang: 'fr', ...(lexicon ? { lexicon } : {}) } as const;
const gold = src.paragraphs.map((_, k) => ({ src: [k], tgt: [k] }));
for (const level of ['paragraph', 'sentence'] as const) {
  const run = await timed(() => alignDocuments(src, tgt, { ...options, level }));
  const f1 = level === 'paragraph' ? scoreBeads([{ gold, test: run.result.beads }]).strict.f1.toFixed(3) : '';
  rows.push([
    `alignDocuments (${level})`,
    `${run.result.beads.length} beads`,
    run.wall.toFixed(0),
    run.cpu.toFixed(0),
    f1,
  ]);
}
process.stdout.write(`${formatTable(['step', 'size', 'wall ms', 'cpu ms', 'paragraph strict F1'], rows)}\n`);
process.stdout.write('target: alignDocuments (paragraph) <= 2000 ms\n');
