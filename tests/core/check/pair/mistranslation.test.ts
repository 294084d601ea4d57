import { describe, expect, it } from 'vitest';
import { EN_FR_FALSE_FRIENDS } from '../../../../src/core/check/pair/false-friends.ts';
import { checkFalseFriends } from '../../../../src/core/check/rules/mistranslation.ts';
import { lexiconOf, makePair } from './make-pair.ts';

describe('the false-friend list', () => {
  it('holds about sixty entries or more, each with correct renderings', () => {
    expect(EN_FR_FALSE_FRIENDS.length).toBeGreaterThanOrEqual(60);
    for (const e of EN_FR_FALSE_FRIENDS) {
      expect(e.correct.length).toBeGreaterThan(0);
      expect(e.suggest.length).toBeGreaterThan(0);
      expect(e.en.test(e.key)).toBe(true);
    }
  });
});

describe('checkFalseFriends', () => {
  it('flags look-alikes used for the English word, with the right renderings', () => {
    const ctx = makePair(
      ['The library was actually closed.', 'They demanded a sensible plan.'],
      ['La librairie était actuellement fermée.', 'Ils ont demandé un plan sensible.'],
    );
    const findings = checkFalseFriends(ctx);
    expect(findings.map((f) => f.actual)).toEqual(['librairie', 'actuellement', 'demandé', 'sensible']);
    expect(findings[0]?.expected).toContain('bibliothèque');
    expect(findings[0]?.params.gloss).toBe('librairie = bookshop');
  });

  it('leaves assumer where the English takes on a risk, a cost or a debt (assumes unacceptable risk)', () => {
    // WMT: `and assumes unacceptable risk in future combat operations` → `et risque assumé
    // inacceptable` was a possible false friend of assumes; assumer un risque is right.
    const none = (en: string, fr: string) => expect(checkFalseFriends(makePair([en], [fr]))).toEqual([]);
    none(
      'It assumes unacceptable risk in future operations.',
      'Elle assume un risque inacceptable dans les opérations futures.',
    );
    none('The state assumed the costs.', 'L’État a assumé les coûts.');
    none('The bank assumed the debt.', 'La banque a assumé la dette.');
    // Assume for suppose is still flagged.
    const suppose = makePair(['We assumed that he had left.'], ['Nous avons assumé qu’il était parti.']);
    expect(checkFalseFriends(suppose).map((f) => f.actual)).toEqual(['assumé']);
  });

  it('leaves a name the translation keeps as written (Worcester College)', () => {
    // WMT: `my place at Worcester College` → `à Worcester College` was a false friend of college.
    const ctx = makePair(
      ['I took up my place at Worcester College to read history.'],
      ['Je me suis installée à Worcester College pour étudier l’histoire.'],
    );
    expect(checkFalseFriends(ctx)).toEqual([]);
    // The electoral college is the collège électoral (WMT: `votes needed in the electoral college`).
    const electoral = makePair(
      ['They hold 171 of the 270 votes needed in the electoral college.'],
      ['Ils détiennent 171 des 270 votes nécessaires au collège électoral.'],
    );
    expect(checkFalseFriends(electoral)).toEqual([]);
    // The common noun is still flagged.
    const noun = makePair(['She went to college.'], ['Elle est allée au collège.']);
    expect(checkFalseFriends(noun).map((f) => f.actual)).toEqual(['collège']);
  });

  it('stays silent when a right rendering is there too, or the word is the noun', () => {
    const ctx = makePair(
      ['The library was actually closed.', 'Demand for oil rose sharply.', 'Staff will attend the meeting.'],
      [
        'La bibliothèque était en fait fermée ; elle est actuellement en travaux.',
        'La demande de pétrole a fortement augmenté.',
        'Le personnel assistera à la réunion, sans attendre.',
      ],
    );
    expect(checkFalseFriends(ctx)).toEqual([]);
  });

  it('stays silent when the lexicon finds a better counterpart', () => {
    const lexicon = lexiconOf([['eventually', 'enfin']]);
    const ctx = makePair(['He eventually left.'], ['Il est enfin parti, éventuellement à pied.'], {
      lexicon,
    });
    expect(checkFalseFriends(ctx)).toEqual([]);
  });
});
