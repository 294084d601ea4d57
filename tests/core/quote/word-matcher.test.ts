import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { alignPassage } from '../../../src/core/quote/align-passage.ts';
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';

const frEn = parseLexicon(
  'responsable\taccountable\nrépondre\tanswer\ntemps\ttime\nans\tyears\n',
  'fr',
  'en',
);
const matcher = new WordMatcher({ frEn });
const token = (word: string, lang: 'fr' | 'en') => passageTokens(word, [0, word.length], lang)[0]!;

describe('WordMatcher', () => {
  it('meets the forms of a verb in -ier that lose its i (oublions, oublie ~ forget), and keeps short ones apart', () => {
    const verbs = new WordMatcher({ frEn: parseLexicon('oublier\tforget\npapier\tpaper\n', 'fr', 'en') });
    for (const form of ['oublier', 'oublions', 'oublie', 'oubliez', 'oublient'])
      expect(verbs.match(token(form, 'fr'), token('forget', 'en'))?.by).toBe('lexicon');
    // `papier` would give `pap`, which `papa` has: a stem of three letters is not added.
    expect(verbs.match(token('papa', 'fr'), token('paper', 'en'))).toBeNull();
  });

  it('lets each content word of a French phrase render the one English word (fauteuil roulant ~ wheelchair)', () => {
    const enFr = parseLexicon('wheelchair\tfauteuil roulant\nhandbag\tsac à main\n', 'en', 'fr');
    const phrases = new WordMatcher({ enFr });
    expect(phrases.match(token('fauteuil', 'fr'), token('wheelchair', 'en'))?.by).toBe('lexicon');
    expect(phrases.match(token('roulant', 'fr'), token('wheelchair', 'en'))?.by).toBe('lexicon');
    expect(phrases.match(token('sac', 'fr'), token('handbag', 'en'))?.by).toBe('lexicon');
    // The function word of the phrase does not.
    expect(phrases.match(token('à', 'fr'), token('handbag', 'en'))).toBeNull();
  });

  it('links a rendering of several words only where the source holds the whole phrase (fauteuil ~ easy chair, not easy)', () => {
    const lexicon = parseLexicon(
      'fauteuil\teasy chair\nmondial\tworld cup\npresque\tin a way\npresque\talmost\narriver\tcome up\n',
      'fr',
      'en',
    );
    const phrasal = new WordMatcher({ frEn: lexicon });
    const tokens = (text: string, lang: 'fr' | 'en') => passageTokens(text, [0, text.length], lang);
    const linked = (fr: string, en: string) => {
      const f = tokens(fr, 'fr');
      const e = tokens(en, 'en');
      const a = alignPassage(f, e, phrasal);
      return a.links.filter((l) => !f[l.t]!.fn).map((l) => `${f[l.t]!.key}~${e[l.s]!.key}`);
    };
    // One word of an idiom or a compound is no evidence on its own…
    expect(phrasal.match(token('fauteuil', 'fr'), token('easy', 'en'))).toBeNull();
    expect(linked('un fauteuil', 'an easy answer')).toEqual([]);
    expect(linked('presque', 'a long way')).toEqual([]);
    // …the whole phrase is, linked at its head word.
    expect(linked('un fauteuil', 'an easy chair')).toEqual(['fauteuil~chair']);
    expect(linked('le Mondial de 1990', 'the 1990 World Cup')).toEqual(['mondial~cup', '1990~1990']);
    // A phrasal verb is its verb: `arriver` ~ came.
    expect(phrasal.match(token('arrivés', 'fr'), token('came', 'en'))?.by).toBe('lexicon');
  });

  it('links a French function word to its English rendering (lorsque ~ when, même ~ even, déjà ~ already)', () => {
    const lexicon = parseLexicon('lorsque\twhen\nmême\teven\nmême\tsame\ndéjà\talready\n', 'fr', 'en');
    const adverbs = new WordMatcher({ frEn: lexicon });
    for (const [fr, en] of [
      ['lorsque', 'when'],
      ['même', 'even'],
      ['même', 'same'],
      ['déjà', 'already'],
    ])
      expect(adverbs.match(token(fr!, 'fr'), token(en!, 'en'))?.by).toBe('lexicon');
  });

  it('meets a derived noun through its adjective on both sides (responsabilité ~ accountability)', () => {
    expect(matcher.match(token('responsabilité', 'fr'), token('accountability', 'en'))).toMatchObject({
      by: 'lexicon',
    });
    expect(matcher.match(token('responsabilité', 'fr'), token('answer', 'en'))).toBeNull();
  });

  it('matches a participle with its infinitive’s entry (répondu ~ answered)', () => {
    expect(matcher.match(token('répondu', 'fr'), token('answered', 'en'))?.by).toBe('lexicon');
  });

  it('matches a word with one part of a hyphenated compound, more weakly', () => {
    const part = matcher.match(token('temps', 'fr'), token('half-time', 'en'));
    expect(part?.by).toBe('lexicon');
    expect(part!.strength).toBeLessThan(matcher.match(token('temps', 'fr'), token('time', 'en'))!.strength);
    expect(matcher.match(token('ans', 'fr'), token('year-old', 'en'))?.by).toBe('lexicon');
  });

  it('meets an English month abbreviation with the French month (Oct. 14 ~ 14 octobre), with no lexicon', () => {
    const bare = new WordMatcher({});
    for (const [fr, en] of [
      ['octobre', 'Oct.'],
      ['septembre', 'Sept.'],
      ['décembre', 'Dec.'],
      ['février', 'Feb.'],
    ])
      expect(bare.match(token(fr!, 'fr'), token(en!, 'en'))?.by, `${fr} ~ ${en}`).toBe('lexicon');
    expect(bare.match(token('novembre', 'fr'), token('Oct.', 'en'))).toBeNull();
  });

  it('reads accented function words as function words (très, déjà, été)', () => {
    for (const word of ['très', 'déjà', 'été', 'où']) expect(token(word, 'fr').fn).toBe(true);
  });

  it('meets an English comparative or superlative through its adjective (large ~ broader, haut ~ highest)', () => {
    const graded = new WordMatcher({
      frEn: parseLexicon('large\tbroad\nhaut\thigh\nfacile\teasy\n', 'fr', 'en'),
    });
    expect(graded.match(token('largement', 'fr'), token('broader', 'en'))?.by).toBe('lexicon');
    expect(graded.match(token('haut', 'fr'), token('highest', 'en'))?.by).toBe('lexicon');
    expect(graded.match(token('facile', 'fr'), token('easier', 'en'))?.by).toBe('lexicon');
    // A word that merely ends in -er meets nothing through it.
    expect(graded.match(token('haut', 'fr'), token('hinder', 'en'))).toBeNull();
  });

  it('links a unit symbol with the word the other language writes (12 % ~ 12 percent, $ ~ dollars)', () => {
    const units = new WordMatcher({ frEn: parseLexicon('dollar\tdollar\n', 'fr', 'en') });
    const fr = passageTokens('12 % et 5 $', [0, 11], 'fr');
    const en = passageTokens('12 percent and 5 dollars', [0, 24], 'en');
    expect(units.match(fr[1]!, en[1]!)?.by).toBe('same');
    expect(units.match(fr[4]!, en[4]!)?.by).toBe('lexicon');
  });
});
