import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cognateKey, foldAccents } from '../../../src/core/lexicon/cognate-key.ts';

describe('cognateKey', () => {
  it('folds accents and ligatures', () => {
    expect(foldAccents('Élysée')).toBe('elysee');
    expect(foldAccents('œuvre')).toBe('oeuvre');
  });

  it('folds plain ASCII words (its fast path) exactly as the full Unicode folding does', () => {
    const full = (w: string) =>
      w
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/œ/g, 'oe')
        .replace(/æ/g, 'ae')
        .replace(/ß/g, 'ss');
    const letters = fc.constantFrom(..."aAzZ09-'. éÉèçÇœŒæßİıÅ\u0301ﬁ".split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), (chars) => {
        const word = chars.join('');
        expect(foldAccents(word)).toBe(full(word));
      }),
      { numRuns: 2000 },
    );
    expect(foldAccents('ÉTAT')).toBe('etat');
    expect(foldAccents('Kelvin\u212a')).toBe(full('Kelvin\u212a'));
  });

  it('keys words by their first four folded letters (Simard et al. 1992)', () => {
    expect(cognateKey('gouvernement')).toBe(cognateKey('gouverner'));
    expect(cognateKey('Parlement')).toBe(cognateKey('parliament'));
    expect(cognateKey('immorale')).toBe(cognateKey('immoral'));
    // Words of four letters or fewer must match whole.
    expect(cognateKey('the')).not.toBe(cognateKey('them'));
    expect(cognateKey('face')).toBe('face');
  });

  it('keys numbers by their digits, whatever the separators', () => {
    expect(cognateKey('2,000', 'number')).toBe(cognateKey('2 000', 'number'));
    expect(cognateKey('17.000', 'number')).toBe('#17000');
  });
});
