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

import { partitionPoint } from '../model/partition-point.ts';
import { runStepsPausing } from '../model/run-in-steps.ts';
import { ACCENTED_LETTERS } from './accented-letters.ts';

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

/** Folded text (the keys' lines) and as-written text of a plain list. */
interface PlainText {
  readonly folded: string;
  readonly source: string;
}

/**
 * Key text and as-written text of a plain list, line for line. Whole-text passes (NFC only if
 * combining marks occur, one toLowerCase, one ligature fold) cost a fraction of the same work
 * done line by line on 346k lines.
 */
function plainText(text: string): PlainText {
  const source = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  const lowered = source.toLowerCase();
  return { folded: LIGATURES.test(lowered) ? foldLigatures(lowered) : lowered, source };
}

/**
 * The sorted, distinct keys of a list, packed: `text` holds them all, key `i` is the
 * `length[i]` code units from `start[i]`. One string and two typed arrays instead of a string
 * per word: the French list (346k words) took 23 MB of live heap as an array of strings, and
 * the checks keep both lists for as long as the workbench is open.
 */
interface PackedKeys {
  readonly text: string;
  readonly start: Int32Array;
  readonly length: Int32Array;
  readonly n: number;
}

/** Key `i` as a string (for the words a search returns; lookups never build it). */
function keyAt(keys: PackedKeys, i: number): string {
  const s = keys.start[i] as number;
  return keys.text.slice(s, s + (keys.length[i] as number));
}

/** Code-unit order of two ranges of texts, as `<` orders strings: negative, 0 or positive. */
function compareRanges(a: string, as: number, al: number, b: string, bs: number, bl: number): number {
  const n = Math.min(al, bl);
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(as + k) - b.charCodeAt(bs + k);
    if (d !== 0) return d;
  }
  return al - bl;
}

/** Keys from an array of sorted distinct keys. */
function packKeys(sorted: readonly string[]): PackedKeys {
  const start = new Int32Array(sorted.length);
  const length = new Int32Array(sorted.length);
  let at = 0;
  for (let i = 0; i < sorted.length; i++) {
    const len = (sorted[i] as string).length;
    start[i] = at;
    length[i] = len;
    at += len + 1;
  }
  return { text: sorted.join('\n'), start, length, n: sorted.length };
}

/**
 * The keys straight from the folded text, when its lines need nothing more (no surrounding
 * blanks; strictly increasing, as the build scripts write the shipped lists): no string per
 * word is made, the folded text itself is the key text. Fills `display` with the lines whose
 * as-written form differs (`paris` → `Paris`). Undefined when a line needs more.
 */
function* packLines(
  { folded, source }: PlainText,
  display: Map<string, string>,
): Generator<void, PackedKeys | undefined> {
  let start = new Int32Array(1 << 12);
  let length = new Int32Array(1 << 12);
  let n = 0;
  const same = folded === source;
  let i = 0;
  let j = 0;
  while (i <= folded.length) {
    let end = folded.indexOf('\n', i);
    if (end < 0) end = folded.length;
    let sourceEnd = end;
    if (!same) {
      sourceEnd = source.indexOf('\n', j);
      if (sourceEnd < 0) sourceEnd = source.length;
    }
    const len = end - i;
    if (len > 0) {
      const first = folded.charCodeAt(i);
      if (first <= 32 || folded.charCodeAt(end - 1) <= 32) return undefined;
      if (first !== 35 /* # */) {
        if (
          n > 0 &&
          compareRanges(folded, start[n - 1] as number, length[n - 1] as number, folded, i, len) >= 0
        )
          return undefined;
        if (n === start.length) {
          const biggerStart = new Int32Array(n * 2);
          biggerStart.set(start);
          start = biggerStart;
          const biggerLength = new Int32Array(n * 2);
          biggerLength.set(length);
          length = biggerLength;
        }
        start[n] = i;
        length[n] = len;
        n++;
        if (n % STEP_LINES === 0) yield;
        if (!same && compareRanges(folded, i, len, source, j, sourceEnd - j) !== 0)
          display.set(folded.slice(i, end), source.slice(j, sourceEnd));
      }
    }
    i = end + 1;
    j = sourceEnd + 1;
  }
  return { text: folded, start: start.slice(0, n), length: length.slice(0, n), n };
}

/**
 * The plain list behind a front-coded text. Decoded code unit by code unit into one UTF-16
 * buffer and turned into a string once (typed arrays are little-endian on every platform core
 * runs on), instead of building 346k intermediate strings.
 */
function* decodeFrontCoded(text: string): Generator<void, string> {
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
    if (++line % STEP_LINES === 0) yield;
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

/**
 * How many lines a step of the stepwise parse handles: a few milliseconds (the French list's
 * 346k lines parse in about 0.15-0.3 s, so in some 20 steps per pass).
 */
const STEP_LINES = 16_384;

/** Parse a word list (one word a line; blank lines and `#` comments ignored) into a WordList. */
export function parseWordList(text: string): WordList {
  const steps = parseWordListSteps(text);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `parseWordList` a step at a time, awaiting `pause()` between steps (see run-in-steps.ts): a
 * worker prepares the lists in its idle moments and still answers a call within a step.
 */
export async function parseWordListPausing(
  text: string,
  pause: () => Promise<void> | undefined,
): Promise<WordList> {
  let list: WordList | undefined;
  await runStepsPausing(
    (function* () {
      list = yield* parseWordListSteps(text);
    })(),
    pause,
  );
  return list as WordList;
}

function* parseWordListSteps(text: string): Generator<void, WordList> {
  const plain = plainText(text.startsWith(FRONT_CODED_HEADER) ? yield* decodeFrontCoded(text) : text);
  yield;
  let display = new Map<string, string>();
  let sortedKeys = yield* packLines(plain, display);
  if (!sortedKeys) {
    display = new Map();
    const keyLines = plain.folded.split('\n');
    const rawLines = plain.folded === plain.source ? keyLines : plain.source.split('\n');
    const keys: string[] = [];
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
    // Anything but a strictly sorted list is sorted here (O(n log n)).
    sortedKeys = packKeys(dedupeSorted(keys.sort()));
  }
  yield;
  const keys = sortedKeys;
  const index = yield* buildKeyIndex(keys);
  const contains = (key: string): boolean => indexHas(index, keys, key);

  const hasExact = (word: string): boolean => contains(wordKey(word));

  const hasSingle = (word: string): boolean => {
    const key = wordKey(word);
    if (contains(key)) return true;
    // Accents may be missing only where the writer used capitals (French typography often
    // drops them there): all capitals may hide accents anywhere, a capital initial only on itself.
    if (word === word.toLowerCase() || stripAccents(word) !== word) return false;
    if (word === word.toUpperCase()) return hasWithAccents(keys, key, 0, 0, keys.n);
    if (!/^\p{Lu}[^\p{Lu}]*$/u.test(word)) return false;
    const rest = key.slice(1);
    for (const accented of ACCENTED_LETTERS[key[0] ?? ''] ?? '') if (contains(accented + rest)) return true;
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
    let found = searchTrie(keys, query, EDIT).filter((c) => c.key !== query);
    if (found.length === 0 && query.length > 4) found = searchTrie(keys, query, 2 * EDIT);
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

  return { size: keys.n, has, hasExact, form, suggest };
}

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

function* buildKeyIndex(keys: PackedKeys): Generator<void, KeyIndex> {
  let capacity = 16;
  while (capacity < keys.n * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  const mask = capacity - 1;
  const { text, start, length } = keys;
  for (let i = 0; i < keys.n; i++) {
    // FNV-1a over the key's range of the text (fnv1a without the string).
    const s = start[i] as number;
    const e = s + (length[i] as number);
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    let slot = (h >>> 0) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = i + 1;
    if ((i + 1) % STEP_LINES === 0) yield;
  }
  return { table, mask };
}

function indexHas({ table, mask }: KeyIndex, keys: PackedKeys, key: string): boolean {
  let slot = fnv1a(key) & mask;
  const { text, start, length } = keys;
  const n = key.length;
  for (;;) {
    const entry = table[slot] as number;
    if (entry === 0) return false;
    if (length[entry - 1] === n) {
      const s = start[entry - 1] as number;
      let k = 0;
      while (k < n && text.charCodeAt(s + k) === key.charCodeAt(k)) k++;
      if (k === n) return true;
    }
    slot = (slot + 1) & mask;
  }
}

/**
 * Whether some key equals `key` up to accents on its letters from `depth` on, searching the
 * sorted keys in [lo, hi) (which share key's first `depth` letters, accents aside) by binary
 * search per letter: a few dozen probes, no accent-stripped copy of the list.
 */
function hasWithAccents(keys: PackedKeys, key: string, depth: number, lo: number, hi: number): boolean {
  if (lo >= hi) return false;
  if (depth === key.length) return keys.length[lo] === depth;
  const ch = key[depth] as string;
  for (const variant of ch + (ACCENTED_LETTERS[ch] ?? '')) {
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
function searchTrie(keys: PackedKeys, query: string, bound: number): Candidate[] {
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
    if (keys.length[lo] === depth) {
      const cost = row[n] as number;
      if (cost <= bound) found.push({ key: keyAt(keys, lo), cost });
      lo += 1;
    }
    while (lo < hi) {
      const c = keys.text.charCodeAt((keys.start[lo] as number) + depth);
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
  if (keys.n > 0) visit(0, keys.n, 0, row0, undefined, -1);
  return found;
}

/** First index in [lo, hi) whose key has a code unit ≥ c at `depth` (a shorter key counts as less). */
function lowerBound(keys: PackedKeys, lo: number, hi: number, depth: number, c: number): number {
  return partitionPoint(
    hi,
    (k) => (keys.length[k] as number) <= depth || keys.text.charCodeAt((keys.start[k] as number) + depth) < c,
    lo,
  );
}

/** First index in [lo, hi) whose key has a code unit > c at `depth` (keys there share the prefix). */
function upperBound(keys: PackedKeys, lo: number, hi: number, depth: number, c: number): number {
  // A key no longer than `depth` has no code unit there: it counts as greater (as NaN <= c is false).
  return partitionPoint(
    hi,
    (k) => (keys.length[k] as number) > depth && keys.text.charCodeAt((keys.start[k] as number) + depth) <= c,
    lo,
  );
}
