import { describe, expect, it } from 'vitest';
import { englishPlurals, frenchAdjectiveForms, frenchNounPlurals } from '../../scripts/lib/inflect.ts';

describe('englishPlurals', () => {
  it('follows the regular spelling rules on the last word', () => {
    expect(englishPlurals('car')).toEqual(['cars']);
    expect(englishPlurals('motor car')).toEqual(['motor cars']);
    expect(englishPlurals('church')).toEqual(['churches']);
    expect(englishPlurals('policy')).toEqual(['policies']);
    expect(englishPlurals('day')).toEqual(['days']);
    expect(englishPlurals('knife')).toEqual(['knives', 'knifes']);
  });

  it('proposes nothing for non-words', () => {
    expect(englishPlurals('x')).toEqual([]);
    expect(englishPlurals("o'clock")).toEqual([]);
  });
});

describe('frenchNounPlurals', () => {
  it('inflects the head of a simple or `N de N` noun', () => {
    expect(frenchNounPlurals('maison')).toEqual(['maisons']);
    expect(frenchNounPlurals('pomme de terre')).toEqual(['pommes de terre']);
    expect(frenchNounPlurals('journal')).toEqual(['journaux', 'journals']);
    expect(frenchNounPlurals('bateau')).toEqual(['bateaux', 'bateaus']);
  });

  it('leaves invariable and hyphenated nouns alone', () => {
    expect(frenchNounPlurals('prix')).toEqual([]);
    expect(frenchNounPlurals('porte-parole')).toEqual([]);
    expect(frenchNounPlurals('mise en oeuvre rapide')).toEqual(['mises en oeuvre rapide']);
  });
});

describe('frenchAdjectiveForms', () => {
  it('gives feminine and plural candidates', () => {
    expect(frenchAdjectiveForms('grand')).toEqual(['grande', 'grands', 'grandes']);
    expect(frenchAdjectiveForms('heureux')).toEqual(['heureuse', 'heureuses']);
    expect(frenchAdjectiveForms('national')).toEqual(['nationale', 'nationaux', 'nationals', 'nationales']);
    expect(frenchAdjectiveForms('actif')).toEqual(['active', 'actifs', 'actives']);
    expect(frenchAdjectiveForms('rouge')).toEqual(['rouges']);
  });
});
