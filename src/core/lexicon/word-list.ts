/**
 * A monolingual word list for spelling, glued-word and untranslated-text checks: fast membership
 * and bounded edit-distance suggestions, built from a plain `one word a line` text (data/wordlists/).
 *
 * Lookups fold case and the ligatures œ/æ (the Debian French list writes `coeur`, `oeuvre`), and
 * are accent-aware: accents count in lower case (`a` ≠ `à`), but a word written in capitals may
 * lack them, as French typography often drops accents on capitals (`Etat`, `ETAT` → `état`).
 * Words with an apostrophe are checked part by part, as tokenizeWords splits them (`aujourd'hui`).
 *
 * Suggestions walk the sorted key array as an implicit trie (each node is a range of keys sharing
 * a prefix, children found by binary search), carrying one row of the edit-distance matrix per
 * node and pruning a branch once its row's minimum exceeds the bound: the classic trie-Levenshtein
 * search, with optimal-string-alignment transpositions (Damerau 1964) and an accent-only
 * substitution costing half an edit, so `etait` → `était` ranks before `état`. No index is built
 * beyond the sorted array, so loading costs one pass over the text.
 */

/** Membership and suggestions over a word list. */
export interface WordList {
  /** Number of distinct (folded) words. */
  readonly size: number;
  /** Whether the word is known (see the folding rules above). */
  has(word: string): boolean;
  /** Whether exactly this folded form is in the list (no apostrophe, hyphen or capital leniency). */
  hasExact(word: string): boolean;
  /** The list's own spelling of a known word (`paris` → `Paris`), for casing checks; else undefined. */
  form(word: string): string | undefined;
  /**
   * Up to `max` known words nearest to `word`, best first: those one edit away (insertion,
   * deletion, substitution, swap of neighbours; an accent-only change counts half), or if there
   * are none, two edits away (for words of more than 4 letters). Case follows `word`.
   */
  suggest(word: string, max?: number): string[];
}

// Costs in half-edits: an accent-only substitution (e ↔ é) costs 1, any other edit 2.
const EDIT = 2;
const ACCENT = 1;

/**
 * First line of the front-coded form: each later line is one word, written as one character
 * giving how many leading code units it shares with the previous word (`0` + n, n ≤ 35) and
 * then the rest. Sorted lists share long prefixes, so this is ~3× smaller than the plain list
 * and, gzipped, 4× smaller on French (210 kB instead of 860 kB).
 */
export const FRONT_CODED_HEADER = '#front-coded v1';

const MAX_SHARED = 35;

/** Front-code a word list (kept in the given order; sort it by wordKey first for compactness). */
export function encodeFrontCoded(words: readonly string[]): string {
  const out = [FRONT_CODED_HEADER];
  let prev = '';
  for (const word of words) {
    let k = 0;
    const limit = Math.min(prev.length, word.length, MAX_SHARED);
    while (k < limit && prev.charCodeAt(k) === word.charCodeAt(k)) k++;
    out.push(String.fromCharCode(48 + k) + word.slice(k));
    prev = word;
  }
  return `${out.join('\n')}\n`;
}

interface Lines {
  readonly keyLines: readonly string[];
  readonly rawLines: readonly string[];
}

/**
 * Key lines and as-written lines of a plain list. Whole-text passes (NFC only if combining
 * marks occur, one toLowerCase, one ligature fold) cost a fraction of the same work done line
 * by line on 346k lines.
 */
function plainLines(text: string): Lines {
  const source = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  const lowered = source.toLowerCase();
  const folded = LIGATURES.test(lowered) ? foldLigatures(lowered) : lowered;
  const keyLines = folded.split('\n');
  return { keyLines, rawLines: folded === source ? keyLines : source.split('\n') };
}

/**
 * The plain list behind a front-coded text. Decoded code unit by code unit into one UTF-16
 * buffer and turned into a string once (typed arrays are little-endian on every platform core
 * runs on), instead of building 346k intermediate strings.
 */
function decodeFrontCoded(text: string): string {
  let out = new Uint16Array(text.length * 3);
  let pos = 0;
  // The previous word lives in `out` already: its shared prefix is copied from there.
  let previous = 0;
  let previousLength = 0;
  let line = 2;
  let i = text.indexOf('\n') + 1;
  const n = text.length;
  while (i > 0 && i < n) {
    if (text.charCodeAt(i) === 10) {
      i++;
      line++;
      continue;
    }
    const k = text.charCodeAt(i) - 48;
    if (k < 0 || k > MAX_SHARED || k > previousLength)
      throw new Error(`front-coded word list: bad line ${line}`);
    i++;
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    if (pos + k + (end - i) + 1 > out.length) {
      const bigger = new Uint16Array(out.length * 2 + k + (end - i) + 1);
      bigger.set(out.subarray(0, pos));
      out = bigger;
    }
    const start = pos;
    out.copyWithin(pos, previous, previous + k);
    pos += k;
    for (; i < end; i++) out[pos++] = text.charCodeAt(i);
    out[pos++] = 10;
    previous = start;
    previousLength = pos - 1 - start;
    i = end + 1;
    line++;
  }
  return new TextDecoder('utf-16le').decode(out.subarray(0, pos));
}

/** Lookup key: NFC, lower case, ligatures œ/æ spelled out, typographic apostrophe made plain. */
export function wordKey(word: string): string {
  const key = word.normalize('NFC').toLowerCase();
  return LIGATURES.test(key) ? foldLigatures(key) : key;
}

const LIGATURES = /[œæ’ʼ]/;

function foldLigatures(key: string): string {
  return key.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[’ʼ]/g, "'");
}

/** The word without its diacritics (`été` → `ete`), for accent-insensitive comparisons. */
export function stripAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

function baseLetter(code: number): number {
  if (code < 0xc0) return code;
  return stripAccents(String.fromCharCode(code)).charCodeAt(0);
}

/** Parse a word list (one word a line; blank lines and `#` comments ignored) into a WordList. */
export function parseWordList(text: string): WordList {
  const { keyLines, rawLines } = plainLines(
    text.startsWith(FRONT_CODED_HEADER) ? decodeFrontCoded(text) : text,
  );
  const keys: string[] = [];
  const display = new Map<string, string>();
  for (let i = 0; i < keyLines.length; i++) {
    let key = keyLines[i] as string;
    let raw = rawLines[i] ?? key;
    if (key === '') continue;
    if (key.charCodeAt(key.length - 1) <= 32 || key.charCodeAt(0) <= 32) {
      key = key.trim();
      raw = raw.trim();
    }
    if (key === '' || key.charCodeAt(0) === 35 /* # */) continue;
    if (raw !== key) display.set(key, raw);
    keys.push(key);
  }
  // The build scripts write lists sorted by key; anything else is sorted here (O(n log n)).
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) >= (keys[i] as string)) {
      sorted = false;
      break;
    }
  }
  const sortedKeys = sorted ? keys : dedupeSorted(keys.sort());
  const index = buildKeyIndex(sortedKeys);
  const contains = (key: string): boolean => indexHas(index, sortedKeys, key);

  const hasExact = (word: string): boolean => contains(wordKey(word));

  const hasSingle = (word: string): boolean => {
    const key = wordKey(word);
    if (contains(key)) return true;
    // Accents may be missing only where the writer used capitals (French typography often
    // drops them there): all capitals may hide accents anywhere, a capital initial only on itself.
    if (word === word.toLowerCase() || stripAccents(word) !== word) return false;
    if (word === word.toUpperCase()) return hasWithAccents(sortedKeys, key, 0, 0, sortedKeys.length);
    if (!/^\p{Lu}[^\p{Lu}]*$/u.test(word)) return false;
    const rest = key.slice(1);
    for (const accented of ACCENTED[key[0] ?? ''] ?? '') if (contains(accented + rest)) return true;
    return false;
  };

  const has = (word: string): boolean => {
    if (word === '') return false;
    if (hasSingle(word)) return true;
    const parts = word.split(/['’ʼ-]/);
    if (parts.length === 1) return false;
    return parts.every((part) => part === '' || hasSingle(part));
  };

  const suggest = (word: string, max = 5): string[] => {
    const query = wordKey(word);
    if (query === '' || max <= 0) return [];
    // Nearest band first (Norvig's corrector: known edits1, else known edits2): most typos are
    // one edit away, and the one-edit search prunes far earlier than the two-edit one.
    let found = searchTrie(sortedKeys, query, EDIT).filter((c) => c.key !== query);
    if (found.length === 0 && query.length > 4) found = searchTrie(sortedKeys, query, 2 * EDIT);
    found.sort(
      (a, b) =>
        a.cost - b.cost ||
        Number(b.key[0] === query[0]) - Number(a.key[0] === query[0]) ||
        Math.abs(a.key.length - query.length) - Math.abs(b.key.length - query.length) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const out: string[] = [];
    for (const { key } of found) {
      if (key === query) continue;
      out.push(matchCase(display.get(key) ?? key, word));
      if (out.length >= max) break;
    }
    return out;
  };

  const form = (word: string): string | undefined => {
    const key = wordKey(word);
    return contains(key) ? (display.get(key) ?? key) : undefined;
  };

  return { size: sortedKeys.length, has, hasExact, form, suggest };
}

/** Accented letters a French or English word may carry, by base letter. */
const ACCENTED: Record<string, string> = {
  a: 'àâä',
  c: 'ç',
  e: 'éèêë',
  i: 'îï',
  o: 'ôö',
  u: 'ùûü',
  y: 'ÿ',
};

function dedupeSorted(keys: string[]): string[] {
  return keys.filter((key, i) => i === 0 || keys[i - 1] !== key);
}

/**
 * Open-addressing hash table over the key array (FNV-1a, linear probing, load ≤ 0.5): slots hold
 * key index + 1. Building it takes half the time of a `Set` of 346k strings and a third of the
 * memory, which matters for the ≤ 300 ms load budget of the French list.
 */
interface KeyIndex {
  readonly table: Int32Array;
  readonly mask: number;
}

function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function buildKeyIndex(keys: readonly string[]): KeyIndex {
  let capacity = 16;
  while (capacity < keys.length * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let i = 0; i < keys.length; i++) {
    let slot = fnv1a(keys[i] as string) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = i + 1;
  }
  return { table, mask };
}

function indexHas({ table, mask }: KeyIndex, keys: readonly string[], key: string): boolean {
  let slot = fnv1a(key) & mask;
  for (;;) {
    const entry = table[slot] as number;
    if (entry === 0) return false;
    if (keys[entry - 1] === key) return true;
    slot = (slot + 1) & mask;
  }
}

/**
 * Whether some key equals `key` up to accents on its letters from `depth` on, searching the
 * sorted keys in [lo, hi) (which share key's first `depth` letters, accents aside) by binary
 * search per letter: a few dozen probes, no accent-stripped copy of the list.
 */
function hasWithAccents(
  keys: readonly string[],
  key: string,
  depth: number,
  lo: number,
  hi: number,
): boolean {
  if (lo >= hi) return false;
  if (depth === key.length) return (keys[lo] as string).length === depth;
  const ch = key[depth] as string;
  for (const variant of ch + (ACCENTED[ch] ?? '')) {
    const c = variant.charCodeAt(0);
    const start = lowerBound(keys, lo, hi, depth, c);
    const end = upperBound(keys, start, hi, depth, c);
    if (hasWithAccents(keys, key, depth + 1, start, end)) return true;
  }
  return false;
}

/** Give a suggestion the case pattern of the word it replaces (`Etait` → `Était`, `ETAIT` → `ÉTAIT`). */
function matchCase(suggestion: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return suggestion.toUpperCase();
  }
  const first = original[0] ?? '';
  if (first !== first.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

interface Candidate {
  readonly key: string;
  readonly cost: number;
}

/** Keys within `bound` (half-edits) of `query`, by trie search over the sorted key array. */
function searchTrie(keys: readonly string[], query: string, bound: number): Candidate[] {
  const n = query.length;
  const q = new Int32Array(n);
  const qBase = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    q[j] = query.charCodeAt(j);
    qBase[j] = baseLetter(q[j] as number);
  }
  const found: Candidate[] = [];
  const row0 = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) row0[j] = j * EDIT;

  const visit = (
    lo: number,
    hi: number,
    depth: number,
    row: Int32Array,
    prevRow: Int32Array | undefined,
    prevChar: number,
  ): void => {
    // A key equal to the prefix itself sorts first in its range.
    const firstKey = keys[lo] as string;
    if (firstKey.length === depth) {
      const cost = row[n] as number;
      if (cost <= bound) found.push({ key: firstKey, cost });
      lo += 1;
    }
    while (lo < hi) {
      const c = (keys[lo] as string).charCodeAt(depth);
      const end = upperBound(keys, lo, hi, depth, c);
      const cBase = baseLetter(c);
      const next = new Int32Array(n + 1);
      next[0] = (depth + 1) * EDIT;
      let min = next[0] as number;
      for (let j = 1; j <= n; j++) {
        const qj = q[j - 1] as number;
        const sub = qj === c ? 0 : qBase[j - 1] === cBase ? ACCENT : EDIT;
        let v = Math.min(
          (row[j] as number) + EDIT,
          (next[j - 1] as number) + EDIT,
          (row[j - 1] as number) + sub,
        );
        // Optimal string alignment: a swap of two adjacent letters is one edit.
        if (prevRow && j > 1 && qj === prevChar && q[j - 2] === c) {
          v = Math.min(v, (prevRow[j - 2] as number) + EDIT);
        }
        next[j] = v;
        if (v < min) min = v;
      }
      if (min <= bound) visit(lo, end, depth + 1, next, row, c);
      lo = end;
    }
  };
  if (keys.length > 0) visit(0, keys.length, 0, row0, undefined, -1);
  return found;
}

/** First index in [lo, hi) whose key has a code unit ≥ c at `depth` (a shorter key counts as less). */
function lowerBound(keys: readonly string[], lo: number, hi: number, depth: number, c: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    const k = keys[mid] as string;
    if (k.length <= depth || k.charCodeAt(depth) < c) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** First index in [lo, hi) whose key has a code unit > c at `depth` (keys there share the prefix). */
function upperBound(keys: readonly string[], lo: number, hi: number, depth: number, c: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((keys[mid] as string).charCodeAt(depth) <= c) a = mid + 1;
    else b = mid;
  }
  return a;
}
