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

/**
 * Call `visit` with each token's start and end offsets in `text` and whether it is a number,
 * in order: exactly the tokens of tokenizeWords (same pattern, same leftmost-first
 * reading), found by a scan over character codes instead of the regular expression, and
 * without building them (no match or token object, no substring, no lower-cased copy). For the aligner,
 * which tokenizes whole documents (two of 5,000 paragraphs: 860,000 tokens) and folds words
 * itself. Characters outside the Basic Multilingual Plane are left to the pattern.
 */
export function scanTokens(
  text: string,
  visit: (start: number, end: number, isNumber: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === OTHER) {
      i++;
      continue;
    }
    const end = c === SURROGATE ? -1 : c === LETTER ? wordEnd(text, i) : numberEnd(text, i);
    if (end < 0) {
      i = byPattern(text, i, visit);
      continue;
    }
    visit(i, end, c === NUMBER);
    i = end;
  }
}

// Character classes of UTF-16 code units for scanTokens: [\p{L}\p{M}], \p{N}, anything else, and
// surrogates (whose code point only the pattern reads). 0: not classified yet.
const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
const SURROGATE = 4;
const CLASSES = new Uint8Array(0x10000);
CLASSES.fill(SURROGATE, 0xd800, 0xe000);
const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_NUMBER = /^\p{N}$/u;

function classOf(code: number): number {
  let c = CLASSES[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER;
    CLASSES[code] = c;
  }
  return c;
}

/** End of the word starting at `i` (`[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*`), or −1 to ask the pattern. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    while (j < n) {
      const c = classOf(text.charCodeAt(j));
      if (c === LETTER) j++;
      else if (c === SURROGATE) return -1;
      else break;
    }
    if (j + 1 < n && text.charCodeAt(j) === 0x2d) {
      const c = classOf(text.charCodeAt(j + 1));
      if (c === SURROGATE) return -1;
      if (c === LETTER) {
        j += 2;
        continue;
      }
    }
    return j;
  }
}

/** End of the run of \p{N} from `i`, or −1 to ask the pattern. */
function digitsEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = classOf(text.charCodeAt(j));
    if (c === NUMBER) j++;
    else if (c === SURROGATE) return -1;
    else break;
  }
  return j;
}

/** Whether `code` separates groups of three digits: , . space NBSP NNBSP. */
function isGroupSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x20 || code === 0xa0 || code === 0x202f;
}

/**
 * End of the number starting at `i`, or −1 to ask the pattern. The pattern's first branch
 * (`\p{N}{1,3}(?:[,. NBSP NNBSP]\p{N}{3})+`) can only match a run of at most three digits
 * followed by at least one group; its repetition is greedy and nothing after it needs
 * backtracking. Otherwise the second branch: the whole run. Either way an optional decimal part
 * (`[.,]\p{N}+`, the whole run) follows.
 */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  const run = digitsEnd(text, i);
  if (run < 0) return -1;
  let q = run;
  if (run - i <= 3) {
    while (q < n && isGroupSeparator(text.charCodeAt(q))) {
      let digits = 0;
      while (digits < 3 && q + 1 + digits < n) {
        const c = classOf(text.charCodeAt(q + 1 + digits));
        if (c === SURROGATE) return -1;
        if (c !== NUMBER) break;
        digits++;
      }
      if (digits < 3) break;
      q += 4;
    }
  }
  if (q + 1 < n) {
    const sep = text.charCodeAt(q);
    if (sep === 0x2e || sep === 0x2c) {
      const c = classOf(text.charCodeAt(q + 1));
      if (c === SURROGATE) return -1;
      if (c === NUMBER) return digitsEnd(text, q + 1);
    }
  }
  return q;
}

/** The token at `i` read by the pattern itself; the offset to go on from. */
function byPattern(
  text: string,
  i: number,
  visit: (start: number, end: number, isNumber: boolean) => void,
): number {
  STICKY.lastIndex = i;
  const match = STICKY.exec(text);
  if (match !== null && match.index === i) {
    visit(i, i + match[0].length, match[1] !== undefined);
    return i + match[0].length;
  }
  // No token here: past the whole character (both halves of a surrogate pair).
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000 ? i + 2 : i + 1;
}

// TOKEN anchored at lastIndex, for byPattern.
const STICKY = new RegExp(TOKEN.source, 'uy');

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
