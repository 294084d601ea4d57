import { describe, expect, it } from 'vitest';
import { checkConsistency, checkConsistencyAcross } from '../../../../src/core/check/rules/consistency.ts';
import { makePair } from './make-pair.ts';

const SENTENCE = 'We refuse to contribute to tools that violate human rights.';

describe('checkConsistency', () => {
  it('flags the same source sentence translated differently in one document', () => {
    const ctx = makePair(
      [SENTENCE, 'The letter was signed by employees.', SENTENCE],
      [
        'Nous refusons de contribuer à des outils qui violent les droits humains.',
        'La lettre a été signée par des employés.',
        'Nous refusons de participer à des outils violant les droits de l’homme.',
      ],
    );
    const [f, ...rest] = checkConsistency(ctx);
    expect(rest).toEqual([]);
    expect(f?.actual).toBe('Nous refusons de participer à des outils violant les droits de l’homme.');
    expect(f?.expected).toBe('Nous refusons de contribuer à des outils qui violent les droits humains.');
  });

  it('ignores differences of typography and case alone', () => {
    const ctx = makePair(
      [SENTENCE, SENTENCE],
      [
        'Nous refusons de contribuer à des outils qui violent les droits de l’homme.',
        "nous refusons de contribuer à des outils qui violent les droits de l'homme",
      ],
    );
    expect(checkConsistency(ctx)).toEqual([]);
  });

  it('compares across the documents of a case, flagging the minority rendering', () => {
    const a = makePair(
      [SENTENCE],
      ['Nous refusons de contribuer à des outils qui violent les droits humains.'],
    );
    const b = makePair(
      [SENTENCE],
      ['Nous refusons de contribuer à des outils qui violent les droits humains.'],
    );
    const c = makePair([SENTENCE], ['Nous ne voulons pas aider des outils contraires aux droits humains.']);
    const findings = checkConsistencyAcross([a, b, c]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.actual).toBe('Nous ne voulons pas aider des outils contraires aux droits humains.');
  });

  it('does not take a wrong pairing with an unrelated, much longer passage for another translation', () => {
    const quote = '"We have never seen gusts like this in the last thirty years."';
    const right = makePair(
      [quote],
      ['« Nous n’avons jamais vu de telles rafales au cours des trente dernières années. »'],
    );
    // The same original aligned for a moment with an unrelated report (its translation picked after it).
    const wrong = makePair(
      [quote],
      [
        '« Comme nous l’avons dit à maintes reprises, les entreprises et les organisations gouvernementales doivent utiliser les technologies existantes et nouvelles de manière responsable et légale », a déclaré Amazon dans un communiqué à BuzzFeed News.',
      ],
      { parallelism: 0.14 },
    );
    expect(checkConsistencyAcross([wrong, right])).toEqual([]);
  });
});
