/**
 * Remnants of lost curly quotes. `“` is E2 80 9C in UTF-8, `â€œ` in Windows-1252; when a
 * cleaner drops the `â€` (or a converter keeps only the last byte), a bare `œ` is left where
 * the opening quote was: `«œ prendre`, `« œ Il`, `œlielas ''`. Real words with œ (`œuvre`,
 * `cœur`, `sœur`, `Mettre en œuvre`) are told apart by their stems, and by a word list when
 * one is given.
 */

/** Where the remnant sits, which decides its repair. */
export type RemnantRole = 'after-opener' | 'standalone' | 'word-initial';

/** One stray `œ` that stands for a lost `“`. */
export interface QuoteRemnant {
  /** Offset of the `œ`. */
  readonly index: number;
  readonly role: RemnantRole;
  /** For `after-opener`: offset of the opening mark it follows. */
  readonly opener?: number;
}

// Stems of the French (and English loan) words written with œ; a word holding one is real.
const OE_WORD =
  /œ(?:uvr|il|uf|sophag|cum|d[eè]m|dip|nolog|nophil|str|cist)|(?:c|s|v|n|m|b|ch|f|ranc|man|éc|dés|l|ph)œ/u;
const WORD_AT = /[\p{L}\p{M}]+/uy;
const SPACES = /[ \u00a0\u202f\u2009]/;

/** Find the `œ` remnants in `text`; `isWord` may confirm a word with œ is real. */
export function findQuoteRemnants(text: string, isWord?: (lower: string) => boolean): QuoteRemnant[] {
  const out: QuoteRemnant[] = [];
  // Each word is judged once, at its first œ, and the scan resumes after it: only a word-initial
  // œ can be a remnant, so the other œ of the same word need no look. Linear in the text, even
  // for a run of thousands of œ (a binary file read as Windows-1252: 0x9C).
  let next = 0;
  for (let i = text.indexOf('œ'); i !== -1; i = text.indexOf('œ', next)) {
    next = i + 1;
    if (text[i - 1] === '€') continue; // a whole `â€œ`: mojibake, not a remnant
    // The word around i (the walk back stops at the previous word's end: at most once per word).
    let ws = i;
    while (ws > 0 && /[\p{L}\p{M}]/u.test(text[ws - 1]!)) ws--;
    WORD_AT.lastIndex = ws;
    const word = WORD_AT.exec(text)?.[0] ?? 'œ';
    next = Math.max(next, ws + word.length);
    const lower = word.toLowerCase();
    if (word.length > 1 && (OE_WORD.test(lower) || isWord?.(lower))) continue;
    if (ws !== i && word.length > 1) continue; // œ inside an unknown word: a spelling matter
    // Look back over spaces for an opening mark.
    let j = i - 1;
    while (j >= 0 && SPACES.test(text[j]!)) j--;
    const before = text[j];
    if (before === '«' || before === '“' || before === '„') {
      out.push({ index: i, role: 'after-opener', opener: j });
    } else if (word.length === 1) {
      out.push({ index: i, role: 'standalone' });
    } else {
      out.push({ index: i, role: 'word-initial' });
    }
  }
  return out;
}
