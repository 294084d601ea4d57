import { describe, expect, it } from 'vitest';
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';

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
});
