import { describe, expect, it } from 'vitest';
import { listLines, tokenForms } from '../../scripts/lib/word-list-lines.ts';

describe('tokenForms', () => {
  it('drops possessives, whose base word is listed anyway', () => {
    expect(tokenForms("Obama's")).toEqual([]);
    expect(tokenForms('Obama’s')).toEqual([]);
  });

  it('splits other apostrophe words as tokenizeWords does', () => {
    expect(tokenForms("aujourd'hui")).toEqual(['aujourd', 'hui']);
    expect(tokenForms("doesn't")).toEqual(['doesn', 't']);
    expect(tokenForms("bec-d'âne")).toEqual(['bec-d', 'âne']);
  });

  it('keeps hyphenated words whole and rejects non-words', () => {
    expect(tokenForms('porte-parole')).toEqual(['porte-parole']);
    expect(tokenForms('3D')).toEqual([]);
    expect(tokenForms('  ')).toEqual([]);
  });
});

describe('listLines', () => {
  it('keeps one form per key, preferring lower case, sorted by key', () => {
    expect(listLines(['Bill', 'bill', 'Paris', 'abbé', 'Zoé', "I'll", 'zèbre'])).toEqual([
      'abbé',
      'bill',
      'I',
      'll',
      'Paris',
      'Zoé',
      'zèbre',
    ]);
  });

  it('is independent of input order', () => {
    const words = ['Bill', 'bill', 'BILL', 'cœur', 'coeur', 'été', 'Été'];
    expect(listLines([...words].reverse())).toEqual(listLines(words));
  });
});
