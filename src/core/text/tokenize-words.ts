/**
 * Word and number tokens of a text, with their offsets. Letters with their combining marks
 * form words; an apostrophe splits (`l'homme` → `l`, `homme`; `don't` → `don`, `t`) so that
 * French elisions meet the lexicon. Numbers keep their group and decimal separators
 * (`2,000`, `2 000`, `4,5`, `17.000`) so that number checks can read them.
 */

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower-cased form for lookups (numbers are kept as written). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number';
}

// A number: digits, optionally grouped by , . space NBSP NNBSP in threes, optional decimals.
const TOKEN =
  /(\p{N}{1,3}(?:[,.\u00a0\u202f ]\p{N}{3})+(?:[.,]\p{N}+)?|\p{N}+(?:[.,]\p{N}+)?)|([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)/gu;

/** Tokenize `text` into words and numbers. */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const kind = match[1] !== undefined ? 'number' : 'word';
    tokens.push({
      text: raw,
      norm: kind === 'word' ? raw.toLowerCase() : raw,
      start,
      end: start + raw.length,
      kind,
    });
  }
  return tokens;
}
