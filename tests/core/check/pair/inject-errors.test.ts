import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, injectError, seededRandom, toMojibake } from '../../../bench/lib/inject-errors.ts';

const EN = [
  [
    'Amazon sold Rekognition to the police in 2018, said Jeff Bezos.',
    'The ACLU protested against the sale of the software.',
  ],
  ['Employees wrote a letter to their chief executive.'],
];
const FR = [
  [
    'Amazon a vendu Rekognition à la police en 2018, a déclaré Jeff Bezos.',
    'L’ACLU a protesté contre « la vente » du logiciel.',
  ],
  ['Des employés ont écrit une lettre à leur patron.'],
];

describe('injectError', () => {
  it('plants every kind, and says exactly where', () => {
    for (const kind of ERROR_KINDS) {
      const inj = injectError(kind, EN, FR, seededRandom(7));
      expect(inj, kind).toBeDefined();
      if (!inj || kind === 'sentence-dropped') continue;
      const changed = inj.paragraphs.flat()[inj.sentence]!;
      expect(changed.slice(inj.start, inj.end), kind).toBe(
        kind === 'quote-unbalanced' && inj.after === '' ? '' : inj.after,
      );
      expect(changed, kind).not.toBe(FR.flat()[inj.sentence]);
    }
  });

  it('drops a sentence and keeps the rest in order', () => {
    const inj = injectError('sentence-dropped', EN, FR, seededRandom(1))!;
    expect(inj.paragraphs.flat()).toHaveLength(FR.flat().length - 1);
    expect(inj.paragraphs.flat()).not.toContain(inj.before);
  });

  it('is repeatable with the same seed', () => {
    for (const kind of ERROR_KINDS) {
      expect(injectError(kind, EN, FR, seededRandom(42))).toEqual(
        injectError(kind, EN, FR, seededRandom(42)),
      );
    }
  });

  it('garbles text as UTF-8 read as Windows-1252', () => {
    expect(toMojibake('déclaré')).toBe('dÃ©clarÃ©');
    expect(toMojibake('’')).toBe('â€™');
  });
});
