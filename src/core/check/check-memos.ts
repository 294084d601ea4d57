/**
 * The check engine's memos (tokens by text, folded words, word-list answers, the tokens of a
 * document…), released when a run of the checks is over. They make a run fast (rules read
 * the same words over and over), but kept afterwards they held 290 MB for a 5,000 × 5,000
 * pair in the workbench's checks worker, long after the findings were sent: its documents
 * stay alive for later calls, and so did everything memoised on them. Within a run they
 * also hand out one string per distinct word form (`intern`), so that a million tokens do not
 * carry a million copies of `the`, `de` and `la`.
 */

const releasers: (() => void)[] = [];

/** Register how to empty one memo (called once per memo, at module load). */
export function registerCheckMemo(release: () => void): void {
  releasers.push(release);
}

/** Empty every memo of the check engine: what a run computed becomes garbage. */
export function releaseCheckMemos(): void {
  for (const release of releasers) release();
}

let strings = new Map<string, string>();
registerCheckMemo(() => {
  strings = new Map();
});

/** One shared copy of `s` for the rest of the run (strings are values: which copy is kept does not matter). */
export function intern(s: string): string {
  const held = strings.get(s);
  if (held !== undefined) return held;
  strings.set(s, s);
  return s;
}
