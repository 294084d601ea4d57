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

/** Extract the features of a list of segments. */
export function extractFeatures(segments: readonly string[], space: KeySpace): SideFeatures {
  const count = segments.length;
  const length = new Float64Array(count);
  const furniture = new Uint8Array(count);
  const tokStart = new Int32Array(count + 1);
  const keys: number[] = [];
  const norms: string[] = [];
  // Folding (NFD normalization) is the costly part: once per distinct word.
  const folded = new Map<string, [key: number, norm: string]>();
  for (let k = 0; k < count; k++) {
    const text = segments[k]!;
    length[k] = text.trim().length;
    if (isFurniture(text)) furniture[k] = 1;
    for (const token of tokenizeWords(text)) {
      if (token.kind === 'number') {
        const key = cognateKey(token.text, 'number');
        keys.push(internKey(space, key));
        norms.push(key);
      } else {
        let entry = folded.get(token.text);
        if (!entry) {
          const norm = foldAccents(token.text);
          entry = [internKey(space, cognateKeyOfFolded(norm)), norm];
          folded.set(token.text, entry);
        }
        keys.push(entry[0]);
        norms.push(entry[1]);
      }
    }
    for (const match of text.matchAll(PUNCT)) {
      const mark = QUOTES.has(match[0]) ? 'Q' : match[0].replace('¿', '?').replace('¡', '!');
      keys.push(internKey(space, `~${mark}`));
      norms.push(`~${mark}`);
    }
    tokStart[k + 1] = keys.length;
  }
  const tokKey = Int32Array.from(keys);
  // Document frequency of each key on this side.
  const df = new Map<number, number>();
  for (let k = 0; k < count; k++) {
    const seen = new Set<number>();
    for (let t = tokStart[k]!; t < tokStart[k + 1]!; t++) seen.add(tokKey[t]!);
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const tokWeight = new Float32Array(keys.length);
  const tokIdf = new Float32Array(keys.length);
  const weight = new Float64Array(count);
  const scale = Math.log(count + 1);
  for (let k = 0; k < count; k++) {
    for (let t = tokStart[k]!; t < tokStart[k + 1]!; t++) {
      const idf = count < 2 ? 1 : Math.max(0.05, Math.log((count + 1) / (df.get(tokKey[t]!) ?? 1)) / scale);
      const w = idf * shortWordDamping(norms[t]!);
      tokIdf[t] = idf;
      tokWeight[t] = w;
      weight[k] = weight[k]! + w;
    }
  }
  return { count, length, tokStart, tokKey, tokNorm: norms, tokWeight, tokIdf, weight, furniture };
}
