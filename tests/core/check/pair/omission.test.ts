import { describe, expect, it } from 'vitest';
import { checkAdditions } from '../../../../src/core/check/rules/addition.ts';
import { checkOmissions } from '../../../../src/core/check/rules/omission.ts';
import { checkUntranslatedCopies } from '../../../../src/core/check/rules/omission-untranslated.ts';
import { mergeLexicons } from '../../../../src/core/lexicon/lexicon.ts';
import { lexiconOf, makePair } from './make-pair.ts';

const EN = [
  'The council met on Monday.',
  'It approved the new budget for schools.',
  'Teachers welcomed the decision warmly.',
  'The mayor promised more money next year.',
];
const FR = [
  'Le conseil s’est réuni lundi.',
  'Il a approuvé le nouveau budget des écoles.',
  'Les enseignants ont salué chaleureusement la décision.',
  'Le maire a promis plus d’argent l’an prochain.',
];
const lexicon = lexiconOf([
  ['council', 'conseil'],
  ['approved', 'approuvé'],
  ['budget', 'budget'],
  ['schools', 'écoles'],
  ['teachers', 'enseignants'],
  ['welcomed', 'salué'],
  ['decision', 'décision'],
  ['mayor', 'maire'],
  ['promised', 'promis'],
  ['money', 'argent'],
]);

describe('checkOmissions', () => {
  it('flags a source sentence left unpaired between paired beads, at the gap', () => {
    const ctx = makePair(EN, [FR[0]!, FR[2]!, FR[3]!], {
      beads: [
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1], tgt: [], confidence: 1 },
        { src: [2], tgt: [1], confidence: 1 },
        { src: [3], tgt: [2], confidence: 1 },
      ],
      lexicon,
    });
    const [f, ...rest] = checkOmissions(ctx);
    expect(rest).toEqual([]);
    expect(f?.expected).toBe(EN[1]);
    expect(f?.params.issue).toBe('unpaired');
    expect(f?.span).toEqual([FR[0]!.length, FR[0]!.length]);
  });

  it('does not flag unpaired material before the translation starts (site furniture)', () => {
    const ctx = makePair(
      [
        'Log in to comment on this story.',
        'Share on social networks now.',
        'Sign up for our newsletter.',
        ...EN,
      ],
      FR,
      {
        beads: [
          { src: [0], tgt: [], confidence: 1 },
          { src: [1], tgt: [], confidence: 1 },
          { src: [2], tgt: [], confidence: 1 },
          ...FR.map((_, i) => ({ src: [i + 3], tgt: [i], confidence: 1 })),
        ],
        lexicon,
      },
    );
    expect(checkOmissions(ctx)).toEqual([]);
  });

  describe('in partly parallel texts (a report rendering a few passages of another)', () => {
    // Two passages of the English are rendered, three sentences of its own writing between them.
    const en = [
      EN[0]!,
      'Critics staged a protest outside.',
      'Police closed the street for hours.',
      'Shops lost trade all day.',
      EN[1]!,
      EN[2]!,
      EN[3]!,
    ];
    const passage = (gap: readonly number[]) => [
      { src: [0], tgt: [0], confidence: 0.9 },
      ...gap.map((i) => ({ src: [i], tgt: [], confidence: 0.9 })),
      { src: [4], tgt: [1], confidence: 0.9 },
    ];

    it('does not take the original’s own writing between two rendered passages for omissions', () => {
      const ctx = makePair(en, [FR[0]!, FR[1]!], {
        beads: [
          ...passage([1, 2, 3]),
          { src: [5], tgt: [], confidence: 0.9 },
          { src: [6], tgt: [], confidence: 0.9 },
        ],
        lexicon,
        parallelism: 0.2,
      });
      expect(checkOmissions(ctx)).toEqual([]);
      // The same beads between translations: every one is an omission.
      const translation = makePair(en, [FR[0]!, FR[1]!], {
        beads: ctx.alignment.beads,
        lexicon,
        parallelism: 0.9,
      });
      expect(checkOmissions(translation).map((f) => f.expected)).toEqual([en[1], en[2], en[3], en[5], en[6]]);
    });

    it('still flags a short lapse inside a rendered passage', () => {
      const ctx = makePair(en.slice(0, 2).concat(en.slice(4)), FR.slice(0, 2), {
        beads: [
          { src: [0], tgt: [0], confidence: 0.9 },
          { src: [1], tgt: [], confidence: 0.9 },
          { src: [2], tgt: [1], confidence: 0.9 },
          { src: [3], tgt: [], confidence: 0.9 },
          { src: [4], tgt: [], confidence: 0.9 },
        ],
        lexicon,
        parallelism: 0.3,
      });
      expect(checkOmissions(ctx).map((f) => f.expected)).toEqual([en[1]]);
    });

    it('does not take the translation’s own writing for additions', () => {
      const fr = [
        FR[0]!,
        'Des manifestants se sont rassemblés devant la mairie.',
        'La rue a été fermée pendant des heures.',
        'Les commerçants ont perdu une journée.',
        FR[1]!,
      ];
      const beads = [
        { src: [0], tgt: [0], confidence: 0.9 },
        { src: [], tgt: [1], confidence: 0.9 },
        { src: [], tgt: [2], confidence: 0.9 },
        { src: [], tgt: [3], confidence: 0.9 },
        { src: [1], tgt: [4], confidence: 0.9 },
        { src: [2], tgt: [], confidence: 0.9 },
        { src: [3], tgt: [], confidence: 0.9 },
      ];
      expect(checkAdditions(makePair(EN, fr, { beads, lexicon, parallelism: 0.1 }))).toEqual([]);
      expect(checkAdditions(makePair(EN, fr, { beads, lexicon, parallelism: 1 })).length).toBe(3);
    });
  });

  it('finds the sentence a many-to-one bead does not translate', () => {
    const ctx = makePair(EN, [FR[0]!, FR[2]!, FR[3]!], {
      beads: [
        { src: [0, 1], tgt: [0], confidence: 1 },
        { src: [2], tgt: [1], confidence: 1 },
        { src: [3], tgt: [2], confidence: 1 },
      ],
      lexicon,
    });
    const findings = checkOmissions(ctx);
    expect(findings.map((f) => [f.params.issue, f.expected])).toEqual([['sentence', EN[1]]]);
  });

  it('stays silent on a faithful translation', () => {
    expect(checkOmissions(makePair(EN, FR, { lexicon }))).toEqual([]);
  });

  // A short sentence merged into a 2-1 bead barely moves its length: its lack of counterparts
  // decides, with the length fitting the other sentence alone better than both.
  const withShort = [...EN.slice(0, 3), 'Parents were delighted.', ...EN.slice(3)];
  const shortLexicon = lexiconOf([
    ['parents', 'parents'],
    ['delighted', 'ravis'],
  ]);
  const merged = (fr: readonly string[]) =>
    makePair(withShort, fr, {
      beads: [
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1], tgt: [1], confidence: 1 },
        { src: [2, 3], tgt: [2], confidence: 1 },
        { src: [4], tgt: [3], confidence: 1 },
      ],
      lexicon: mergeLexicons(lexicon, shortLexicon),
    });

  it('finds a short sentence (two content words) a many-to-one bead leaves out', () => {
    const findings = checkOmissions(merged(FR));
    expect(findings.map((f) => [f.params.issue, f.expected])).toEqual([
      ['sentence', 'Parents were delighted.'],
    ]);
  });

  it('leaves a many-to-one bead alone when its translation covers every sentence', () => {
    const fr = [
      ...FR.slice(0, 2),
      'Les enseignants ont salué chaleureusement la décision et les parents étaient ravis.',
      FR[3]!,
    ];
    expect(checkOmissions(merged(fr))).toEqual([]);
  });
});

describe('checkAdditions', () => {
  it('flags a translated sentence with no source between paired beads', () => {
    const added = 'Cette décision a été vivement critiquée par l’opposition municipale.';
    const ctx = makePair(EN, [FR[0]!, FR[1]!, added, FR[2]!, FR[3]!], {
      beads: [
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1], tgt: [1], confidence: 1 },
        { src: [], tgt: [2], confidence: 1 },
        { src: [2], tgt: [3], confidence: 1 },
        { src: [3], tgt: [4], confidence: 1 },
      ],
      lexicon,
    });
    expect(checkAdditions(ctx).map((f) => f.actual)).toEqual([added]);
  });

  it('stays silent on a faithful translation', () => {
    expect(checkAdditions(makePair(EN, FR, { lexicon }))).toEqual([]);
  });
});

describe('checkUntranslatedCopies', () => {
  it('flags a sentence left in English', () => {
    const ctx = makePair(EN, [FR[0]!, EN[1]!, FR[2]!, FR[3]!]);
    expect(checkUntranslatedCopies(ctx).map((f) => f.actual)).toEqual([EN[1]]);
  });

  it('does not flag a translation that keeps names, titles and numbers', () => {
    const ctx = makePair(
      [
        'Barack Obama, President of the United States, in Washington, 2012.',
        'Read "The Beauty and the Sorrow" now.',
      ],
      [
        'Barack Obama, président des États-Unis, à Washington, 2012.',
        'Lisez « The Beauty and the Sorrow » maintenant.',
      ],
    );
    expect(checkUntranslatedCopies(ctx)).toEqual([]);
  });
});
