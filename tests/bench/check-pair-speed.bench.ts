/**
 * Speed of the pair rules (PAIR_CHECKS: numbers, names, omission, addition, untranslated copy,
 * false friends, consistency) on two documents of 5,000 paragraphs (~20,000 sentences) each, the
 * browser benchmark's material (tests/bench/lib/big-documents.ts), aligned by alignDocuments at
 * the paragraph level (the workbench's default) and at the sentence level, with the shipped
 * lexicon and word lists, as the worker's `check` calls them. Prints wall and CPU time (user +
 * system of this process) per rule and in all, and the finding count. The alignment is not timed.
 *
 * Run: npm run bench -- check-pair-speed   (QUICK=1: 1,000 paragraphs, paragraph level only;
 *      LEVEL=paragraph|sentence: that level only;
 *      DUMP=<file> writes every finding as JSON lines, to compare two versions of the rules)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { alignDocuments } from '../../src/core/align/align-documents.ts';
import { PAIR_CHECKS } from '../../src/core/check/pair/pair-checks.ts';
import type { PairContext } from '../../src/core/check/pair/pair-context.ts';
import { parseWordList } from '../../src/core/lexicon/word-list.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { bigDocuments } from './lib/big-documents.ts';
import { formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';

const QUICK = process.env.QUICK === '1';
const ROOT = new URL('../../', import.meta.url);
const words = {
  en: parseWordList(readFileSync(new URL('data/wordlists/en.txt', ROOT), 'utf8')),
  fr: parseWordList(readFileSync(new URL('data/wordlists/fr.txt', ROOT), 'utf8')),
};
const lexicon = loadBenchLexicon('en', 'fr');

function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { result, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const texts = bigDocuments(QUICK ? 1_000 : 5_000);
const source = segmentDocument(texts.en, { id: 'en', name: 'en', lang: 'en' });
const target = segmentDocument(texts.fr, { id: 'fr', name: 'fr', lang: 'fr' });
process.stdout.write(
  `documents: ${source.paragraphs.length} / ${target.paragraphs.length} paragraphs, ` +
    `${source.sentences.length} / ${target.sentences.length} sentences\n`,
);
const dump: string[] = [];
const ms = (n: number) => n.toFixed(0).padStart(7);
const LEVELS = ['paragraph', 'sentence'] as const;
const only = LEVELS.find((l) => l === process.env.LEVEL);
for (const level of only ? [only] : QUICK ? (['paragraph'] as const) : LEVELS) {
  const alignment = await alignDocuments(source, target, {
    level,
    srcLang: 'en',
    tgtLang: 'fr',
    ...(lexicon ? { lexicon } : {}),
  });
  const ctx: PairContext = { source, target, alignment, words, ...(lexicon ? { lexicon } : {}) };
  const rows: string[][] = [];
  let wall = 0;
  let cpu = 0;
  let count = 0;
  const all: Finding[] = [];
  for (const [id, check] of Object.entries(PAIR_CHECKS)) {
    const run = timed(() => check(ctx));
    wall += run.wall;
    cpu += run.cpu;
    count += run.result.length;
    all.push(...run.result);
    rows.push([id, ms(run.cpu), ms(run.wall), String(run.result.length)]);
  }
  rows.push(['all pair rules', ms(cpu), ms(wall), String(count)]);
  process.stdout.write(`\n${level} level: ${alignment.beads.length} beads\n`);
  process.stdout.write(formatTable(['rule', 'CPU ms', 'wall ms', 'findings'], rows));
  for (const f of all) dump.push(JSON.stringify({ level, ...f }));
}
if (process.env.DUMP) writeFileSync(process.env.DUMP, `${dump.join('\n')}\n`);
process.stdout.write(
  '\ntarget: all pair rules on the 5,000 x 5,000 pair in a few seconds of CPU per level\n',
);
