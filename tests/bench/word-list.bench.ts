/**
 * Word-list and lexicon benchmark (`npm run bench -- word-list`), on the shipped data and the
 * WMT newstest 2012+2013 English–French documents:
 * 1. loading: parseWordList on the plain and front-coded fr/en lists (median of 7, ms) and the
 *    gzip -9 size of each file (what the browser downloads);
 * 2. lookups: has() on every word token of the WMT texts (tokens/s) and the rate of lower-case
 *    tokens the list does not know (false alarms a spelling check would raise on edited news);
 * 3. suggestions: 1,000 WMT words of ≥ 5 letters with one random edit (deletion, insertion,
 *    substitution, swap of neighbours, accent dropped; seeded), time per suggest() and how often
 *    the original word comes first / in the top 5;
 * 4. lexicons: parseLexicon time and the share of WMT word tokens with an entry in en-fr / fr-en,
 *    and of aligned WMT sentence pairs where some English word's translation occurs in the French.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { lexiconFileNames, parseLexiconFiles } from '../../src/cli/load-lexicons.ts';
import type { Lexicon } from '../../src/core/lexicon/lexicon.ts';
import { parseWordList, type WordList } from '../../src/core/lexicon/word-list.ts';
import { tokenizeWords } from '../../src/core/text/tokenize-words.ts';
import { BENCH_LEXICON_DIR } from './lib/load-bench-lexicon.ts';
import { readWmtPairs } from './lib/read-wmt.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const pairs = readWmtPairs();
const sentences = {
  en: pairs.flatMap((p) => p.en.paragraphs.flat()),
  fr: pairs.flatMap((p) => p.fr.paragraphs.flat()),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Median wall and CPU time of `runs` calls (CPU time is what a busy 2-core machine distorts least). */
function timeIt<T>(fn: () => T, runs: number): { ms: number; cpuMs: number; value: T } {
  const times: number[] = [];
  const cpu: number[] = [];
  let value = fn();
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), value };
}

// A small seeded generator (mulberry32) so the typo set is the same on every run.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typo(word: string, rand: () => number): string {
  const i = Math.floor(rand() * word.length);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const letter = letters[Math.floor(rand() * letters.length)] as string;
  const accented = word.normalize('NFD').replace(/\p{M}/gu, '');
  const kind = Math.floor(rand() * 5);
  if (kind === 4 && accented !== word) return accented;
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + letter + word.slice(i);
  if (kind === 2) return word.slice(0, i) + letter + word.slice(i + 1);
  const j = Math.min(i, word.length - 2);
  return word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
}

console.log('1. loading (median of 7 runs)');
const lists: Record<string, WordList> = {};
for (const lang of ['fr', 'en'] as const) {
  for (const file of [`${lang}.txt`, `${lang}.front-coded.txt`]) {
    const text = readFileSync(`${DATA}wordlists/${file}`, 'utf8');
    const bytes = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const { ms, cpuMs, value } = timeIt(() => parseWordList(text), 7);
    globalThis.gc?.();
    const heap = (process.memoryUsage().heapUsed - before) / 1e6;
    lists[lang] = value;
    console.log(
      `  ${file.padEnd(20)} ${value.size} words  ${(bytes / 1024).toFixed(0)} KiB, gzip ${(gz / 1024).toFixed(0)} KiB  parse ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)  heap +${heap.toFixed(0)} MB`,
    );
  }
}

console.log('2. lookups on WMT newstest 2012+2013');
for (const lang of ['fr', 'en'] as const) {
  const list = lists[lang] as WordList;
  const words = sentences[lang].flatMap((s) => tokenizeWords(s).filter((t) => t.kind === 'word'));
  const t0 = performance.now();
  let unknownLower = 0;
  let lower = 0;
  const missed = new Map<string, number>();
  for (const t of words) {
    const known = list.has(t.text);
    if (t.text === t.norm) {
      lower++;
      if (!known) {
        unknownLower++;
        missed.set(t.norm, (missed.get(t.norm) ?? 0) + 1);
      }
    }
  }
  const ms = performance.now() - t0;
  const top = [...missed].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(
    `  ${lang}: ${words.length} tokens in ${ms.toFixed(0)} ms (${((words.length / ms) * 1000).toFixed(0)} tokens/s); unknown lower-case tokens ${((unknownLower / lower) * 100).toFixed(2)}% (${unknownLower}/${lower}); most frequent: ${top.map(([w, n]) => `${w}×${n}`).join(' ')}`,
  );
}

console.log('3. suggestions for one-edit typos of WMT words (1,000 per language, seeded)');
for (const lang of ['fr', 'en'] as const) {
  const list = lists[lang] as WordList;
  const rand = rng(lang === 'fr' ? 7 : 11);
  const pool = [
    ...new Set(
      sentences[lang].flatMap((s) =>
        tokenizeWords(s)
          .filter(
            (t) => t.kind === 'word' && t.text === t.norm && t.text.length >= 5 && !t.text.includes('-'),
          )
          .map((t) => t.text),
      ),
    ),
  ].filter((w) => list.hasExact(w));
  let first = 0;
  let top5 = 0;
  let tested = 0;
  const times: number[] = [];
  while (tested < 1000) {
    const word = pool[Math.floor(rand() * pool.length)] as string;
    const wrong = typo(word, rand);
    if (wrong === word || list.has(wrong)) continue; // a typo that is itself a word is no test
    tested++;
    const t0 = performance.now();
    const got = list.suggest(wrong, 5);
    times.push(performance.now() - t0);
    if (got[0] === word) first++;
    if (got.includes(word)) top5++;
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${lang}: median ${median(times).toFixed(2)} ms, p95 ${(times[Math.floor(times.length * 0.95)] ?? 0).toFixed(2)} ms; original first ${((first / tested) * 100).toFixed(1)}%, in top 5 ${((top5 / tested) * 100).toFixed(1)}%`,
  );
}

console.log('4. lexicons');
for (const [name, src, tgt] of [
  ['en-fr', 'en', 'fr'],
  ['fr-en', 'fr', 'en'],
] as const) {
  // Every file of the direction (main + licence-family parts), parsed and merged as the loaders do.
  const files = lexiconFileNames(readdirSync(BENCH_LEXICON_DIR), src, tgt);
  const texts = files.map((f) => readFileSync(`${BENCH_LEXICON_DIR}/${f}`, 'utf8'));
  const { ms, cpuMs, value: lexicon } = timeIt(() => parseLexiconFiles(texts, src, tgt) as Lexicon, 5);
  const words = sentences[src].flatMap((s) => tokenizeWords(s).filter((t) => t.kind === 'word'));
  const covered = words.filter((t) => lexicon.entries.has(t.norm)).length;
  let withEvidence = 0;
  for (let i = 0; i < sentences[src].length; i++) {
    const tgtWords = new Set(tokenizeWords(sentences[tgt][i] ?? '').map((t) => t.norm));
    const hit = tokenizeWords(sentences[src][i] ?? '').some((t) =>
      (lexicon.entries.get(t.norm) ?? []).some((r) => tgtWords.has(r)),
    );
    if (hit) withEvidence++;
  }
  console.log(
    `  ${name}: ${files.length} files, ${lexicon.entries.size} headwords, parse + merge ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms); ${src} tokens with an entry ${((covered / words.length) * 100).toFixed(1)}%; ` +
      `aligned sentence pairs with a one-word translation match ${((withEvidence / sentences[src].length) * 100).toFixed(1)}% of ${sentences[src].length}`,
  );
}
