/**
 * What the aligner knows of each segment: its length in characters and its evidence tokens
 * (words, numbers, names and acronyms, question and exclamation marks, quotation marks), each
 * with a cognate key and an informativeness weight. Weights are inverse document frequencies
 * over the segments of the same side, scaled to [0, 1], so that a word found in every segment
 * (`the`, `de`) weighs almost nothing and a rare name weighs 1.
 */
import { cognateKey, cognateKeyOfFolded, foldAccents } from '../lexicon/cognate-key.ts';
import { tokenizeWords } from '../text/tokenize-words.ts';
import { isFurniture } from './is-furniture.ts';

/** Interns string keys as small integers shared by both sides. */
export interface KeySpace {
  readonly ids: Map<string, number>;
}

/** A new, empty key space. */
export function createKeySpace(): KeySpace {
  return { ids: new Map() };
}

/** The id of `key`, adding it if new. */
export function internKey(space: KeySpace, key: string): number {
  let id = space.ids.get(key);
  if (id === undefined) {
    id = space.ids.size;
    space.ids.set(key, id);
  }
  return id;
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

/**
 * Folded form and cognate key of each word seen, shared by every call: alignDocuments aligns
 * thousands of small paragraph groups, and NFD folding was its largest cost when each call
 * folded its words afresh. Cleared when it grows past FOLD_CACHE_LIMIT words.
 */
const foldCache = new Map<string, readonly [norm: string, key: string]>();
const FOLD_CACHE_LIMIT = 200_000;

function foldWord(text: string): readonly [norm: string, key: string] {
  let entry = foldCache.get(text);
  if (!entry) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    const norm = foldAccents(text);
    entry = [norm, cognateKeyOfFolded(norm)];
    foldCache.set(text, entry);
  }
  return entry;
}

/** Options of extractFeatures. */
export interface FeatureOptions {
  /** Look for site furniture (default true; the paragraph level needs it, sentences seldom). */
  readonly furniture?: boolean;
}

/** Extract the features of a list of segments. */
export function extractFeatures(
  segments: readonly string[],
  space: KeySpace,
  options: FeatureOptions = {},
): SideFeatures {
  const findFurniture = options.furniture !== false;
  const count = segments.length;
  const length = new Float64Array(count);
  const furniture = new Uint8Array(count);
  const tokStart = new Int32Array(count + 1);
  const keys: number[] = [];
  const norms: string[] = [];
  const normIds: number[] = [];
  const normIndex = new Map<string, number>();
  const normId = (norm: string) => {
    let id = normIndex.get(norm);
    if (id === undefined) {
      id = normIndex.size;
      normIndex.set(norm, id);
    }
    return id;
  };
  // Folding (NFD normalization) is the costly part: once per distinct word.
  const folded = new Map<string, [key: number, norm: string, normId: number]>();
  for (let k = 0; k < count; k++) {
    const text = segments[k]!;
    length[k] = text.trim().length;
    if (findFurniture && isFurniture(text)) furniture[k] = 1;
    for (const token of tokenizeWords(text)) {
      if (token.kind === 'number') {
        const key = cognateKey(token.text, 'number');
        keys.push(internKey(space, key));
        norms.push(key);
        normIds.push(normId(key));
      } else {
        let entry = folded.get(token.text);
        if (!entry) {
          const [norm, key] = foldWord(token.text);
          entry = [internKey(space, key), norm, normId(norm)];
          folded.set(token.text, entry);
        }
        keys.push(entry[0]);
        norms.push(entry[1]);
        normIds.push(entry[2]);
      }
    }
    for (const match of text.matchAll(PUNCT)) {
      const mark = QUOTES.has(match[0]) ? 'Q' : match[0].replace('¿', '?').replace('¡', '!');
      keys.push(internKey(space, `~${mark}`));
      norms.push(`~${mark}`);
      normIds.push(normId(`~${mark}`));
    }
    tokStart[k + 1] = keys.length;
  }
  const tokKey = Int32Array.from(keys);
  // Document frequency of each key on this side.
  // Counted with a last-segment stamp per key id (ids are small integers): no sets or maps.
  const keyCount = space.ids.size;
  const df = new Int32Array(keyCount);
  const lastSeen = new Int32Array(keyCount).fill(-1);
  for (let k = 0; k < count; k++) {
    for (let t = tokStart[k]!; t < tokStart[k + 1]!; t++) {
      const key = tokKey[t]!;
      if (lastSeen[key] === k) continue;
      lastSeen[key] = k;
      df[key] = df[key]! + 1;
    }
  }
  const tokWeight = new Float32Array(keys.length);
  const tokIdf = new Float32Array(keys.length);
  const weight = new Float64Array(count);
  const scale = Math.log(count + 1);
  for (let k = 0; k < count; k++) {
    for (let t = tokStart[k]!; t < tokStart[k + 1]!; t++) {
      const idf =
        count < 2 ? 1 : Math.max(0.05, Math.log((count + 1) / Math.max(1, df[tokKey[t]!]!)) / scale);
      const w = idf * shortWordDamping(norms[t]!);
      tokIdf[t] = idf;
      tokWeight[t] = w;
      weight[k] = weight[k]! + w;
    }
  }
  return {
    count,
    length,
    tokStart,
    tokKey,
    tokNorm: norms,
    tokNormId: Int32Array.from(normIds),
    normCount: normIndex.size,
    tokWeight,
    tokIdf,
    weight,
    furniture,
  };
}
