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

  it('covers a number by the same number in the translation, however it is written (67.94 = 67,94)', () => {
    // WMT: `Boeing Co shares rose 1.5% to $67.94.` → `… ont augmenté de 1.5% pour atteindre les
    // 67,94 dollars.` was an addition listing `15` and `6794` as unexplained.
    const lexicon = lexiconOf([['share', 'action']]);
    const coverage = lexicalCoverage(
      'Les actions ont augmenté de 1,5 % pour atteindre 67,94 dollars, soit 2 000 de plus.',
      'fr',
      index('Shares rose 1.5% to $67.94, or 2,000 more.'),
      lexicon,
    );
    expect(coverage.uncovered).not.toContain('15');
    expect(coverage.uncovered).not.toContain('6794');
    expect(coverage.uncovered).not.toContain('2000');
    // A number the translation does not give stays uncovered.
    expect(lexicalCoverage('Il a 45 ans.', 'fr', index('He is 46.'), lexicon).uncovered).toContain('45');
  });
});
