/**
 * tokenizeWords, memoised by text: the pair rules tokenize the same sentences and paragraphs
 * many times over (names alone read each source segment three times, the numbers rule once
 * more), and on big documents tokenizing was half their time. Bounded (cleared when full), like
 * the folding memo, and small (see MAX_MEMO).
 */
import { type Token, tokenizeWords } from '../../text/tokenize-words.ts';
import { intern, registerCheckMemo } from '../check-memos.ts';

const MEMO = new Map<string, readonly Token[]>();
// Bounded low: the rules read a bead's segments several times over, close together (names reads
// each source segment three times), which a small memo serves; across rules each walks the
// whole pair again. Holding every segment of two 5,000-paragraph documents (50,000 texts) kept
// 70 MB of tokens live in the checks (heap in use at rule boundaries after a collection, Node,
// tests/bench/lib/check-memory-probe.ts: 176 MB, 106 MB with 2,000; in Chromium the engine
// worker's heap peak fell from 182-242 to 189-208 MB). The cost is time: the pair rules of that
// pair took 9.0 s instead of 6.0 s in Node (CPU of both runs 13.1 s instead of 9.5 s), in the
// background after the rows are shown; the findings are the same.
const MAX_MEMO = 2_000;
registerCheckMemo(() => MEMO.clear());

/** The tokens of `text` (shared: never mutate the array). */
export function cachedTokens(text: string): readonly Token[] {
  let tokens = MEMO.get(text);
  if (tokens === undefined) {
    if (MEMO.size >= MAX_MEMO) MEMO.clear();
    // Each token's strings shared with every other occurrence of the word in the run (the
    // tokens are fresh objects of tokenizeWords: set in place, not copied).
    const fresh: { text: string; norm: string }[] = tokenizeWords(text);
    for (const t of fresh) {
      const raw = intern(t.text);
      t.norm = t.norm === t.text ? raw : intern(t.norm);
      t.text = raw;
    }
    tokens = fresh as Token[];
    MEMO.set(text, tokens);
  }
  return tokens;
}
