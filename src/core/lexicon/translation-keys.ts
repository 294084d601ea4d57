/**
 * Lexical evidence across languages: for each source token, the cognate keys of its possible
 * renderings, from a bilingual lexicon and from word pairs learned during alignment. A source
 * token then "meets" a target token when one of these keys equals the target's cognate key.
 */

import { runSteps, runStepsPausing } from '../model/run-in-steps.ts';
import { cognateKey, foldAccents } from './cognate-key.ts';
import { invertLexiconPausing, type Lexicon } from './lexicon.ts';

/** Folded source word → cognate keys of its renderings. */
export type KeyedLexicon = ReadonlyMap<string, readonly string[]>;

const cache = new WeakMap<Lexicon, KeyedLexicon>();

/** A rendering without a space or hyphen: one word, no split needed. */
const ONE_WORD = /^[^\s-]+$/;

/** Re-key a lexicon by folded source words and target cognate keys (cached per lexicon). */
export function keyLexicon(lexicon: Lexicon): KeyedLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const keyed = new Map<string, string[]>();
  runSteps(keySteps(lexicon, keyed));
  cache.set(lexicon, keyed);
  return keyed;
}

/**
 * `keyLexicon` a step at a time, awaiting `pause()` between steps (see run-in-steps.ts), with
 * the inverted lexicon keyed too, as the aligner reads it both ways (align-segments.ts): the
 * engine worker prepares the English–French lexicon so while it waits for the page's first
 * call, and the alignment then finds it ready.
 */
export async function keyLexiconBothWaysPausing(
  lexicon: Lexicon,
  pause: () => Promise<void> | undefined,
): Promise<void> {
  const inverted = await invertLexiconPausing(lexicon, pause);
  for (const one of [lexicon, inverted]) {
    if (cache.has(one)) continue;
    const keyed = new Map<string, string[]>();
    await runStepsPausing(keySteps(one, keyed), pause);
    if (!cache.has(one)) cache.set(one, keyed);
  }
}

/** How many entries a step of keySteps handles (a few milliseconds). */
const STEP = 3000;

function* keySteps(lexicon: Lexicon, keyed: Map<string, string[]>): Generator<void> {
  // A target word recurs under many sources (`faire` renders dozens): keyed once.
  const keyOf = new Map<string, string>();
  const keyOfWord = (word: string) => {
    let key = keyOf.get(word);
    if (key === undefined) {
      key = cognateKey(word);
      keyOf.set(word, key);
    }
    return key;
  };
  let n = 0;
  for (const [src, targets] of lexicon.entries) {
    if (++n % STEP === 0) yield;
    if (src.includes(' ')) continue;
    const folded = foldAccents(src);
    const keys = keyed.get(folded) ?? [];
    for (const target of targets) {
      const words = ONE_WORD.test(target) ? [target] : target.split(/[\s-]+/).filter((w) => w.length > 0);
      // Long glosses ("a kind of small boat") are explanations, not renderings.
      if (words.length > 2) continue;
      for (const word of words) {
        const key = keyOfWord(word);
        if (!keys.includes(key)) keys.push(key);
      }
    }
    if (keys.length > 0) keyed.set(folded, keys);
  }
}

// Inflection fallback: plural and feminine endings of French, English and German.
const SUFFIXES = ['s', 'es', 'x', 'e', 'en', 'n'];

/** Renderings' keys of a folded word, trying a few inflectional endings when absent. */
export function lookUpKeys(keyed: KeyedLexicon, folded: string): readonly string[] | undefined {
  const direct = keyed.get(folded);
  if (direct) return direct;
  for (const suffix of SUFFIXES) {
    if (folded.length > suffix.length + 2 && folded.endsWith(suffix)) {
      const found = keyed.get(folded.slice(0, -suffix.length));
      if (found) return found;
    }
  }
  return undefined;
}
