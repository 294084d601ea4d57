import { describe, expect, it } from 'vitest';
import { lexicalCoverage } from '../../../../src/core/check/pair/lexical-coverage.ts';
import { indexWords } from '../../../../src/core/check/pair/word-index.ts';
import { lexiconOf } from './make-pair.ts';

const index = (text: string) => indexWords([{ index: 0, start: 0, end: text.length, text }]);

describe('lexicalCoverage', () => {
  it('reads an inflected source word through its base form’s entry (cancelled → cancel, cities → city)', () => {
    const lexicon = lexiconOf([
      ['cancel', 'annuler'],
      ['city', 'ville'],
      ['train', 'train'],
    ]);
    // `cancelled` was 'not covered' beside `annulés`, and the omission finding said so.
    const coverage = lexicalCoverage(
      'Trains were cancelled in several cities.',
      'en',
      index('Des trains ont été annulés dans plusieurs villes.'),
      lexicon,
    );
    expect(coverage.uncovered).toEqual(['several']);
    // A word the lexicon does not render stays uncovered.
    expect(
      lexicalCoverage('Flights were delayed.', 'en', index('Des vols annulés.'), lexicon).uncovered,
    ).toEqual(['flights', 'delayed']);
  });
});
