import { describe, expect, it } from 'vitest';
import { englishLemma } from '../../../src/core/lexicon/english-lemma.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { passageTokens, stemEn } from '../../../src/core/quote/passage-tokens.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';

const token = (word: string, lang: 'fr' | 'en') => passageTokens(word, [0, word.length], lang)[0]!;

describe('English irregular forms', () => {
  it('stems an English irregular form as its lemma (teeth ~ tooth, took ~ take, lying ~ lie)', () => {
    expect(stemEn('teeth')).toBe(stemEn('tooth'));
    expect(stemEn('took')).toBe(stemEn('take'));
    expect(stemEn('taken')).toBe(stemEn('takes'));
    expect(stemEn('lying')).toBe(stemEn('lie'));
    expect(englishLemma('table')).toBeNull();
  });

  it('lets a lexicon pair given for the lemma link every irregular form', () => {
    const frEn = parseLexicon('dent\ttooth\nmentir\tlie\napporter\tbring\npris\ttook\n', 'fr', 'en');
    const matcher = new WordMatcher({ frEn });
    expect(matcher.match(token('dents', 'fr'), token('teeth', 'en'))?.by).toBe('lexicon');
    expect(matcher.match(token('mentir', 'fr'), token('lying', 'en'))?.by).toBe('lexicon');
    expect(matcher.match(token('apporté', 'fr'), token('brought', 'en'))?.by).toBe('lexicon');
    // A pair given for one form reaches the others through the lemma, and an unrelated word gains nothing.
    expect(matcher.match(token('pris', 'fr'), token('taken', 'en'))?.by).toBe('lexicon');
    expect(matcher.match(token('dents', 'fr'), token('brought', 'en'))).toBeNull();
  });
});
