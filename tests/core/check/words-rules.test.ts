import { describe, expect, it } from 'vitest';
import { loadWordList } from '../../../src/cli/load-lexicons.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { brief, check, wordSet } from './helpers.ts';

const frSet = wordSet(
  'la voiture est rouge et le chat dort une lettre à bezos amazon partenaire de des gouvernement',
);
const fr = { has: frSet.has, suggest: (w: string) => (w === 'gouvernemnt' ? ['gouvernement'] : []) };
const en = wordSet('the company policy is not my job we never say that');

describe('spelling rule', () => {
  it('flags unknown lower-case words with suggestions, and skips names, numbers and URLs', () => {
    const found = check('La voiture du gouvernemnt dort. Jeff Bezos, 1er, www.exemple.fr, ICE.', 'spelling', {
      words: { fr },
    });
    expect(brief(found).filter(([, a]) => a === 'gouvernemnt')).toEqual([
      ['unknown-word', 'gouvernemnt', 'gouvernement'],
    ]);
    expect(found.map((f) => f.actual)).not.toContain('Bezos');
    expect(found.map((f) => f.actual)).not.toContain('exemple');
    expect(found.find((f) => f.actual === 'gouvernemnt')?.params.suggestions).toBe('gouvernement');
  });

  it('leaves words of the source language to the untranslated rule', () => {
    const found = check('La voiture policy est rouge.', 'spelling', { words: { fr, en } });
    expect(found.map((f) => f.actual)).toEqual([]);
  });
});

describe('spelling and glued words with the real French list', () => {
  it('knows the feminine job titles news French writes (la gouverneure, la professeure, l’autrice)', () => {
    // `gouverneure` was an unknown word and `gouverne ure` a glued pair.
    const text =
      'La gouverneure a reçu la professeure, l’autrice du rapport, la procureure et la cheffe de service. Les sénatrices et les ingénieures étaient là.';
    const words = { fr: loadWordList('fr')!, en: loadWordList('en')! };
    expect(brief(check(text, 'spelling', { words }))).toEqual([]);
  });
});

describe('spelling of news words the Debian lists lack', () => {
  it('knows eurozone, eurosceptiques, la pionnière, les politologues', () => {
    // WMT: `eurozone` was unknown in 12 English paragraphs, with the suggestion `Eurobond`.
    const words = { fr: loadWordList('fr')!, en: loadWordList('en')! };
    const en = 'The eurozone crisis worried eurosceptic voters and counterterrorism officials.';
    expect(brief(check(en, 'spelling', { words, lang: 'en', profile: 'en' }))).toEqual([]);
    const fr =
      'Les eurosceptiques, la pionnière du microcrédit et les politologues parlent de multiculturalisme et de surpoids.';
    expect(brief(check(fr, 'spelling', { words }))).toEqual([]);
  });
});

describe('spelling of the 1990 rectified French spelling', () => {
  it('knows a word whose only change is a dropped circumflex on i or u (apparait, reconnait, flute)', () => {
    // WMT: `il apparait`, `elle reconnait` were unknown words; the 1990 rectifications allow them.
    const words = { fr: loadWordList('fr')!, en: loadWordList('en')! };
    const text = 'Le problème apparait quand elle reconnait la flute et le cout du transport.';
    expect(brief(check(text, 'spelling', { words }))).toEqual([]);
    // A misspelling is still one.
    expect(brief(check('Le problème apparaitt.', 'spelling', { words })).map(([, a]) => a)).toEqual([
      'apparaitt',
    ]);
  });
});

describe('spelling of an English document', () => {
  it('does not read English words as unknown French when a line is taken for French', () => {
    // WMT: the headline `Papademos: Greece must implement a new adjustment plan` of an English
    // document (checked with French as the other language, as `check --lang en` does) was read as
    // French: `implement`, `new`, `adjustment` were unknown French words.
    const text =
      'Papademos: Greece must implement a new adjustment plan\nGreece needs a new programme of adjustment to rescue its economy, the prime minister said on Monday in parliament.';
    const doc = segmentDocument(text, { id: 't', name: 't', lang: 'en' });
    const words = { fr: loadWordList('fr')!, en: loadWordList('en')! };
    const found = runChecks(doc, { categories: ['spelling'], words, sourceLang: 'fr', profile: 'en' });
    expect(brief(found)).toEqual([]);
  });
});

describe('casing rule', () => {
  it('fixes odd capitals and a name written in lower case', () => {
    const text = 'Une lettre à JEff Bezos. Amazon dort. Amazon et le partenaire amazon.';
    expect(
      brief(check(text, 'casing', { words: { fr: wordSet('une lettre à dort et le partenaire') } })),
    ).toEqual([
      ['odd-capitals', 'JEff', 'Jeff'],
      ['lowercase-name', 'amazon', 'Amazon'],
    ]);
  });

  it('takes a word of another loaded language for a word, not a name in lower case', () => {
    // WMT: `the` of an English title, where `The` starts other titles; the fix gave `and The Sorrow`.
    const text =
      'Le nouveau livre de Peter Englund offre profondeur et générosité. Intitulé "The Beauty and the Sorrow" ' +
      '(La beauté et le chagrin), il débute par une longue liste de personnages. Le journal "The Times" en a ' +
      'parlé, comme la série télévisée "Triumph of the Nerds" le faisait pour les ordinateurs.';
    const words = { fr: loadWordList('fr')!, en: loadWordList('en')! };
    expect(check(text, 'casing', { words })).toEqual([]);
  });

  it('keeps plural acronyms and camel-case brands', () => {
    expect(check('Les CEOs, URLs et iPhone de eBay.', 'casing')).toEqual([]);
    // Product names with a consonant tail (`PCjr` would become `Pcjr` in the clean export).
    expect(check('L’ordinateur IBM PCjr et un débit de 10 MBps.', 'casing')).toEqual([]);
  });
});

describe('untranslated rule', () => {
  it('flags a sentence left in English in a French text', () => {
    const text =
      'La société a publié un communiqué hier soir. We will not let that happen again in our company. Le débat continue.';
    const found = check(text, 'untranslated');
    expect(brief(found)).toEqual([
      ['untranslated-sentence', 'We will not let that happen again in our company.', null],
    ]);
  });

  it('flags a run of English words inside a French sentence, with word lists', () => {
    const text = 'Ce que nous disons, never say that, est rouge.';
    const found = check(text, 'untranslated', {
      words: { fr: wordSet('ce que nous disons est rouge'), en },
    });
    expect(brief(found)).toEqual([['untranslated-words', 'never say that', null]]);
  });

  it('leaves French text and English site furniture alone', () => {
    expect(
      check('La voiture est rouge et le chat dort sur le canapé du salon.\nLEAVE A REPLY', 'untranslated'),
    ).toEqual([]);
  });
});
