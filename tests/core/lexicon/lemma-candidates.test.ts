/**
 * Inflected words reach their lexicon entry through their base form: the shipped English–French
 * lexicon lists base forms only, so verb forms and adverbs found nothing before.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/cli/load-lexicons.ts';
import { cognateKey } from '../../../src/core/lexicon/cognate-key.ts';
import { lemmaCandidates } from '../../../src/core/lexicon/lemma-candidates.ts';
import { invertLexicon, parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon, lookUpKeys } from '../../../src/core/lexicon/translation-keys.ts';

describe('lemmaCandidates', () => {
  it.each([
    ['indique', 'indiquer'], // indiqué, folded
    ['indiquees', 'indiquer'],
    ['commencent', 'commencer'],
    ['pouvait', 'pouvoir'],
    ['finissaient', 'finir'],
    ['augmentera', 'augmenter'],
    ['atteint', 'atteindre'],
    ['reduit', 'reduire'],
    ['vendu', 'vendre'],
    ['permet', 'permettre'],
    ['remis', 'remettre'],
    ['soutiennent', 'soutenir'],
    ['souffert', 'souffrir'],
    ['concu', 'concevoir'],
    ['clairement', 'clair'],
    ['uniquement', 'unique'],
    ['fait', 'faire'],
    // Future and conditional.
    ['perdront', 'perdre'],
    ['dira', 'dire'],
    ['parlerez', 'parler'],
    ['finirions', 'finir'],
    ['deviendront', 'devenir'],
    ['tiendrait', 'tenir'],
    ['recevront', 'recevoir'],
    ['verront', 'voir'],
    ['satisferait', 'satisfaire'],
    ['serons', 'etre'],
    ['auriez', 'avoir'],
    ['irons', 'aller'],
    ['pourrions', 'pouvoir'],
    ['devraient', 'devoir'],
    ['voudras', 'vouloir'],
    ['saurai', 'savoir'],
    ['faudrait', 'falloir'],
  ])('French %s may come from %s', (word, lemma) => {
    expect(lemmaCandidates(word, 'fr')).toContain(lemma);
  });

  it.each([
    ['increased', 'increase'],
    ['started', 'start'],
    ['planned', 'plan'],
    ['stopping', 'stop'],
    ['carried', 'carry'],
    ['clearly', 'clear'],
    ['fell', 'fall'],
    ['brought', 'bring'],
    ['largest', 'large'],
    ['biggest', 'big'],
  ])('English %s may come from %s', (word, lemma) => {
    expect(lemmaCandidates(word, 'en')).toContain(lemma);
  });

  it('keeps a stem of three letters and proposes nothing for other languages', () => {
    expect(lemmaCandidates('mes', 'fr')).not.toContain('mer');
    expect(lemmaCandidates('ees', 'fr')).toEqual([]);
    expect(lemmaCandidates('gemacht', 'de')).toEqual([]);
  });
});

describe('lookUpKeys through base forms', () => {
  const frEn = parseLexicon('indiquer\tindicate\naugmenter\tincrease\ntomber\tfall\n', 'fr', 'en');

  it('finds a French verb form by its infinitive and an English one by its base form', () => {
    expect(lookUpKeys(keyLexicon(frEn), 'indique', true)).toEqual([cognateKey('indicate')]);
    expect(lookUpKeys(keyLexicon(frEn), 'augmentaient', true)).toEqual([cognateKey('increase')]);
    const enFr = keyLexicon(invertLexicon(frEn));
    expect(lookUpKeys(enFr, 'increased', true)).toEqual([cognateKey('augmenter')]);
    expect(lookUpKeys(enFr, 'fell', true)).toEqual([cognateKey('tomber')]);
  });

  it('prefers the entry of the word itself', () => {
    const lexicon = parseLexicon('indique\tclue\nindiquer\tindicate\n', 'fr', 'en');
    expect(lookUpKeys(keyLexicon(lexicon), 'indique', true)).toEqual([cognateKey('clue')]);
  });

  it('on the shipped lexicon, reaches frequent verb forms FreeDict lists only as infinitives, only when asked', () => {
    const shipped = keyLexicon(loadLexicon('fr', 'en')!);
    for (const form of ['souligne', 'commence', 'pouvait', 'refuse', 'atteint']) {
      expect(lookUpKeys(shipped, form), form).toBeUndefined();
      expect(lookUpKeys(shipped, form, true), form).toBeDefined();
    }
  });
});
