/**
 * Sentence-alignment accuracy on the development sets, side by side with hunalign (Varga et
 * al. 2005, WebAssembly build) in the same run: strict and lax precision, recall and F1
 * (../shared/eval/README.md) on transread-dev (English → French, four books pooled) and
 * textberg-dev (German → French). Both aligners get the same sentences; "lexicon" runs give
 * both the lexicon shipped in data/lexicons (hunalign as its `target @ source` dictionary).
 */
import { alignSegmentsDetailed } from '../../src/core/align/align-segments.ts';
import { type IdBead, scoreBeads } from './lib/bead-metrics.ts';
import { type GoldPair, readTextberg, readTransread } from './lib/eval-sets.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { hunalignDictionary, runHunalign } from './lib/run-hunalign.ts';

type Runner = (pair: GoldPair) => Promise<readonly IdBead[]>;

const ours =
  (withLexicon: boolean): Runner =>
  async (pair) => {
    const lexicon = withLexicon ? loadBenchLexicon(pair.srcLang, pair.tgtLang) : undefined;
    const result = await alignSegmentsDetailed(pair.src, pair.tgt, lexicon ? { lexicon } : {});
    if (result.mode !== 'parallel')
      process.stdout.write(`  (note: ${pair.name} aligned in ${result.mode} mode)\n`);
    return result.alignment.beads;
  };

const hunalign =
  (withLexicon: boolean): Runner =>
  async (pair) => {
    const lexicon = withLexicon ? loadBenchLexicon(pair.srcLang, pair.tgtLang) : undefined;
    return runHunalign(pair.src, pair.tgt, lexicon ? hunalignDictionary(lexicon.entries) : '');
  };

const RUNNERS: [string, Runner][] = [
  ['vis-a-vis (no lexicon)', ours(false)],
  ['vis-a-vis + lexicon', ours(true)],
  ['hunalign (no dictionary)', hunalign(false)],
  ['hunalign + same lexicon', hunalign(true)],
];

const SETS: [string, GoldPair[]][] = [
  ['transread-dev', readTransread()],
  ['textberg-dev', [readTextberg()]],
];

const rows: string[][] = [];
for (const [setName, pairs] of SETS) {
  for (const [name, runner] of RUNNERS) {
    const t0 = performance.now();
    const docs = [];
    for (const pair of pairs) docs.push({ gold: pair.gold, test: await runner(pair) });
    const ms = performance.now() - t0;
    const s = scoreBeads(docs);
    rows.push([
      setName,
      name,
      f3(s.strict.p),
      f3(s.strict.r),
      f3(s.strict.f1),
      f3(s.lax.p),
      f3(s.lax.r),
      f3(s.lax.f1),
      `${ms.toFixed(0)}`,
    ]);
  }
}
process.stdout.write(
  `${formatTable(['set', 'aligner', 'strict P', 'strict R', 'strict F1', 'lax P', 'lax R', 'lax F1', 'ms'], rows)}\n`,
);
process.stdout.write('targets: transread-dev strict F1 >= 0.85, textberg-dev >= 0.78\n');
