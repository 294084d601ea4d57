import { invertLexicon, type Lexicon } from '../../lexicon/lexicon.ts';
import type { Lang } from '../../model/document.ts';

const inverted = new WeakMap<Lexicon, Lexicon>();

/** The lexicon read from `srcLang` to `tgtLang` (inverted when given the other way), or undefined. */
export function orientLexicon(
  lexicon: Lexicon | undefined,
  srcLang: Lang,
  tgtLang: Lang,
): Lexicon | undefined {
  if (!lexicon) return undefined;
  if (lexicon.srcLang === srcLang && lexicon.tgtLang === tgtLang) return lexicon;
  if (lexicon.srcLang === tgtLang && lexicon.tgtLang === srcLang) {
    let inv = inverted.get(lexicon);
    if (!inv) {
      inv = invertLexicon(lexicon);
      inverted.set(lexicon, inv);
    }
    return inv;
  }
  return undefined;
}
