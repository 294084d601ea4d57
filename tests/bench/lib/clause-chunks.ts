/**
 * The quotes benchmark's clause splitter (tests/bench/lib/quote-bench-set.ts, clause-dropped
 * variant): the comma-opened chunks of a sentence, each running from a comma up to (not
 * including) the next clause mark (`, ; : . ! ?`).
 *
 * A comma, period or colon between digits (`12,5 milliards`, `10,000`, `1.5`, a `0:3` score) is
 * part of the number, not a clause mark; nor is the period of an abbreviation or initial (`M. Dupont`, `U.S.`,
 * `J.-C.`) or a period followed at once by a letter or digit (`Amazon.com`). Before the fix of issue #4 every
 * such mark counted, and dropping a clause could cut inside a number: `… près de 12,5 milliards…`
 * became `… près de 12.` and `…10,000 …` became `Facebook,000 …`.
 */

const MARK = /[,;:.!?]/u;
const DIGIT = /\p{N}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Words that take an abbreviating period (case-sensitive), mostly before a name or a number.
const ABBREVIATIONS = new Set(
  (
    'M MM Mme Mmes Mlle Mlles Mgr Me Mr Mrs Ms Dr Drs Pr Prof St Ste Sts Inc Corp Co Ltd Jr Sr ' +
    'Gen Gén Gov Sen Rep Lt Col Capt Rev Hon Mt Ft Ave av apr env cf vs p pp no No n nos vol art ch fig'
  ).split(' '),
);

/** Whether the mark at `i` of `s` is a clause mark (see the file comment). */
export function isClauseMark(s: string, i: number): boolean {
  const ch = s[i]!;
  if (!MARK.test(ch)) return false;
  const before = s[i - 1] ?? '';
  const after = s[i + 1] ?? '';
  if ((ch === ',' || ch === '.' || ch === ':') && DIGIT.test(before) && DIGIT.test(after)) return false;
  if (ch !== '.') return true;
  // A period that ends the text (closing quotes and spaces aside) always ends the clause.
  if (/^[\s»”"’')\]]*$/u.test(s.slice(i + 1))) return true;
  if (WORD_CHAR.test(after)) return false;
  // The word before the period, dots and hyphens of `U.S` or `J.-C` included.
  let b = i;
  const inWord = (k: number) =>
    WORD_CHAR.test(s[k]!) || ((s[k] === '.' || s[k] === '-') && k > 0 && WORD_CHAR.test(s[k - 1]!));
  while (b > 0 && inWord(b - 1)) b--;
  const word = s.slice(b, i);
  if (word.length === 0) return true;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (/^(?:\p{L}\.-?)+\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word);
}

/** Spans `[comma, next clause mark)` with a non-empty body, in text order. */
export function clauseChunks(s: string): [number, number][] {
  const marks: number[] = [];
  for (let i = 0; i < s.length; i++) if (isClauseMark(s, i)) marks.push(i);
  const chunks: [number, number][] = [];
  for (let k = 0; k + 1 < marks.length; k++) {
    const at = marks[k]!;
    const next = marks[k + 1]!;
    if (s[at] === ',' && next > at + 1) chunks.push([at, next]);
  }
  return chunks;
}
