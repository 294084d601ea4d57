/** Lexicons for benchmarks: data/lexicons/<src>-<tgt>.tsv merged with the inverted reverse file when present. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  invertLexicon,
  type Lexicon,
  mergeLexicons,
  parseLexicon,
} from '../../../src/core/lexicon/lexicon.ts';

const DIR = fileURLToPath(new URL('../../../data/lexicons/', import.meta.url));

/** The src → tgt lexicon shipped in data/lexicons, or undefined if there is none. */
export function loadBenchLexicon(src: string, tgt: string): Lexicon | undefined {
  const parts: Lexicon[] = [];
  const direct = `${DIR}${src}-${tgt}.tsv`;
  const reverse = `${DIR}${tgt}-${src}.tsv`;
  if (existsSync(direct)) parts.push(parseLexicon(readFileSync(direct, 'utf8'), src, tgt));
  if (existsSync(reverse)) parts.push(invertLexicon(parseLexicon(readFileSync(reverse, 'utf8'), tgt, src)));
  return parts.length > 0 ? mergeLexicons(...parts) : undefined;
}
