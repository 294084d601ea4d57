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

  it("closes a guillemet with the makeshift '' that stands for its », with a fix", () => {
    // A garbled quotation `«œDes conséquences néfastes découleront'', a déclaré…` gave four
    // findings: « never closed, the œ, '' makeshift and '' with no opener, and no fix for ''.
    const text = "«œDes conséquences néfastes découleront de cette loi'', a déclaré Scott McIntyre.";
    const found = check(text, 'quotes');
    expect(found.map((f) => [f.rule, f.actual, f.expected])).toEqual([['makeshift-quote', "''", '»']]);
    expect(applyEdits(text, found[0]!.fix!)).toBe(
      '«œDes conséquences néfastes découleront de cette loi», a déclaré Scott McIntyre.',
    );
    // Other quotations on the line in straight marks change nothing.
    const mixed =
      '«œPersonne ne veut que la zone euro demeure instable\'\', a-t-il dit. "Nous avons des défis." "Ce n\'est pas un choix."';
    expect(check(mixed, 'quotes').map((f) => [f.rule, f.expected])).toEqual([
      ['makeshift-quote', '»'],
      ['straight-quote', '«\u202f…\u202f»'],
      ['straight-quote', '«\u202f…\u202f»'],
    ]);
    // The opener of a », likewise.
    const opener = check("Il a dit ''Nous partirons demain », selon l’agence.", 'quotes');
    expect(opener.map((f) => [f.rule, f.actual, f.expected])).toEqual([['makeshift-quote', "''", '«']]);
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

  it('takes a straight double quote typed for an elision apostrophe (l"économie) for one, with a fix', () => {
    // WMT: `permettrait d"éviter un effondrement … de l"économie mondiale` was a quotation
    // `"éviter … de l"` (its fix wrapped it in guillemets), `jusqu"à` a closing mark with no opener.
    const text =
      'Elle permettrait d"éviter un effondrement de l"économie. "L\'Asie est protégée jusqu"à un certain point", a-t-il dit.';
    const found = check(text, 'quotes');
    expect(found.map((f) => [f.rule, f.actual, f.expected, f.severity])).toEqual([
      ['quote-for-apostrophe', '"', "'", 'warning'],
      ['quote-for-apostrophe', '"', "'", 'warning'],
      ['straight-quote', '"L\'Asie est protégée jusqu"à un certain point"', '«\u202f…\u202f»', 'info'],
      ['quote-for-apostrophe', '"', "'", 'warning'],
    ]);
    expect(
      applyEdits(
        text,
        found.flatMap((f) => f.fix ?? []),
      ),
    ).toBe(
      "Elle permettrait d'éviter un effondrement de l'économie. «\u202fL'Asie est protégée jusqu'à un certain point\u202f», a-t-il dit.",
    );
    // The document's own apostrophe is the fix; a quotation opened after a space is left alone.
    const curly = check('L’Inde aide l"Europe et dit "oui".', 'quotes');
    expect(curly.map((f) => [f.rule, f.expected])).toEqual([
      ['quote-for-apostrophe', '’'],
      ['straight-quote', '«\u202f…\u202f»'],
    ]);
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
