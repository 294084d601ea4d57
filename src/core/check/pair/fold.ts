import { foldAccents } from '../../lexicon/cognate-key.ts';
import { registerCheckMemo } from '../check-memos.ts';

// Unicode normalisation costs microseconds a call and pair rules fold the same words over and
// over: a bounded memo (cleared when full) makes folding a map lookup.
const MEMO = new Map<string, string>();
const MAX_MEMO = 100_000;
registerCheckMemo(() => MEMO.clear());

/** foldAccents, memoised: lower case without diacritics (`Élysée` → `elysee`). */
export function fold(word: string): string {
  let folded = MEMO.get(word);
  if (folded === undefined) {
    if (MEMO.size >= MAX_MEMO) MEMO.clear();
    folded = foldAccents(word);
    MEMO.set(word, folded);
  }
  return folded;
}
