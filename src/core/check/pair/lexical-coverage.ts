/**
 * Lexical coverage of a source text by its translation: the share of the source's content
 * words that have a counterpart in the target, as written (names, numbers), as a cognate
 * (Simard et al. 1992) or through the bilingual lexicon (the lexical evidence of Moore 2002 and
 * Varga et al. 2005's hunalign, read here as a check rather than as an alignment cost).
 */

import { lemmaCandidates } from '../../lexicon/lemma-candidates.ts';
import type { Lexicon } from '../../lexicon/lexicon.ts';
import type { Lang } from '../../model/document.ts';
import { cachedTokens } from './cached-tokens.ts';
import { fold as foldAccents } from './fold.ts';
import { similarFoldedMasked } from './name-similarity.ts';
import { stopwords } from './stopwords.ts';
import type { WordIndex } from './word-index.ts';

/** How much of a text its translation covers. */
export interface Coverage {
  /** Content words looked at. */
  readonly total: number;
  /** Of those, words with a counterpart. */
  readonly covered: number;
  /** covered / total (1 when there is nothing to cover). */
  readonly share: number;
  /** The content words without a counterpart, in text order. */
  readonly uncovered: readonly string[];
}

/** The content words of a text (no function words, at least three letters, or numbers). */
export function contentWords(text: string, lang: Lang): string[] {
  const stop = stopwords(lang);
  return cachedTokens(text)
    .filter((t) => t.kind === 'number' || (t.norm.length >= 3 && !stop.has(t.norm)))
    .map((t) => (t.kind === 'number' ? t.text.replace(/\D/g, '') : t.norm));
}

const foldedHeadwords = new WeakMap<Lexicon, ReadonlyMap<string, readonly string[]>>();

/**
 * The renderings of a base form as lemmaCandidates gives it (folded: `etre`, `connaitre`), also
 * when the lexicon writes it with its accents (`être`); the first headword folding to it wins.
 */
function baseEntry(lexicon: Lexicon | undefined, base: string): readonly string[] | undefined {
  if (!lexicon) return undefined;
  const direct = lexicon.entries.get(base);
  if (direct) return direct;
  let folded = foldedHeadwords.get(lexicon);
  if (!folded) {
    const map = new Map<string, readonly string[]>();
    for (const [headword, renderings] of lexicon.entries) {
      const key = foldAccents(headword);
      if (key !== headword && !map.has(key)) map.set(key, renderings);
    }
    folded = map;
    foldedHeadwords.set(lexicon, folded);
  }
  return folded.get(base);
}

function renderingKeys(word: string, lang: Lang, lexicon: Lexicon | undefined): string[] {
  const direct = lexicon?.entries.get(word);
  // Inflection fallback: plural and past forms (houses → house, worked → work), then the
  // aligner's base forms (cities → city, went → go, cancelled → cancel).
  const renderings =
    direct ??
    lexicon?.entries.get(word.replace(/(es|s)$/, '')) ??
    lexicon?.entries.get(word.replace(/(ed|d)$/, '')) ??
    lexicon?.entries.get(word.replace(/ing$/, '')) ??
    lemmaCandidates(foldAccents(word), lang)
      // A doubled final consonant is British spelling's (`cancelled`, `travelled`): `cancell` → `cancel`.
      .flatMap((base) => [base, base.replace(/([b-df-hj-np-tv-z])\1$/u, '$1')])
      .map((base) => baseEntry(lexicon, base))
      .find((r) => r !== undefined) ??
    [];
  const keys: string[] = [];
  for (const r of renderings) {
    for (const part of r.split(/[\s'-]+/)) if (part.length >= 3) keys.push(foldAccents(part));
  }
  return keys;
}

/** True when `fold` (a folded target-language word) is in the index, exactly or as a 5-letter stem. */
function inIndex(index: WordIndex, fold: string): boolean {
  if (index.folds.has(fold)) return true;
  if (fold.length < 5) return false;
  const stem = fold.slice(0, 5);
  return index.words.some((w) => w.fold.startsWith(stem));
}

/** Coverage of `sourceText` (in `srcLang`) by the target words of `index`. */
export function lexicalCoverage(
  sourceText: string,
  srcLang: Lang,
  index: WordIndex,
  lexicon: Lexicon | undefined,
): Coverage {
  const words = contentWords(sourceText, srcLang);
  const uncovered: string[] = [];
  let covered = 0;
  for (const word of words) {
    const fold = foldAccents(word);
    const hit =
      index.folds.has(fold) ||
      (/^\d+$/.test(fold)
        ? index.numbers?.has(fold) === true || [...index.folds].some((f) => f.replace(/\D/g, '') === fold)
        : false) ||
      index.words.some((w) => similarFoldedMasked(fold, -1, w.fold, w.mask)) ||
      renderingKeys(word, srcLang, lexicon).some((k) => inIndex(index, k));
    if (hit) covered++;
    else uncovered.push(word);
  }
  return { total: words.length, covered, share: words.length === 0 ? 1 : covered / words.length, uncovered };
}
