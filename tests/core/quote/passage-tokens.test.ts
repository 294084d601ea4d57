import { describe, expect, it } from 'vitest';
import { passageTokens, stemFr } from '../../../src/core/quote/passage-tokens.ts';

const tokens = (text: string) => passageTokens(text, [0, text.length], 'fr');

describe('passageTokens (French)', () => {
  it('reads the auxiliaries and modals as function words, as their English renderings are', () => {
    const fn = tokens('Il était venu, elle aurait pu, ils doivent partir et c’est fait')
      .filter((t) => t.fn)
      .map((t) => t.key);
    expect(fn).toEqual(expect.arrayContaining(['etait', 'aurait', 'pu', 'doivent', 'c']));
    expect(tokens('Il était venu').find((t) => t.key === 'venu')?.fn).toBe(false);
  });

  it('keeps aujourd’hui one content word', () => {
    for (const text of ["Il part aujourd'hui.", 'Il part aujourd’hui.']) {
      const word = tokens(text).find((t) => t.key.startsWith('aujourd'))!;
      expect(word).toMatchObject({ key: "aujourd'hui", fn: false });
      expect(text.slice(word.start, word.end)).toMatch(/^aujourd.hui$/u);
    }
  });

  it('puts unit symbols back as the word they stand for, at their place (12 % ~ 12 percent)', () => {
    const text = 'Le titre a perdu 12 % à 5 $, soit 3 € ou 2 £.';
    const units = tokens(text).filter((t) => ['percent', 'dollar', 'euro', 'pound'].includes(t.key));
    expect(units.map((t) => text.slice(t.start, t.end))).toEqual(['%', '$', '€', '£']);
    expect(units.every((t) => !t.fn && !t.name && t.value === null)).toBe(true);
    const keys = tokens(text).map((t) => t.key);
    expect(keys.indexOf('percent')).toBe(keys.indexOf('12') + 1);
  });
});

describe('passageTokens (English)', () => {
  it('reads `per cent` as one word, the `%` of the other language', () => {
    const text = 'up 12 per cent on the year';
    const en = passageTokens(text, [0, text.length], 'en');
    expect(en.map((t) => t.key)).toEqual(['up', '12', 'percent', 'on', 'the', 'year']);
    const word = en[2]!;
    expect(text.slice(word.start, word.end)).toBe('per cent');
  });
});

describe('passageTokens: figures with a scale word', () => {
  const figures = (text: string, lang: 'en' | 'fr') =>
    passageTokens(text, [0, text.length], lang)
      .filter((t) => t.value !== null)
      .map((t) => [text.slice(t.start, t.end), t.value]);

  it('gives a figure the value its scale words make, whatever way each language writes them', () => {
    expect(
      figures(
        'We invested 1.2 billion euros, 12 thousand pupils, $5bn and 55.000 thousand million yen',
        'en',
      ),
    ).toEqual([
      ['1.2', 1.2e9],
      ['12', 12e3],
      ['5', 5e9],
      ['55.000', 55e12],
    ]);
    expect(figures('Nous avons investi 1 200 millions d’euros et 3 milliards', 'fr')).toEqual([
      ['1 200', 1.2e9],
      ['3', 3e9],
    ]);
  });

  it('gives a number written as one word its value, alone or with a scale word', () => {
    expect(figures('at least five kilos and two million people, twenty-five times', 'en')).toEqual([
      ['five', 5],
      ['two', 2e6],
      ['twenty-five', 25],
    ]);
    expect(figures('cinq kilos, dix-huit fois, trois milliards', 'fr')).toEqual([
      ['cinq', 5],
      ['dix-huit', 18],
      ['trois', 3e9],
    ]);
  });

  it('leaves articles, `neuf` and the words of a longer number to the words', () => {
    expect(figures('one of them, a new one', 'en')).toEqual([]);
    expect(figures('un livre neuf, deux cents ans, vingt et un jours', 'fr')).toEqual([]);
    // Across a comma, words are two numbers, not one.
    expect(figures('vingt et un, cinq', 'fr')).toEqual([['cinq', 5]]);
  });

  it('keeps the scale word a word of its own, for the lexicon to link (milliards ~ billion)', () => {
    const text = '3 milliards de dollars';
    const words = passageTokens(text, [0, text.length], 'fr').map((t) => [t.key, t.fn]);
    expect(words).toContainEqual(['milliards', false]);
  });

  it('keeps the French billion at 10¹², a one-letter unit out, and a figure without a scale word as it is', () => {
    expect(figures('2 billions d’euros', 'fr')).toEqual([['2', 2e12]]);
    expect(figures('a 5 m wall', 'en')).toEqual([['5', 5]]);
    expect(figures('en 2025, mille fois', 'fr')).toEqual([['2025', 2025]]);
  });
});

describe('stemFr', () => {
  it('keeps the u of qu and gu: the present meets the infinitive', () => {
    for (const [form, infinitive] of [
      ['manque', 'manquer'],
      ['indique', 'indiquer'],
      ['risques', 'risquer'],
      ['fatigue', 'fatiguer'],
    ])
      expect(stemFr(form!)).toBe(stemFr(infinitive!));
    expect(stemFr('manque')).toBe('manqu');
  });

  it('still strips the -ue of a past participle', () => {
    expect(stemFr('rendue')).toBe(stemFr('rendre'));
    expect(stemFr('vendues')).toBe('vend');
  });
});
