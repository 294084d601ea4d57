import { describe, expect, it } from 'vitest';
import { loadWordList } from '../../../src/cli/load-lexicons.ts';
import { brief, check, wordSet } from './helpers.ts';

const fr = wordSet('directement permet à la de le les voiture est rouge sales force vision en forcement');

describe('spacing rule', () => {
  it('finds doubled spaces, a missing space after a full stop or comma, and NBSP word spaces', () => {
    expect(brief(check('and how.Our company  works,fine for\u00a0them.', 'spacing', { lang: 'en' }))).toEqual(
      [
        ['missing-space-after', '.', '. '],
        ['double-space', '  ', ' '],
        ['missing-space-after', ',', ', '],
        ['nbsp-word-space', '\u00a0', ' '],
      ],
    );
  });

  it('finds a space before a full stop or a comma, and its fix deletes the space alone', () => {
    const text = 'a précisé le ministre . En Belgique , un garçon  , dit-il.';
    const found = check(text, 'spacing');
    expect(brief(found)).toEqual([
      ['space-before-mark', ' .', '.'],
      ['space-before-mark', ' ,', ','],
      ['space-before-mark', '  ,', ','],
    ]);
    expect(found[0]!.fix).toEqual([{ start: 21, end: 22, text: '' }]);
  });

  it('leaves an ellipsis, a domain, a decimal and an indented line with a space before the mark alone', () => {
    expect(
      check('Il hésita ... puis partit. Voir le site .com et ,5 de plus.\n  . liste', 'spacing'),
    ).toEqual([]);
    // A spaced ellipsis (Chicago's `. . .`).
    expect(check('He paused . . . then left.', 'spacing', { lang: 'en' })).toEqual([]);
  });

  it('leaves domains, decimals, abbreviations and number NBSPs alone', () => {
    expect(check('Voir Guineemail.com, 4,5 %, 2\u00a0000 euros, M.\u00a0Dupont, U.S.A.', 'spacing')).toEqual(
      [],
    );
  });
});

describe('glued-words rule', () => {
  it('splits an unknown word into a name of the document and a known word', () => {
    const found = check('Palantir agit. Palantirdirectement permet la voiture.', 'spacing', {
      words: { fr },
    });
    expect(brief(found)).toEqual([['glued-words', 'Palantirdirectement', 'Palantir directement']]);
    expect(found[0]!.fix).toEqual([{ start: 23, end: 23, text: ' ' }]);
  });

  it('splits lower-case words, but not brands, sentence-start words or repeated names', () => {
    expect(brief(check('La voiturerouge est là.', 'spacing', { words: { fr } }))).toEqual([
      ['glued-words', 'voiturerouge', 'voiture rouge'],
    ]);
    expect(check('Salesforce et Enforcement, Invision.', 'spacing', { words: { fr } })).toEqual([]);
    expect(check('Le Rougevoiture et Rougevoiture.', 'spacing', { words: { fr } })).toEqual([]);
    // A misspelt word that splits into a word and a scrap (`rouge` + `ée`) is not two words.
    expect(check('La rougeée est là.', 'spacing', { words: { fr: wordSet('la rouge ée est là') } })).toEqual(
      [],
    );
  });

  it('leaves a misspelt word to spelling when a known word is its accents or one letter away', () => {
    const full = loadWordList('fr')!;
    // troisème → troisième (not `trois ème`), desintéressée → désintéressée (not `des
    // intéressée`), desaccord → désaccord (not `des accord`): the export would apply the split.
    const text = 'Au troisème trimestre, une aide desintéressée et un desaccord dela part du ministère.';
    expect(brief(check(text, 'spacing', { words: { fr: full } }))).toEqual([
      ['glued-words', 'dela', 'de la'],
    ]);
    expect(
      check(text, 'spelling', { words: { fr: full } })
        .map((f) => f.actual)
        .filter((w) => w !== 'dela'),
    ).toEqual(['troisème', 'desintéressée', 'desaccord']);
  });

  it('leaves plurals, adverbs, prefixed compounds and names the list lacks whole', () => {
    const full = loadWordList('fr')!;
    // All from WMT news: the splits were offered as fixes, and applied by the clean export.
    const text =
      'Des limonades, les eurosceptiques de la eurozone, optiquement le surpoids. ' +
      'George Colony de la firme Forrester. Les Landsberger de Friedenau et les Friedenauer.';
    expect(check(text, 'spacing', { words: { fr: full } })).toEqual([]);
    // Glued function words are still found, at a sentence's start too.
    expect(brief(check('Lesdéputés ont voté surla loi.', 'spacing', { words: { fr: full } }))).toEqual([
      ['glued-words', 'Lesdéputés', 'Les députés'],
      ['glued-words', 'surla', 'sur la'],
    ]);
  });

  it('does nothing without a word list', () => {
    expect(check('Palantir agit. Palantirdirectement permet.', 'spacing')).toEqual([]);
  });
});
