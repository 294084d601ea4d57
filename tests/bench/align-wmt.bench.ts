/**
 * Paragraph-level alignment of news documents: WMT newstest 2012 and 2013 English → French
 * documents as paragraphs, the French side with paragraphs merged, split and dropped and site
 * noise added on both sides (tests/bench/lib/perturb-wmt.ts, fixed seed, gold known by
 * construction). Strict and lax F1 pooled over documents, side by side with hunalign run on
 * the same paragraphs, scored apart on newstest2012 (development: the model was studied and
 * tuned on it) and newstest2013 (held out), and on both. Target: strict F1 ≥ 0.98.
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { type IdBead, scoreBeads } from './lib/bead-metrics.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { perturbedParagraphDocs } from './lib/perturb-wmt.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { hunalignDictionary, runHunalign } from './lib/run-hunalign.ts';

// Built over both years in one go (same documents as earlier sessions), then split by year.
const docs = perturbedParagraphDocs(readWmtPairs());
const devIds = new Set(readWmtPairs(['2012']).map((p) => p.docid));
const SETS: [string, (d: (typeof docs)[number]) => boolean][] = [
  ['dev 2012', (d) => devIds.has(d.docid)],
  ['held-out 2013', (d) => !devIds.has(d.docid)],
  ['both', () => true],
];
const lexicon = loadBenchLexicon('en', 'fr');
const paragraphs = docs.reduce((sum, d) => sum + d.src.length + d.tgt.length, 0);
process.stdout.write(`${docs.length} documents, ${paragraphs} paragraphs (both sides, noise included)\n`);

const rows: string[][] = [];
let partialDocs = 0;
const runners: [string, (d: (typeof docs)[number]) => Promise<readonly IdBead[]>][] = [
  [
    'vis-a-vis + lexicon',
    async (d) => {
      const r = await alignSegmentsDetailed(d.src, d.tgt, {
        level: 'paragraph',
        ...(lexicon ? { lexicon } : {}),
      });
      if (r.mode === 'partial') partialDocs++;
      return r.alignment.beads;
    },
  ],
  [
    'vis-a-vis (no lexicon)',
    async (d) => (await alignSegmentsDetailed(d.src, d.tgt, { level: 'paragraph' })).alignment.beads,
  ],
  ['hunalign (no dictionary)', (d) => runHunalign(d.src, d.tgt)],
  [
    'hunalign + same lexicon',
    (d) => runHunalign(d.src, d.tgt, lexicon ? hunalignDictionary(lexicon.entries) : ''),
  ],
];
for (const [name, run] of runners) {
  const t0 = performance.now();
  const scored = [];
  for (const d of docs) scored.push({ doc: d, gold: d.gold, test: await run(d) });
  const ms = (performance.now() - t0).toFixed(0);
  for (const [set, keep] of SETS) {
    const s = scoreBeads(scored.filter((x) => keep(x.doc)));
    rows.push([
      set,
      name,
      f3(s.strict.p),
      f3(s.strict.r),
      f3(s.strict.f1),
      f3(s.lax.f1),
      set === 'both' ? ms : '',
    ]);
  }
}
process.stdout.write(
  `${formatTable(['set', 'aligner', 'strict P', 'strict R', 'strict F1', 'lax F1', 'ms'], rows)}\n`,
);
process.stdout.write(
  `documents the default (auto) mode took as partly parallel: ${partialDocs} of ${docs.length}\n`,
);
process.stdout.write('target: paragraph-level strict F1 >= 0.98\n');
