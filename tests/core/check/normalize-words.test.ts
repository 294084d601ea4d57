import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWords } from '../../../src/core/check/normalize-words.ts';

const reference = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normalizeWords', () => {
  it('keeps lower-case letter and digit runs, one space between', () => {
    expect(normalizeWords('  « L’Été 2018 », dit-il… Œuvre²  ')).toBe('l été 2018 dit il œuvre²');
  });

  it('equals the Unicode-class replace on any text, astral and lone surrogates included', () => {
    const unit = fc.constantFrom(
      'a',
      'É',
      'ß',
      'İ',
      ' ',
      '’',
      '-',
      '7',
      '²',
      '\u0301',
      '𝐀',
      '😀',
      '\ud835',
      '\udc00',
      'Σ',
      '中',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const s = units.join('');
        expect(normalizeWords(s)).toBe(reference(s));
      }),
      { numRuns: 1000 },
    );
    for (const s of ['', ' ', '\ud800', 'a\udfffb', '𝐀𝐁 c', 'İstanbul', 'ΟΔΟΣ Σ'])
      expect(normalizeWords(s)).toBe(reference(s));
  });
});
