import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/segment/split-paragraphs.ts';
import { splitSentences } from '../../../src/core/segment/split-sentences.ts';

const sample = (name: string): string =>
  readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url), 'utf8');
const SAMPLES: [string, string][] = [
  ['000_5ce1033decd27cb8.txt', 'fr'],
  ['001_ec0fa46e45b6f4ef.txt', 'fr'],
  ['002_c9d7d274814d5f96.txt', 'fr'],
  ['003_9be7f01c49a02bb1.txt', 'en'],
  ['004_bd4a0573e9b7c7ee.txt', 'en'],
];
/** The sentences of line `n` (1-based) of a sample file. */
const sampleLine = (name: string, n: number, lang: string): string[] => {
  const text = sample(name);
  const p = splitParagraphs(text).find((x) => x.line === n)!;
  return splitSentences(text, p.start, p.end, lang).map(([a, b]) => text.slice(a, b));
};

const split = (text: string, lang: string): string[] =>
  splitSentences(text, 0, text.length, lang).map(([a, b]) => text.slice(a, b));

describe('splitSentences', () => {
  it('does not break after French titles M., MM., Mme', () => {
    expect(split('M. Dupont est venu. Mme Durand aussi. MM. Martin et Roy sont partis.', 'fr')).toEqual([
      'M. Dupont est venu.',
      'Mme Durand aussi.',
      'MM. Martin et Roy sont partis.',
    ]);
  });

  it('does not break after Mr., Mrs., Dr., St. before a name', () => {
    expect(split('Mr. Smith met Dr. Jones at St. Paul. Mrs. Brown left.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones at St. Paul.',
      'Mrs. Brown left.',
    ]);
  });

  it('keeps initials with the name they abbreviate', () => {
    expect(split('The climber G. O. Dyhrenfurth led it. He came back.', 'en')).toEqual([
      'The climber G. O. Dyhrenfurth led it.',
      'He came back.',
    ]);
  });

  it('keeps U.S. inside a sentence but ends a sentence on it before a sentence starter', () => {
    expect(split('The U.S. Department of State said so. He lives in the U.S. He said so.', 'en')).toEqual([
      'The U.S. Department of State said so.',
      'He lives in the U.S.',
      'He said so.',
    ]);
  });

  it('keeps a closing guillemet with the sentence it closes', () => {
    expect(split('Il dit : « Nous refusons. » Les employés ont signé.', 'fr')).toEqual([
      'Il dit : « Nous refusons. »',
      'Les employés ont signé.',
    ]);
  });

  it('keeps a closing ” or " with the sentence it closes', () => {
    expect(split('He wrote: “We refuse. ” Then he left. She said "No. " Then she left.', 'en')).toEqual([
      'He wrote: “We refuse. ”',
      'Then he left.',
      'She said "No. "',
      'Then she left.',
    ]);
  });

  it('does not break before a lower-case continuation after ! or ?', () => {
    expect(split('« Non ! » a-t-il dit. "Help!" she cried.', 'fr')).toEqual([
      '« Non ! » a-t-il dit.',
      '"Help!" she cried.',
    ]);
  });

  it('keeps ellipses, decimal numbers and page numbers inside sentences', () => {
    expect(
      split('Il a dit... que non. Le taux est de 4.5 %. Voir p. 12 du rapport. Fin (...) du texte.', 'fr'),
    ).toEqual([
      'Il a dit... que non.',
      'Le taux est de 4.5 %.',
      'Voir p. 12 du rapport.',
      'Fin (...) du texte.',
    ]);
  });

  it('ends a sentence at an ellipsis before a capital, but not inside brackets or before a number', () => {
    expect(
      split('Il hésite… Puis il part. Ils ont dit […] Nous refusons. Une loi de... 1987 le prévoit.', 'fr'),
    ).toEqual([
      'Il hésite…',
      'Puis il part.',
      'Ils ont dit […] Nous refusons.',
      'Une loi de... 1987 le prévoit.',
    ]);
  });

  it('gives back only the closing one of two straight quotes', () => {
    expect(split('Il a dit : "Les progrès sont réels. " " Le chômage a baissé. "', 'fr')).toEqual([
      'Il a dit : "Les progrès sont réels. "',
      '" Le chômage a baissé. "',
    ]);
  });

  it('keeps military ranks with the name', () => {
    expect(split('At Fort Meade, Maj. Ashden Fein said so. Lt. Col. Smith agreed.', 'en')).toEqual([
      'At Fort Meade, Maj. Ashden Fein said so.',
      'Lt. Col. Smith agreed.',
    ]);
  });

  it('keeps German closing quotes (« and “) with the sentence they close', () => {
    expect(split('Er sagte: »Nein. « Dann ging er. Sie rief: „Halt! “ Niemand hörte.', 'de')).toEqual([
      'Er sagte: »Nein. «',
      'Dann ging er.',
      'Sie rief: „Halt! “',
      'Niemand hörte.',
    ]);
  });

  it('handles German abbreviations and ordinals', () => {
    expect(
      split('Das war z. B. am 3. Oktober im 19. Jahrhundert. Die Zahl stieg auf 25. Dann fiel sie.', 'de'),
    ).toEqual([
      'Das war z. B. am 3. Oktober im 19. Jahrhundert.',
      'Die Zahl stieg auf 25.',
      'Dann fiel sie.',
    ]);
  });

  it('does not take the end of a word for an abbreviation', () => {
    expect(
      split("It goes back to the 1880s. They owned it. Some firms it doesn't. The rest do.", 'en'),
    ).toEqual(['It goes back to the 1880s.', 'They owned it.', "Some firms it doesn't.", 'The rest do.']);
  });

  it('ends a sentence before one that starts with a number, but not after an abbreviation', () => {
    expect(
      split(
        'Ils étaient 40 en 2010. 19 % des obèses avaient des amis. Voir p. 12. Le texte, art. 5 et n. 3, est clair.',
        'fr',
      ),
    ).toEqual([
      'Ils étaient 40 en 2010.',
      '19 % des obèses avaient des amis.',
      'Voir p. 12.',
      'Le texte, art. 5 et n. 3, est clair.',
    ]);
    expect(
      split('Some 710 million shares changed hands. 719 shares rose. The federation (est. 1951) grew.', 'en'),
    ).toEqual([
      'Some 710 million shares changed hands.',
      '719 shares rose.',
      'The federation (est. 1951) grew.',
    ]);
  });

  it('joins a piece without letters or digits to a neighbouring sentence', () => {
    expect(split('Then he left. Tom Petty sang "Free Fallin." "', 'en')).toEqual([
      'Then he left.',
      'Tom Petty sang "Free Fallin." "',
    ]);
    expect(split('-- ! Il part.', 'fr')).toEqual(['-- ! Il part.']);
  });

  it('falls back to the root rules for an invalid language tag', () => {
    expect(split('Il part. Elle reste.', 'not a tag!')).toEqual(['Il part.', 'Elle reste.']);
  });

  it('splits after ? and ! with French no-break spaces before them', () => {
    expect(
      split('Vous avez apprécié cet article\u00a0? Likez-nous sur Facebook\u202f! Merci.', 'fr'),
    ).toEqual(['Vous avez apprécié cet article\u00a0?', 'Likez-nous sur Facebook\u202f!', 'Merci.']);
  });

  it('starts a sentence at a list number after a colon', () => {
    expect(split('They asked for two things: 1. Stop selling it. 2. Cut the ties.', 'en')).toEqual([
      'They asked for two things:',
      '1. Stop selling it.',
      '2. Cut the ties.',
    ]);
  });

  it('keeps a list number with the item it numbers', () => {
    expect(split('1. Vom Kangchendzönga ist nichts Neues zu melden. 2. Der Makalu.', 'de')).toEqual([
      '1. Vom Kangchendzönga ist nichts Neues zu melden.',
      '2. Der Makalu.',
    ]);
  });

  it('splits a missing space after a period only between two clear sentences', () => {
    expect(split('It was how.Our team won. See www.Example.Com and info@issmi.fr now.', 'en')).toEqual([
      'It was how.',
      'Our team won.',
      'See www.Example.Com and info@issmi.fr now.',
    ]);
  });

  it('splits hard-wrapped paragraphs across their line breaks', () => {
    const text = 'The first sentence runs\nover two lines. The second\nsentence too.';
    expect(split(text, 'en')).toEqual([
      'The first sentence runs\nover two lines.',
      'The second\nsentence too.',
    ]);
  });

  it('returns offsets into the whole text for a paragraph range', () => {
    const text = 'Header\n  One. Two.  \nFooter';
    const spans = splitSentences(text, 9, 18, 'en');
    expect(spans).toEqual([
      [9, 13],
      [14, 18],
    ]);
  });

  it('splits a very long paragraph in chunks with the same result as short ones', () => {
    const unit = 'Le PDG a répondu. M. Dupont a dit « non ». ';
    const text = unit.repeat(2000);
    const spans = splitSentences(text, 0, text.length, 'fr');
    expect(spans).toHaveLength(4000);
    expect(text.slice(spans[3999]![0], spans[3999]![1])).toBe('M. Dupont a dit « non ».');
  });

  it('splits the sample case where a reader would', () => {
    expect(sampleLine('004_bd4a0573e9b7c7ee.txt', 12, 'en')).toEqual([
      '“Along with much of the world we watched in horror recently as U.S. authorities tore children away from their parents,” they continued.',
      expect.stringMatching(
        /^“In the face of this immoral U\.S\. policy, and the U\.S\.’s increasingly .* ICE and DHS\.”$/,
      ),
    ]);
    expect(sampleLine('004_bd4a0573e9b7c7ee.txt', 16, 'en')).toHaveLength(6);
    expect(sampleLine('003_9be7f01c49a02bb1.txt', 6, 'en')).toEqual([
      'By Ken Hanly \u00a0 \u00a0 Jun 22, 2018 in Business',
    ]);
    const french = sampleLine('000_5ce1033decd27cb8.txt', 4, 'fr');
    expect(french).toHaveLength(3);
    expect(french[2]).toMatch(/^Cette semaine.*déportations»\.$/);
  });

  it('gives back each sentence of the sample case when it is split again (stable)', () => {
    for (const [name, lang] of SAMPLES) {
      const text = sample(name);
      for (const p of splitParagraphs(text)) {
        for (const [a, b] of splitSentences(text, p.start, p.end, lang)) {
          expect(splitSentences(text, a, b, lang), text.slice(a, b)).toEqual([[a, b]]);
        }
      }
    }
  });

  it('yields ordered, trimmed, non-overlapping spans covering every non-space character', () => {
    const words = fc.constantFrom(
      'M.',
      'Il',
      'dit',
      '»',
      '«',
      '.',
      '!',
      'U.S.',
      'p.',
      '12',
      'how.Our',
      '...',
      '"',
      '\n',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 60 }).map((a) => a.join(' ')),
        fc.constantFrom('en', 'fr', 'de'),
        (text, lang) => {
          const spans = splitSentences(text, 0, text.length, lang);
          let prev = 0;
          const covered = new Array<boolean>(text.length).fill(false);
          for (const [a, b] of spans) {
            expect(a).toBeGreaterThanOrEqual(prev);
            expect(b).toBeGreaterThan(a);
            expect(/\s/.test(text[a]!)).toBe(false);
            expect(/\s/.test(text[b - 1]!)).toBe(false);
            for (let i = a; i < b; i++) covered[i] = true;
            prev = b;
          }
          for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(true);
          // Stable: splitting a sentence again gives the sentence back.
          for (const [a, b] of spans)
            expect(splitSentences(text, a, b, lang).length).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
