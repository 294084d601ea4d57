import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../src/core/text/tokenize-words.ts';

const words = (text: string): string[] => tokenizeWords(text).map((t) => t.text);

describe('tokenizeWords', () => {
  it('splits French elisions at the apostrophe and keeps hyphenated words whole', () => {
    expect(words("L’entreprise d'Amazon a-t-elle vendu ?")).toEqual([
      'L',
      'entreprise',
      'd',
      'Amazon',
      'a-t-elle',
      'vendu',
    ]);
  });

  it('keeps numbers with their group and decimal separators', () => {
    const tokens = tokenizeWords('2,000 people, 2 000 personnes, 4,5 % et 17.000 euros');
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual([
      '2,000',
      '2 000',
      '4,5',
      '17.000',
    ]);
  });

  it('gives offsets into the text and lower-cased forms', () => {
    const text = 'Où est Noël ?';
    for (const t of tokenizeWords(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenizeWords(text).map((t) => t.norm)).toEqual(['où', 'est', 'noël']);
  });

  it('keeps combining marks inside words', () => {
    expect(words('e\u0301te\u0301 cafe\u0301')).toEqual(['e\u0301te\u0301', 'cafe\u0301']);
  });
});
