/**
 * The checks worker's pair check in Node, for its memory: segments the browser benchmark's
 * 5,000 × 5,000 pair, aligns it at the paragraph level, then runs runChecks on the French side
 * with the English source, the lexicon and the front-coded word lists exactly as the worker's
 * `check` does, twice: first the one-document checks (the worker's `analyze`), then the pair.
 * Prints the live heap (after a forced GC) before and after, the heap in use after each rule
 * (not collected: live + garbage), and the finding count; DUMP=<file> writes the findings
 * as JSON lines, to compare two versions line by line.
 *
 * Run: `node --expose-gc --import tsx tests/bench/lib/check-memory-probe.ts` (LIVE=1: collect at
 * each rule boundary; VERBOSE=1: a line per rule; PAIR_ONLY=1: the second run only the pair rules)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { alignDocuments } from '../../../src/core/align/align-documents.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { parseWordList } from '../../../src/core/lexicon/word-list.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { bigDocuments } from './big-documents.ts';
import { loadBenchLexicon } from './load-bench-lexicon.ts';

const ROOT = new URL('../../../', import.meta.url);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const live = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const base = live();
const words = {
  en: parseWordList(readFileSync(new URL('data/wordlists/en.front-coded.txt', ROOT), 'utf8')),
  fr: parseWordList(readFileSync(new URL('data/wordlists/fr.front-coded.txt', ROOT), 'utf8')),
};
const lexicon = loadBenchLexicon('en', 'fr');
const afterData = live();
const texts = bigDocuments(Number(process.env.PARAGRAPHS ?? 5_000));
const source = segmentDocument(texts.en, { id: 'en', name: 'en', lang: 'en' });
const target = segmentDocument(texts.fr, { id: 'fr', name: 'fr', lang: 'fr' });
const alignment = await alignDocuments(source, target, {
  level: 'paragraph',
  srcLang: 'en',
  tgtLang: 'fr',
  ...(lexicon ? { lexicon } : {}),
});
const afterDocs = live();
console.log(
  `word lists + lexicon ${mb(afterData - base)}, documents + alignment ${mb(afterDocs - afterData)}`,
);
let peak = 0;
const onRule = (id: string, ms: number, count: number) => {
  // LIVE=1: collect first, so the figure is what the rules left reachable (memos, caches).
  const used = process.env.LIVE ? live() : process.memoryUsage().heapUsed;
  peak = Math.max(peak, used);
  if (process.env.VERBOSE)
    console.log(
      `  ${id.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms ${String(count).padStart(6)}  in use ${mb(used)}`,
    );
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const one = runChecks(target, { words, sourceLang: 'en', onRule });
const t1 = performance.now();
const afterOne = live();
const pair = runChecks(target, {
  words,
  sourceLang: 'en',
  pair: { source, alignment, ...(lexicon ? { lexicon } : {}) },
  // PAIR_ONLY=1: as the workbench asks after the one-document check (its findings are kept).
  ...(process.env.PAIR_ONLY ? { scopes: ['pair' as const] } : {}),
  onRule,
});
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);
const afterPair = live();
console.log(
  `one-document checks: ${one.length} findings, ${(t1 - t0).toFixed(0)} ms; live after ${mb(afterOne - afterDocs)} above the documents`,
);
console.log(
  `pair checks: ${pair.length} findings, ${(t2 - t1).toFixed(0)} ms; live after ${mb(afterPair - afterDocs)} above the documents`,
);
console.log(
  `heap in use at its highest rule boundary ${mb(peak)} (live before the checks ${mb(afterDocs)}); CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
);
if (process.env.DUMP)
  writeFileSync(process.env.DUMP, `${[...one, ...pair].map((f) => JSON.stringify(f)).join('\n')}\n`);
