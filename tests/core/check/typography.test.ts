import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { brief, check } from './helpers.ts';

const fixAll = (text: string, profile: string) =>
  applyEdits(
    text,
    check(text, 'typography', { profile }).flatMap((f) => f.fix ?? []),
  );

describe('typography rule', () => {
  it('sets fr-FR spaces: thin before ; ! ?, no-break before : and inside « »', () => {
    const text = 'Il a dit: «oui»; vraiment? Non !';
    expect(fixAll(text, 'fr-FR')).toBe('Il a dit\u00a0: «\u202foui\u202f»\u202f; vraiment\u202f? Non\u202f!');
  });

  it('wants the space before » after a question or exclamation mark too', () => {
    expect(fixAll('« Quoi\u202f?»', 'fr-FR')).toBe('«\u202fQuoi\u202f?\u202f»');
  });

  it('tells missing, breaking and doubled spaces apart', () => {
    const rules = check('a: b ; c \u00a0! d\u202f?', 'typography', { profile: 'fr-FR' }).map((f) => f.rule);
    expect(rules).toEqual(['missing-space', 'breaking-space', 'doubled-space']);
  });

  it('follows fr-CA (no space needed before ; ! ?) and en (no space at all)', () => {
    expect(brief(check('Oui; non! Quoi?', 'typography', { profile: 'fr-CA' }))).toEqual([]);
    expect(fixAll('Yes ; no ! What ?', 'en')).toBe('Yes; no! What?');
  });

  it('puts a no-break space between a number and % in French, and leaves English and other % alone', () => {
    const text = 'En baisse de 2,5% puis de 0,8 % et de 1\u00a0%. Code %20.';
    expect(check(text, 'typography', { profile: 'fr-FR' }).map((f) => [f.rule, f.params.mark])).toEqual([
      ['missing-space', '%'],
      ['breaking-space', '%'],
    ]);
    expect(fixAll(text, 'fr-FR')).toBe(
      'En baisse de 2,5\u00a0% puis de 0,8\u00a0% et de 1\u00a0%. Code %20.',
    );
    expect(check('Shares fell 2.5% and 3 %.', 'typography', { lang: 'en', profile: 'en' })).toEqual([]);
    // A doubled space there is this rule's finding alone, not the spacing rule's too.
    expect(check('Soit 3  %.', 'typography', { profile: 'fr-FR' }).map((f) => f.rule)).toEqual([
      'doubled-space',
    ]);
    expect(check('Soit 3  %.', 'spacing')).toEqual([]);
  });

  it('leaves times, URLs, emoticons and ?! runs alone', () => {
    expect(
      check('À 10:30, voir https://x.com/a?b=c :-) Quoi\u202f?!', 'typography', { profile: 'fr-FR' }),
    ).toEqual([]);
  });
});
