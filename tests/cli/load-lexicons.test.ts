import { describe, expect, it } from 'vitest';
import { loadLexicon, loadWordList } from '../../src/cli/load-lexicons.ts';

describe('loadLexicon', () => {
  it('loads the shipped lexicons with known pairs', () => {
    expect(loadLexicon('en', 'fr')?.entries.get('car')).toContain('voiture');
    expect(loadLexicon('fr', 'en')?.entries.get('voiture')).toContain('car');
    expect(loadLexicon('de', 'fr')?.entries.get('haus')).toContain('maison');
  });

  it('labels the lexicon with its languages and memoises it', () => {
    const lexicon = loadLexicon('EN', 'fr');
    expect(lexicon?.srcLang).toBe('en');
    expect(lexicon?.tgtLang).toBe('fr');
    expect(loadLexicon('en', 'fr')).toBe(lexicon);
  });

  it('returns undefined for a pair without a lexicon or a malformed code', () => {
    expect(loadLexicon('fr', 'de')).toBeUndefined();
    expect(loadLexicon('../lexicons/en', 'fr')).toBeUndefined();
  });
});

describe('loadWordList', () => {
  it('loads the French and English lists', () => {
    const fr = loadWordList('fr');
    expect(fr?.has('gouvernement')).toBe(true);
    expect(fr?.has('gouvernment')).toBe(false);
    expect(loadWordList('en')?.has('government')).toBe(true);
    expect(loadWordList('fr')).toBe(fr);
  });

  it('returns undefined for a language without a list', () => {
    expect(loadWordList('xx')).toBeUndefined();
    expect(loadWordList('fr/../en')).toBeUndefined();
  });
});
