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
