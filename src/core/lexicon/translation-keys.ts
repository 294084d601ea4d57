/**
 * Lexical evidence across languages: for each source token, the cognate keys of its possible
 * renderings, from a bilingual lexicon and from word pairs learned during alignment. A source
 * token then "meets" a target token when one of these keys equals the target's cognate key.
 */

import type { Lang } from '../model/document.ts';
import { cognateKey, foldAccents } from './cognate-key.ts';
import { lemmaCandidates } from './lemma-candidates.ts';
import { invertLexiconPausing, type Lexicon } from './lexicon.ts';

/** Folded source word → cognate keys of its renderings. */
export type KeyedLexicon = ReadonlyMap<string, readonly string[]>;

const cache = new WeakMap<Lexicon, KeyedLexicon>();

/** A rendering without a space or hyphen: one word, no split needed. */
const ONE_WORD = /^[^\s-]+$/;

/**
 * Re-key a lexicon by folded source words and target cognate keys (cached per lexicon). Keyed
 * on demand, word by word: an alignment of two reports looks up a few hundred words of a
 * lexicon of 30,000, and keying all of them up front was 0.1–0.15 s of the first alignment's
 * time in the workbench (both directions). Gives what keying every entry would give (a test
 * compares the two on the shipped lexicon).
 */
export function keyLexicon(lexicon: Lexicon): KeyedLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const keyed = new LazyKeyedLexicon(lexicon);
  cache.set(lexicon, keyed);
  return keyed;
}

/**
 * The lexicon inverted step by step, awaiting `pause()` between steps (see run-in-steps.ts),
 * and both directions keyed, as the aligner reads the lexicon both ways (align-segments.ts):
 * the engine worker prepares the English–French lexicon so while it waits for the page's first
 * call, and the alignment then finds it ready.
 */
export async function keyLexiconBothWaysPausing(
  lexicon: Lexicon,
  pause: () => Promise<void> | undefined,
): Promise<void> {
  const inverted = await invertLexiconPausing(lexicon, pause);
  keyLexicon(lexicon);
  await pause();
  keyLexicon(inverted);
}

/** Letters that foldAccents changes in an entry: capitals, and anything outside ASCII. */
const NEEDS_FOLDING = /[A-Z\u0080-\uffff]/;

/**
 * A keyed lexicon computed on demand. Each folded word's keys gather the renderings of every
 * source word that folds to it, in the lexicon's order, as keying every entry in order would.
 * Entries that are lower-case ASCII fold to themselves, so only the others (about one in nine)
 * are folded up front, to know which sources share a folded form.
 */
class LazyKeyedLexicon implements ReadonlyMap<string, readonly string[]> {
  private readonly lexicon: Lexicon;
  /** Folded form → its sources in lexicon order, for forms some source folds to from another spelling. */
  private readonly groups = new Map<string, string[]>();
  /** Folded forms of the sources that need folding. */
  private readonly folded = new Map<string, string>();
  private readonly found = new Map<string, readonly string[] | null>();
  /** Target word → cognate key (a target recurs under many sources). */
  private readonly keyOf = new Map<string, string>();
  private all: Map<string, readonly string[]> | undefined;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    for (const src of lexicon.entries.keys()) {
      if (!NEEDS_FOLDING.test(src) || src.includes(' ')) continue;
      const folded = foldAccents(src);
      this.folded.set(src, folded);
      if (folded !== src) this.groups.set(folded, []);
    }
    if (this.groups.size === 0) return;
    for (const src of lexicon.entries.keys()) {
      if (src.includes(' ')) continue;
      this.groups.get(this.folded.get(src) ?? src)?.push(src);
    }
  }

  /** The language of the words looked up. */
  get srcLang(): Lang {
    return this.lexicon.srcLang;
  }

  get(word: string): readonly string[] | undefined {
    let keys = this.found.get(word);
    if (keys === undefined) {
      keys = this.compute(word);
      this.found.set(word, keys);
    }
    return keys ?? undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /**
   * Whether some source folds to `word`, without keying it or remembering the answer: base-form
   * candidates are tried about ten to a missing word, and most are no word at all.
   */
  hasSource(word: string): boolean {
    return this.groups.has(word) || this.isOwnSource(word);
  }

  /** A source that is its own folded form (lower-case ASCII or already folded), one word. */
  private isOwnSource(word: string): boolean {
    return this.lexicon.entries.has(word) && !word.includes(' ') && (this.folded.get(word) ?? word) === word;
  }

  private compute(word: string): readonly string[] | null {
    const sources = this.groups.get(word) ?? (this.isOwnSource(word) ? [word] : []);
    const keys: string[] = [];
    for (const src of sources) {
      for (const target of this.lexicon.entries.get(src) ?? []) {
        const words = ONE_WORD.test(target) ? [target] : target.split(/[\s-]+/).filter((w) => w.length > 0);
        // Long glosses ("a kind of small boat") are explanations, not renderings.
        if (words.length > 2) continue;
        for (const w of words) {
          let key = this.keyOf.get(w);
          if (key === undefined) {
            key = cognateKey(w);
            this.keyOf.set(w, key);
          }
          if (!keys.includes(key)) keys.push(key);
        }
      }
    }
    return keys.length > 0 ? keys : null;
  }

  /** Every entry, for the rare reader that walks them all (order: first source of each form). */
  private entriesMap(): Map<string, readonly string[]> {
    if (!this.all) {
      this.all = new Map();
      for (const src of this.lexicon.entries.keys()) {
        if (src.includes(' ')) continue;
        const folded = this.folded.get(src) ?? src;
        if (this.all.has(folded)) continue;
        const keys = this.get(folded);
        if (keys) this.all.set(folded, keys);
      }
    }
    return this.all;
  }

  get size(): number {
    return this.entriesMap().size;
  }
  forEach(
    callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void,
  ): void {
    for (const [k, v] of this.entriesMap()) callback(v, k, this);
  }
  entries(): MapIterator<[string, readonly string[]]> {
    return this.entriesMap().entries();
  }
  keys(): MapIterator<string> {
    return this.entriesMap().keys();
  }
  values(): MapIterator<readonly string[]> {
    return this.entriesMap().values();
  }
  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entriesMap().entries();
  }
}

// Inflection fallback: plural and feminine endings of French, English and German.
const SUFFIXES = ['s', 'es', 'x', 'e', 'en', 'n'];

/**
 * Renderings' keys of a folded word, trying a few inflectional endings when absent, then the
 * base forms it may be an inflection of in the lexicon's source language (lemma-candidates.ts:
 * `indiqué` → `indiquer`, `increased` → `increase`, `fell` → `fall`) when `lemmas` is set. The
 * parallel aligner sets it (strict F1 on WMT news 0.981 → 0.984, transread-dev 0.892 → 0.896);
 * the partial mode does not: its calibration was fitted on exact lookups, and the chance matches
 * of more lookups shift its backgrounds (src/core/align/README.md, session 9).
 */
export function lookUpKeys(
  keyed: KeyedLexicon,
  folded: string,
  lemmas = false,
): readonly string[] | undefined {
  const direct = keyed.get(folded);
  if (direct) return direct;
  for (const suffix of SUFFIXES) {
    if (folded.length > suffix.length + 2 && folded.endsWith(suffix)) {
      const found = keyed.get(folded.slice(0, -suffix.length));
      if (found) return found;
    }
  }
  if (lemmas && keyed instanceof LazyKeyedLexicon) {
    for (const lemma of lemmaCandidates(folded, keyed.srcLang)) {
      const found = keyed.hasSource(lemma) ? keyed.get(lemma) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}
