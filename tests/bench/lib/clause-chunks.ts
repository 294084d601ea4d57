/**
 * The quotes benchmark's clause splitter (tests/bench/lib/quote-bench-set.ts, clause-dropped
 * variant): the comma-opened chunks of a sentence, each running from a comma up to (not
 * including) the next clause mark (`, ; : . ! ?`).
 *
 * A comma, period or colon between digits (`12,5 milliards`, `10,000`, `1.5`, a `0:3` score) is
 * part of the number, not a clause mark. A period, `!` or `?` is one only where the engine's
 * sentence splitter (core/segment/split-sentences.ts) ends a sentence: not after an abbreviation
 * or initial (`M. Dupont`, `U.S.`, `J.-C.`), nor inside `Amazon.com`. Before the fix of issue #4
 * every such mark counted, and dropping a clause could cut inside a number: `… près de 12,5
 * milliards…` became `… près de 12.` and `…10,000 …` became `Facebook,000 …`.
 */

import { splitSentences } from '../../../src/core/segment/split-sentences.ts';

const MARK = /[,;:.!?]/u;
const DIGIT = /\p{N}/u;
const TERMINAL = /[.!?]/u;
const TRAILING = /[\s»”"’')\]]/u;

/** Positions of the marks that end `s`'s sentences (the closing run of `.`, `!`, `?` of each, closers aside). */
function sentenceEnds(s: string): Set<number> {
  const ends = new Set<number>();
  for (const [start, end] of splitSentences(s, 0, s.length, 'fr')) {
    let k = end - 1;
    while (k > start && TRAILING.test(s[k]!)) k--;
    // Every mark of a closing run counts (`...`, `?!`), as it did before the splitter was used.
    for (; k >= start && TERMINAL.test(s[k]!); k--) ends.add(k);
  }
  return ends;
}

/** Whether the mark at `i` of `s` is a clause mark (see the file comment); `ends`: `sentenceEnds(s)`. */
export function isClauseMark(s: string, i: number, ends: ReadonlySet<number> = sentenceEnds(s)): boolean {
  const ch = s[i]!;
  if (!MARK.test(ch)) return false;
  if (TERMINAL.test(ch)) return ends.has(i);
  return !((ch === ',' || ch === ':') && DIGIT.test(s[i - 1] ?? '') && DIGIT.test(s[i + 1] ?? ''));
}

/** Spans `[comma, next clause mark)` with a non-empty body, in text order. */
export function clauseChunks(s: string): [number, number][] {
  const ends = sentenceEnds(s);
  const marks: number[] = [];
  for (let i = 0; i < s.length; i++) if (isClauseMark(s, i, ends)) marks.push(i);
  const chunks: [number, number][] = [];
  for (let k = 0; k + 1 < marks.length; k++) {
    const at = marks[k]!;
    const next = marks[k + 1]!;
    if (s[at] === ',' && next > at + 1) chunks.push([at, next]);
  }
  return chunks;
}
