import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { brief, check } from './helpers.ts';

describe('quotes rule', () => {
  it("fixes makeshift ,, and '' marks to the pair they form", () => {
    const text = "Il a dit ,,non'' et il est parti.";
    const found = check(text, 'quotes');
    expect(found.map((f) => [f.rule, f.actual, f.expected])).toEqual([
      ['makeshift-quote', ',,', '“'],
      ['makeshift-quote', "''", '”'],
    ]);
    expect(
      applyEdits(
        text,
        found.flatMap((f) => f.fix ?? []),
      ),
    ).toBe('Il a dit “non” et il est parti.');
  });

  it('asks for “ ” inside « » in French, and ‘ ’ inside “ ” in English', () => {
    const fr = check('Il dit : « Le mot « non » suffit. »', 'quotes');
    expect(brief(fr)).toEqual([['nested-quote-style', '« non »', '“…”']]);
    expect(applyEdits('Il dit : « Le mot « non » suffit. »', fr[0]!.fix!)).toBe(
      'Il dit : « Le mot “ non ” suffit. »',
    );
    expect(
      brief(check('He said “the word “no” is enough.”', 'quotes', { lang: 'en', profile: 'en' })),
    ).toEqual([['nested-quote-style', '“no”', '‘…’']]);
  });

  it('turns a French quotation in straight marks into guillemets with their no-break spaces', () => {
    const text = '"C’est une tempête exceptionnelle ", a déclaré le ministre. Il a dit "non".';
    const found = check(text, 'quotes');
    expect(found.map((f) => [f.rule, f.actual, f.severity])).toEqual([
      ['straight-quote', '"C’est une tempête exceptionnelle "', 'info'],
      ['straight-quote', '"non"', 'info'],
    ]);
    expect(
      applyEdits(
        text,
        found.flatMap((f) => f.fix ?? []),
      ),
    ).toBe(
      '«\u202fC’est une tempête exceptionnelle\u202f», a déclaré le ministre. Il a dit «\u202fnon\u202f».',
    );
    // English keeps its straight marks (the typography of “ ” is not this rule's).
    expect(check('He said "no".', 'quotes', { lang: 'en', profile: 'en' })).toEqual([]);
  });

  it('accepts a quotation over several paragraphs that reopen with «', () => {
    expect(
      check('« Premier paragraphe de la lettre.\n« Second paragraphe, qui la termine. »', 'quotes'),
    ).toEqual([]);
  });

  it('flags a closing mark with no opener and a guillemet glued outside', () => {
    expect(brief(check('Il est parti »et revenu.', 'quotes'))).toEqual([
      ['glued-guillemet', '»', null],
      ['unopened-quote', '»', null],
    ]);
  });
});
