import { describe, expect, it } from 'vitest';
import { cognateKey, foldAccents } from '../../../src/core/lexicon/cognate-key.ts';

describe('cognateKey', () => {
  it('folds accents and ligatures', () => {
    expect(foldAccents('Élysée')).toBe('elysee');
    expect(foldAccents('œuvre')).toBe('oeuvre');
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
