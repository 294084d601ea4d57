/**
 * Lexicons for benchmarks: every file of data/lexicons/<src>-<tgt>.tsv and its parts
 * (src/cli/load-lexicons.ts readLexiconDir), merged with the reverse direction's files inverted
 * when present. BENCH_LEXICONS=DIR reads another directory instead, to compare two builds of the
 * lexicons on the same code.
 */
import { fileURLToPath } from 'node:url';
import { readLexiconDir } from '../../../src/cli/load-lexicons.ts';
import { invertLexicon, type Lexicon, mergeLexicons } from '../../../src/core/lexicon/lexicon.ts';

const DIR = process.env.BENCH_LEXICONS ?? fileURLToPath(new URL('../../../data/lexicons/', import.meta.url));

/** The src → tgt lexicon shipped in data/lexicons (or BENCH_LEXICONS), or undefined if there is none. */
export function loadBenchLexicon(src: string, tgt: string): Lexicon | undefined {
  const parts: Lexicon[] = [];
  const direct = readLexiconDir(DIR, src, tgt);
  const reverse = readLexiconDir(DIR, tgt, src);
  if (direct) parts.push(direct);
  if (reverse) parts.push(invertLexicon(reverse));
  return parts.length > 0 ? mergeLexicons(...parts) : undefined;
}

/** Which lexicon directory the benchmarks read, for their printed header. */
export const BENCH_LEXICON_DIR = DIR;

/** loadBenchLexicon for a benchmark that cannot run without it: throws with the fix when missing. */
export function requireBenchLexicon(src: string, tgt: string): Lexicon {
  const lexicon = loadBenchLexicon(src, tgt);
  if (!lexicon) throw new Error(`no ${src}-${tgt} lexicon in ${DIR} (npm run lexicons)`);
  return lexicon;
}
