import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/check/run-checks.ts';
import { makePair } from './make-pair.ts';

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
