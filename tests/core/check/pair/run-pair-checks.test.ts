import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/check/run-checks.ts';
import type { Bead } from '../../../../src/core/model/alignment.ts';
import { lexiconOf, makePair } from './make-pair.ts';

describe('runChecks with a source', () => {
  it('runs the pair rules registered in the registry', () => {
    const ctx = makePair(
      ['The company paid 2,000 dollars to Palantir.', 'The library was actually closed.'],
      ['L’entreprise a payé 3 000 dollars à Palantir.', 'La librairie était actuellement fermée.'],
    );
    const findings = runChecks(ctx.target, {
      pair: { source: ctx.source, alignment: ctx.alignment },
      categories: ['numbers', 'names', 'mistranslation', 'omission', 'addition', 'consistency'],
    });
    expect(findings.map((f) => [f.rule, f.actual])).toEqual([
      ['number-mismatch', '3 000'],
      ['false-friend', 'librairie'],
      ['false-friend', 'actuellement'],
    ]);
  });

  it('runs no pair rule without a source', () => {
    const ctx = makePair(['He paid 2 dollars.'], ['Il a payé 3 dollars.']);
    expect(runChecks(ctx.target, { categories: ['numbers'] })).toEqual([]);
  });
});

describe('runChecks: a dropped sentence and its numbers', () => {
  const en = [
    'The council met on Monday.',
    'It will hire 300 teachers by 2025 for the schools.',
    'Teachers welcomed the decision warmly.',
  ];
  const lexicon = lexiconOf([
    ['council', 'conseil'],
    ['hire', 'embaucher'],
    ['teachers', 'enseignants'],
    ['schools', 'écoles'],
    ['welcomed', 'salué'],
    ['decision', 'décision'],
  ]);
  const run = (fr: readonly string[], beads: readonly Bead[]) => {
    const ctx = makePair(en, fr, { beads, lexicon });
    return runChecks(ctx.target, {
      pair: {
        source: ctx.source,
        alignment: ctx.alignment,
        ...(ctx.lexicon ? { lexicon: ctx.lexicon } : {}),
      },
      categories: ['numbers', 'omission'],
    });
  };

  it('reports the omission alone, not one missing number per number the sentence held', () => {
    const findings = run(
      ['Le conseil s’est réuni lundi.', 'Les enseignants ont salué chaleureusement la décision.'],
      [
        { src: [0, 1], tgt: [0], confidence: 1 },
        { src: [2], tgt: [1], confidence: 1 },
      ],
    );
    expect(findings.map((f) => [f.rule, f.params.issue])).toEqual([['omission', 'sentence']]);
  });

  it('still reports a number missing from a sentence otherwise rendered', () => {
    const findings = run(
      [
        'Le conseil s’est réuni lundi.',
        'Il va embaucher 300 enseignants pour les écoles.',
        'Les enseignants ont salué chaleureusement la décision.',
      ],
      [
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1], tgt: [1], confidence: 1 },
        { src: [2], tgt: [2], confidence: 1 },
      ],
    );
    expect(findings.map((f) => [f.rule, f.params.issue, f.params.source])).toEqual([
      ['number-mismatch', 'missing', '2025'],
    ]);
  });
});
