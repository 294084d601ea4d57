import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { enIrregularLemma, frIrregularLemma } from '../../../src/core/quote/irregular-forms.ts';
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';

const token = (word: string, lang: 'fr' | 'en') => passageTokens(word, [0, word.length], lang)[0]!;

describe('irregular forms', () => {
  it('reads an English strong verb’s past forms as its base', () => {
    expect(enIrregularLemma('took')).toBe('take');
    expect(enIrregularLemma('taken')).toBe('take');
    expect(enIrregularLemma('said')).toBe('say');
    expect(enIrregularLemma('walked')).toBeNull();
  });

  it('reads the forms of a French irregular family with its prefixes, and no word that merely ends alike', () => {
    expect(frIrregularLemma('pris')).toBe('prendre');
    expect(frIrregularLemma('comprennent')).toBe('comprendre');
    expect(frIrregularLemma('permis')).toBe('permettre');
    expect(frIrregularLemma('recu')).toBe('recevoir');
    expect(frIrregularLemma('atteint')).toBe('atteindre');
    expect(frIrregularLemma('decouverte')).toBe('decouvrir');
    // `chemise` ends in -mise but takes no prefix of mettre; `point` is too short to be poindre.
    expect(frIrregularLemma('chemise')).toBeNull();
    expect(frIrregularLemma('point')).toBeNull();
  });

  it('lets the matcher link irregular forms through the lexicon’s base forms (pris ~ took, a reçu ~ received)', () => {
    const frEn = parseLexicon('prendre\ttake\nrecevoir\treceive\ndire\tsay\n', 'fr', 'en');
    const matcher = new WordMatcher({ frEn });
    expect(matcher.match(token('pris', 'fr'), token('took', 'en'))?.by).toBe('lexicon');
    expect(matcher.match(token('reçu', 'fr'), token('received', 'en'))?.by).toBe('lexicon');
    expect(matcher.match(token('dit', 'fr'), token('said', 'en'))?.by).toBe('lexicon');
    expect(matcher.match(token('pris', 'fr'), token('said', 'en'))).toBeNull();
  });
});
