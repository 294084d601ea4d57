/**
 * What the aligner knows of each segment: its length in characters and its evidence tokens
 * (words, numbers, names and acronyms, question and exclamation marks, quotation marks), each
 * with a cognate key and an informativeness weight. Weights are inverse document frequencies
 * over the segments of the same side, scaled to [0, 1], so that a word found in every segment
 * (`the`, `de`) weighs almost nothing and a rare name weighs 1.
 */
import { cognateKey, cognateKeyOfFolded, foldAccents } from '../lexicon/cognate-key.ts';
import { partitionPoint } from '../model/partition-point.ts';
import { scanTokens } from '../text/tokenize-words.ts';
import { isFurniture } from './is-furniture.ts';

/** Interns string keys as small integers shared by both sides. */
export interface KeySpace {
  /**
   * Id of each key. Add keys through internKey only: the space made by createKeySpace builds
   * this map when first read (the aligner's own steps never need it).
   */
  readonly ids: Map<string, number>;
}

/**
 * Every key and folded form the aligner has seen in this process, as a global id, so that a
 * call maps a token to its ids in its own key space through integer tables instead of string
 * maps: alignDocuments makes a key space for each of thousands of sentence groups, and hashing
 * the same strings into each one's Map was a large share of its time. Cleared with the fold
 * cache (a new generation), so that memory stays bounded.
 */
const globalIds = new Map<string, number>();
const globalKeys: string[] = [];
let generation = 0;
const GLOBAL_ID_LIMIT = 500_000;

/** The process-wide id of `key` (in the current generation). */
function globalId(key: string): number {
  let id = globalIds.get(key);
  if (id === undefined) {
    id = globalKeys.length;
    globalKeys.push(key);
    globalIds.set(key, id);
  }
  return id;
}

/** Start a new generation when the global tables are large (between calls only). */
function boundGlobalTables(): void {
  if (globalKeys.length < GLOBAL_ID_LIMIT && foldCache.size < FOLD_CACHE_LIMIT) return;
  globalIds.clear();
  globalKeys.length = 0;
  foldCache.clear();
  wordTable = newWordTable();
  numberCache.clear();
  punctCache.clear();
  generation++;
}

/**
 * A map from global ids to small ids (open addressing over an Int32Array), in the order they
 * are first added: the ids a Map<string, number> would give, without hashing strings.
 */
class IdTable {
  private slots: Int32Array;
  private mask: number;
  private filled = 0;
  constructor(capacity = 64) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
  }
  /** The small id of `gid`, or −1. */
  get(gid: number): number {
    const slots = this.slots;
    for (let h = Math.imul(gid, 0x9e3779b1) & this.mask; ; h = (h + 1) & this.mask) {
      const at = slots[2 * h]!;
      if (at === gid) return slots[2 * h + 1]!;
      if (at < 0) return -1;
    }
  }
  /** Record `gid` → `id` (gid absent). */
  set(gid: number, id: number): void {
    if (++this.filled * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    let h = Math.imul(gid, 0x9e3779b1) & this.mask;
    while (slots[2 * h]! >= 0) h = (h + 1) & this.mask;
    slots[2 * h] = gid;
    slots[2 * h + 1] = id;
  }
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = old.length - 1;
    for (let k = 0; k < old.length; k += 2) {
      const gid = old[k]!;
      if (gid < 0) continue;
      let h = Math.imul(gid, 0x9e3779b1) & this.mask;
      while (this.slots[2 * h]! >= 0) h = (h + 1) & this.mask;
      this.slots[2 * h] = gid;
      this.slots[2 * h + 1] = old[k + 1]!;
    }
  }
}

/** The key space of createKeySpace: keys by id, ids by global id, the string map on demand. */
class InternedKeySpace implements KeySpace {
  readonly keys: string[] = [];
  byGlobal = new IdTable(512);
  generation = generation;
  private map: Map<string, number> | undefined;
  get ids(): Map<string, number> {
    if (!this.map) {
      const map = new Map<string, number>();
      for (let id = 0; id < this.keys.length; id++) map.set(this.keys[id]!, id);
      this.map = map;
    }
    return this.map;
  }
  /** Whether the string map has been built (then it must be kept up to date). */
  get hasMap(): boolean {
    return this.map !== undefined;
  }
}

/** A new, empty key space. */
export function createKeySpace(): KeySpace {
  return new InternedKeySpace();
}

/** The number of keys in `space` (ids are 0…count−1). */
export function keyCountOf(space: KeySpace): number {
  return space instanceof InternedKeySpace ? space.keys.length : space.ids.size;
}

/** The id of `key`, adding it if new. */
export function internKey(space: KeySpace, key: string): number {
  const ids = space.ids;
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
    if (space instanceof InternedKeySpace) space.keys.push(key);
  }
  return id;
}

/** The id in `space` of the key with global id `gid` (current generation), adding it if new. */
export function internGlobalId(space: KeySpace, gid: number): number {
  if (!(space instanceof InternedKeySpace)) return internKey(space, globalKeys[gid]!);
  if (space.generation !== generation) {
    // Global ids were renumbered: forget the old ones, look keys up by string from now on.
    space.byGlobal = new IdTable(512);
    space.generation = generation;
    void space.ids;
  }
  let id = space.byGlobal.get(gid);
  if (id >= 0) return id;
  const key = globalKeys[gid]!;
  if (space.hasMap) id = internKey(space, key);
  else {
    id = space.keys.length;
    space.keys.push(key);
  }
  space.byGlobal.set(gid, id);
  return id;
}

/** The id in `space` of the key with global id `gid`, or −1 if the space does not hold it. */
export function findGlobalId(space: KeySpace, gid: number): number {
  if (!(space instanceof InternedKeySpace)) return space.ids.get(globalKeys[gid]!) ?? -1;
  if (space.generation !== generation) {
    space.byGlobal = new IdTable(512);
    space.generation = generation;
    void space.ids;
  }
  const id = space.byGlobal.get(gid);
  if (id >= 0 || !space.hasMap) return id;
  const found = space.ids.get(globalKeys[gid]!);
  if (found === undefined) return -1;
  space.byGlobal.set(gid, found);
  return found;
}

/** The global id of `key` (for callers that cache keys across calls as global ids). */
export function globalKeyId(key: string): number {
  return globalId(key);
}

/** The current generation of global ids: ids cached under another one are stale. */
export function globalIdGeneration(): number {
  return generation;
}

/** Features of one side's segments, in flat arrays (tokens of segment k: tokStart[k]…tokStart[k+1]). */
export interface SideFeatures {
  readonly count: number;
  /** Length of each segment in characters (trimmed). */
  readonly length: Float64Array;
  readonly tokStart: Int32Array;
  /** Cognate key id of each token. */
  readonly tokKey: Int32Array;
  /** Folded form of each token, for lexicon look-ups and learning (`#123` for numbers). */
  readonly tokNorm: readonly string[];
  /** Id of each token's folded form among this side's distinct forms (0…normCount−1). */
  readonly tokNormId: Int32Array;
  readonly normCount: number;
  readonly tokWeight: Float32Array;
  /** Inverse document frequency of each token alone, without the short-word damping. */
  readonly tokIdf: Float32Array;
  /** Sum of the token weights of each segment. */
  readonly weight: Float64Array;
  /**
   * 1 for a segment that is site furniture (share buttons, "Lire aussi", log-in prompts,
   * credits: is-furniture.ts), which a translation seldom renders.
   */
  readonly furniture: Uint8Array;
  /**
   * Global id of each folded form (by tokNormId) in the generation given: set by
   * extractFeatures, read through normGlobalIdsOf.
   */
  readonly normGlobal?: { readonly generation: number; readonly gids: Int32Array };
  /**
   * The segments' texts, as given to extractFeatures (a reference, not a copy): the partial
   * mode reads sentence boundaries inside paragraphs from them (sentence-windows.ts).
   */
  readonly texts?: readonly string[];
}

// Punctuation that tends to survive translation: questions, exclamations, quotations.
const PUNCT = /[?!:¿¡«»“”„"‹›]/g;
const QUOTES = new Set(['«', '»', '“', '”', '„', '"', '‹', '›']);

/**
 * Short words are mostly function words (Zipf's law of abbreviation), which a few segments
 * are too few to tell apart by document frequency: scale a word of fewer than five letters by
 * (length / 5)² (`de` 0.16, `the` 0.36, `pays` 0.64). Numbers and punctuation keep full weight.
 */
function shortWordDamping(norm: string): number {
  if (norm.startsWith('#') || norm.startsWith('~')) return 1;
  const ratio = norm.length / 5;
  return ratio >= 1 ? 1 : ratio * ratio;
}

/** A word's folded form and cognate key, with their global ids. */
export interface FoldedWord {
  readonly norm: string;
  readonly normGid: number;
  readonly keyGid: number;
  /** shortWordDamping of the folded form. */
  readonly damping: number;
}

/**
 * Folded form and cognate key of each word seen, shared by every call: alignDocuments aligns
 * thousands of small paragraph groups, and NFD folding was its largest cost when each call
 * folded its words afresh. Cleared when it grows past FOLD_CACHE_LIMIT words (with the global
 * ids, boundGlobalTables).
 */
const foldCache = new Map<string, FoldedWord>();
const FOLD_CACHE_LIMIT = 200_000;
/** Number token as written → its key (which is also its folded form) and the key's global id. */
const numberCache = new Map<string, FoldedWord>();

function foldWord(text: string): FoldedWord {
  let entry = foldCache.get(text);
  if (!entry) {
    const norm = foldAccents(text);
    entry = {
      norm,
      normGid: globalId(norm),
      keyGid: globalId(cognateKeyOfFolded(norm)),
      damping: shortWordDamping(norm),
    };
    foldCache.set(text, entry);
  }
  return entry;
}

/**
 * foldWord of `text.slice(start, end)`, found by the word's characters read in place: a table
 * (open addressing, FNV-1a hash of the UTF-16 code units) over the words foldCache holds, so
 * that a word seen before is neither cut out of its text nor hashed as a new string (two
 * documents of 5,000 paragraphs hold 860,000 words, 40,000 distinct). Cleared with foldCache.
 */
function foldWordAt(text: string, start: number, end: number): FoldedWord {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  const table = wordTable;
  const mask = table.slots.length - 1;
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = table.slots[slot]! - 1;
    if (at < 0) break;
    if (table.hashes[at] !== hash) continue;
    const raw = table.raws[at]!;
    if (raw.length !== length) continue;
    let same = true;
    for (let k = 0; k < length; k++) {
      if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) {
        same = false;
        break;
      }
    }
    if (same) return table.entries[at]!;
  }
  const raw = text.slice(start, end);
  const entry = foldWord(raw);
  addWord(raw, hash, entry);
  return entry;
}

/** The table of foldWordAt: slots hold 1 + an index into the parallel lists (0: empty). */
interface WordTable {
  slots: Int32Array;
  readonly hashes: number[];
  readonly raws: string[];
  readonly entries: FoldedWord[];
}

function newWordTable(): WordTable {
  return { slots: new Int32Array(1 << 12), hashes: [], raws: [], entries: [] };
}
let wordTable = newWordTable();

function addWord(raw: string, hash: number, entry: FoldedWord): void {
  const table = wordTable;
  table.hashes.push(hash);
  table.raws.push(raw);
  table.entries.push(entry);
  // At most half full: grow and place every word again.
  if (table.entries.length * 2 > table.slots.length) {
    table.slots = new Int32Array(table.slots.length * 2);
    for (let at = 0; at < table.entries.length; at++) placeWord(table, at);
  } else placeWord(table, table.entries.length - 1);
}

function placeWord(table: WordTable, at: number): void {
  const mask = table.slots.length - 1;
  let slot = table.hashes[at]! & mask;
  while (table.slots[slot] !== 0) slot = (slot + 1) & mask;
  table.slots[slot] = at + 1;
}

/** A punctuation mark's token (`~?`, `~!`, `~:`, `~Q` for any quotation mark). */
function punctuationMark(mark: string): FoldedWord {
  let entry = punctCache.get(mark);
  if (!entry) {
    const norm = `~${QUOTES.has(mark) ? 'Q' : mark.replace('¿', '?').replace('¡', '!')}`;
    const gid = globalId(norm);
    entry = { norm, normGid: gid, keyGid: gid, damping: shortWordDamping(norm) };
    punctCache.set(mark, entry);
  }
  return entry;
}
const punctCache = new Map<string, FoldedWord>();

function foldNumber(text: string): FoldedWord {
  let entry = numberCache.get(text);
  if (!entry) {
    const key = cognateKey(text, 'number');
    const gid = globalId(key);
    entry = { norm: key, normGid: gid, keyGid: gid, damping: shortWordDamping(key) };
    numberCache.set(text, entry);
  }
  return entry;
}

/** Global ids of the folded forms of sides not made by extractFeatures, or of older generations. */
const normGlobalIds = new WeakMap<SideFeatures, { generation: number; gids: Int32Array }>();

/**
 * The global id of each folded form of `side` (indexed by tokNormId), in the current
 * generation: recorded by extractFeatures, else looked up from tokNorm.
 */
export function normGlobalIdsOf(side: SideFeatures): Int32Array {
  if (side.normGlobal?.generation === generation) return side.normGlobal.gids;
  const known = normGlobalIds.get(side);
  if (known && known.generation === generation) return known.gids;
  const gids = new Int32Array(side.normCount).fill(-1);
  for (let t = 0; t < side.tokNormId.length; t++) {
    const id = side.tokNormId[t]!;
    if (gids[id]! < 0) gids[id] = globalId(side.tokNorm[t]!);
  }
  normGlobalIds.set(side, { generation, gids });
  return gids;
}

/** Options of extractFeatures. */
export interface FeatureOptions {
  /** Look for site furniture (default true; the paragraph level needs it, sentences seldom). */
  readonly furniture?: boolean;
  /**
   * The segments' tokens when already known (segmentTokens, tokensWithin), by segment; a
   * segment without them (or with tokens of an older generation) is tokenized.
   */
  readonly tokens?: readonly (SegmentTokens | undefined)[];
}

/**
 * A segment's evidence tokens as extractFeatures reads them (words and numbers, then
 * punctuation marks), folded, with their offsets in the segment's text: alignDocuments
 * tokenizes each paragraph once and takes its sentences' tokens from it.
 */
export interface SegmentTokens {
  readonly generation: number;
  readonly words: readonly FoldedWord[];
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  readonly marks: readonly FoldedWord[];
  readonly markAt: Int32Array;
}

/** The evidence tokens of one segment's text. */
export function segmentTokens(text: string): SegmentTokens {
  boundGlobalTables();
  return tokensOf(text);
}

const DOT = 0x2e;

/** Whether text[from, to) is single letters each followed by a dot (`U.`, `U.S.`). */
function isDottedRun(text: string, from: number, to: number): boolean {
  if ((to - from) % 2 !== 0) return false;
  for (let k = from; k < to; k += 2)
    if (text.charCodeAt(k + 1) !== DOT || text.charCodeAt(k) === DOT) return false;
  return true;
}

/** segmentTokens without bounding the global tables (inside a call, where ids must hold). */
function tokensOf(text: string): SegmentTokens {
  const words: FoldedWord[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanTokens(text, (start, end, isNumber) => {
    // A dotted abbreviation (`U.S.`, `U.N.`, `a.m.`) is one word, as the lexicon lists it
    // (`u.s.` ~ `états-unis`), not single letters that weigh nothing: its letters, each followed
    // by a dot with no space, the last dot included.
    const last = words.length - 1;
    if (!isNumber && end === start + 1 && last >= 0 && text.charCodeAt(end) === DOT) {
      const from = starts[last]!;
      const runEnd = text.charCodeAt(ends[last]! - 1) === DOT ? ends[last]! : ends[last]! + 1;
      if (runEnd === start && text.charCodeAt(start - 1) === DOT && isDottedRun(text, from, start)) {
        words[last] = foldWordAt(text, from, end + 1);
        ends[last] = end + 1;
        return;
      }
    }
    words.push(isNumber ? foldNumber(text.slice(start, end)) : foldWordAt(text, start, end));
    starts.push(start);
    ends.push(end);
  });
  const marks: FoldedWord[] = [];
  const at: number[] = [];
  for (const match of text.matchAll(PUNCT)) {
    marks.push(punctuationMark(match[0]));
    at.push(match.index);
  }
  return {
    generation,
    words,
    wordStart: Int32Array.from(starts),
    wordEnd: Int32Array.from(ends),
    marks,
    markAt: Int32Array.from(at),
  };
}

/**
 * The tokens of `part`, found in `text` at offset `from`, taken from the tokens of `text`; or
 * undefined when `part` is not there or a token of `text` crosses one of its ends (then
 * tokenizing `part` alone could give other tokens). The tokenizer's pattern has no look-behind
 * or anchors, so a span whose ends no token crosses is tokenized alike on its own.
 */
export function tokensWithin(
  tokens: SegmentTokens,
  text: string,
  from: number,
  part: string,
): SegmentTokens | undefined {
  if (tokens.generation !== generation || !text.startsWith(part, from)) return undefined;
  const to = from + part.length;
  const first = firstAbove(tokens.wordEnd, from);
  const last = firstAbove(tokens.wordEnd, to);
  if (first < tokens.words.length && tokens.wordStart[first]! < from) return undefined;
  if (last < tokens.words.length && tokens.wordStart[last]! < to) return undefined;
  const m0 = firstAbove(tokens.markAt, from - 1);
  const m1 = firstAbove(tokens.markAt, to - 1);
  return {
    generation,
    words: tokens.words.slice(first, last),
    wordStart: tokens.wordStart.subarray(first, last),
    wordEnd: tokens.wordEnd.subarray(first, last),
    marks: tokens.marks.slice(m0, m1),
    markAt: tokens.markAt.subarray(m0, m1),
  };
}

/** Index of the first value above `x` in ascending `values` (values.length if none). */
function firstAbove(values: Int32Array, x: number): number {
  return partitionPoint(values.length, (k) => values[k]! <= x);
}

/** Extract the features of a list of segments. */
export function extractFeatures(
  segments: readonly string[],
  space: KeySpace,
  options: FeatureOptions = {},
): SideFeatures {
  boundGlobalTables();
  const findFurniture = options.furniture !== false;
  const count = segments.length;
  const length = new Float64Array(count);
  const furniture = new Uint8Array(count);
  const tokStart = new Int32Array(count + 1);
  // Each segment's tokens (known, or tokenized here), then the flat tables at their size.
  const words: (readonly FoldedWord[])[] = new Array(count);
  const marks: (readonly FoldedWord[])[] = new Array(count);
  let total = 0;
  for (let k = 0; k < count; k++) {
    const text = segments[k]!;
    length[k] = text.trim().length;
    if (findFurniture && isFurniture(text)) furniture[k] = 1;
    let known = options.tokens?.[k];
    if (!known || known.generation !== generation) known = tokensOf(text);
    words[k] = known.words;
    marks[k] = known.marks;
    total += known.words.length + known.marks.length;
  }
  const tokKey = new Int32Array(total);
  const norms: string[] = new Array(total);
  const tokNormId = new Int32Array(total);
  const damping = new Float64Array(total);
  // Folded forms of this side by global id, numbered in order of first appearance.
  const normIndex = new IdTable(256);
  const normGids: number[] = [];
  // Each segment's words, then its marks, in one loop (no closure: it would keep `t` and the
  // tables in a context).
  let t = 0;
  for (let k = 0; k < count; k++) {
    const segmentWords = words[k]!;
    const segmentMarks = marks[k]!;
    const ends = segmentWords.length + segmentMarks.length;
    for (let w = 0; w < ends; w++) {
      const word = w < segmentWords.length ? segmentWords[w]! : segmentMarks[w - segmentWords.length]!;
      tokKey[t] = internGlobalId(space, word.keyGid);
      norms[t] = word.norm;
      damping[t] = word.damping;
      let id = normIndex.get(word.normGid);
      if (id < 0) {
        id = normGids.length;
        normGids.push(word.normGid);
        normIndex.set(word.normGid, id);
      }
      tokNormId[t++] = id;
    }
    tokStart[k + 1] = t;
  }
  // Document frequency of each key on this side, counted with a last-segment stamp per key id
  // (ids are small integers) in scratch tables reset only at this side's keys.
  const keyCount = keyCountOf(space);
  const scratch = keyScratch(keyCount);
  const { df, lastSeen, keyIdf } = scratch;
  for (let u = 0; u < total; u++) {
    const key = tokKey[u]!;
    df[key] = 0;
    lastSeen[key] = -1;
    // The idf of each key is computed at its first token (NaN: not yet).
    keyIdf[key] = Number.NaN;
  }
  for (let k = 0; k < count; k++) {
    for (let u = tokStart[k]!; u < tokStart[k + 1]!; u++) {
      const key = tokKey[u]!;
      if (lastSeen[key] === k) continue;
      lastSeen[key] = k;
      df[key] = df[key]! + 1;
    }
  }
  const tokWeight = new Float32Array(total);
  const tokIdf = new Float32Array(total);
  const weight = new Float64Array(count);
  const scale = Math.log(count + 1);
  for (let k = 0; k < count; k++) {
    for (let u = tokStart[k]!; u < tokStart[k + 1]!; u++) {
      const key = tokKey[u]!;
      let idf = keyIdf[key]!;
      if (Number.isNaN(idf)) {
        idf = count < 2 ? 1 : Math.max(0.05, Math.log((count + 1) / Math.max(1, df[key]!)) / scale);
        keyIdf[key] = idf;
      }
      const w = idf * damping[u]!;
      tokIdf[u] = idf;
      tokWeight[u] = w;
      weight[k] = weight[k]! + w;
    }
  }
  return {
    count,
    length,
    tokStart,
    tokKey,
    tokNorm: norms,
    tokNormId,
    normCount: normGids.length,
    tokWeight,
    tokIdf,
    weight,
    furniture,
    normGlobal: { generation, gids: Int32Array.from(normGids) },
    texts: segments,
  };
}

/** Per-key scratch tables of extractFeatures, kept between calls (grown when a space is larger). */
let scratchTables = { df: new Int32Array(0), lastSeen: new Int32Array(0), keyIdf: new Float64Array(0) };

function keyScratch(keyCount: number): typeof scratchTables {
  if (scratchTables.df.length < keyCount) {
    const size = Math.max(keyCount, scratchTables.df.length * 2);
    scratchTables = {
      df: new Int32Array(size),
      lastSeen: new Int32Array(size),
      keyIdf: new Float64Array(size),
    };
  }
  return scratchTables;
}
