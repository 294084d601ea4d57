import { describe, expect, it } from 'vitest';
import { loadWordList } from '../../../src/cli/load-lexicons.ts';
import { looksLikeSource } from '../../../src/core/check/foreign-words.ts';
import { englishLogOdds } from '../../../src/core/check/word-language.ts';

const fr = loadWordList('fr')!;

describe('looksLikeSource', () => {
  it('takes garbled English words in a French text for English', () => {
    for (const w of ['supperititios', 'thoughtfull', 'houseing', 'knowledgable']) {
      expect(looksLikeSource(w, 'fr', 'en', fr), w).toBe(true);
    }
  });

  it('leaves misspelt French words to spelling (trigrams, or a French word one edit away)', () => {
    for (const w of ['troisème', 'entrainée', 'développemment', 'bâtiement', 'gouvernemment', 'recirculée']) {
      expect(looksLikeSource(w, 'fr', 'en', fr), w).toBe(false);
    }
  });

  it('judges only lower-case words of six letters or more, and only English in French', () => {
    expect(looksLikeSource('thoughtfull', 'en', 'fr', fr)).toBe(false);
    expect(looksLikeSource('Thoughtfull', 'fr', 'en', fr)).toBe(false);
    expect(looksLikeSource('tweez', 'fr', 'en', fr)).toBe(false);
  });

  it('leaves words foreign to both languages alone (Czech, Polish: unlikely under English too)', () => {
    for (const w of ['knedliky', 'placovka', 'powietrzna', 'tvarůžky', 'rakfisk']) {
      expect(looksLikeSource(w, 'fr', 'en', fr), w).toBe(false);
    }
  });

  it('scores English-looking words above French-looking ones', () => {
    expect(englishLogOdds('thoughtfully')).toBeGreaterThan(1);
    expect(englishLogOdds('gouvernement')).toBeLessThan(-0.5);
  });
});
