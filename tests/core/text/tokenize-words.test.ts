import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTokens, tokenizeWords } from '../../../src/core/text/tokenize-words.ts';

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

/** scanTokens' tokens in tokenizeWords' terms (text, start, kind). */
function scanned(text: string): [string, number, string][] {
  const out: [string, number, string][] = [];
  scanTokens(text, (start, end, isNumber) =>
    out.push([text.slice(start, end), start, isNumber ? 'number' : 'word']),
  );
  return out;
}
const expected = (text: string): [string, number, string][] =>
  tokenizeWords(text).map((t) => [t.text, t.start, t.kind]);

describe('scanTokens', () => {
  it('reads numbers as the pattern does: greedy groups, then decimals, a fourth digit left over', () => {
    for (const text of [
      '1,2345 12.50000 1 000 000.5 1234 567 2,000 4,5 1,234.567 12,345,67 1.5.',
      'a1b2 x-y- -z 2\u00a0000 € 3\u202f500,25 ²³ ½ a\u0301b-\u0301',
      '𝟏𝟐 𝐀bc ab𝐀 1,𝟐34 \ud835 \udc00 x\ud835',
    ])
      expect(scanned(text)).toEqual(expected(text));
  });

  it('gives exactly the tokens of tokenizeWords on any text', () => {
    const pieces = fc.constantFrom(
      ..."aZé-É0 9,.\u00a0\u202f\u0301²½’'«»?!:".split(''),
      '𝟏',
      '𝐀',
      '\ud835',
      '\udc00',
      'œ',
      'ß',
      '٣',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(expected(text));
      }),
      { numRuns: 3000 },
    );
  });
});
