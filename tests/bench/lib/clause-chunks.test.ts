/**
 * The quotes benchmark's clause splitter: a dropped clause runs from a comma to the next clause
 * mark, and never cuts inside a number or after an abbreviation.
 */
import { describe, expect, it } from 'vitest';
import { clauseChunks, isClauseMark } from './clause-chunks.ts';

const bodies = (s: string) => clauseChunks(s).map(([a, b]) => s.slice(a, b));

describe('clauseChunks', () => {
  it('splits at commas and ends at the next clause mark', () => {
    expect(bodies('Le projet, lancé en mai, a échoué; il reprendra, dit-on.')).toEqual([
      ', lancé en mai',
      ', a échoué',
      ', dit-on',
    ]);
  });

  it('never cuts inside a number (decimal comma or period, thousands separator, score)', () => {
    expect(bodies('Le déficit, qui atteint près de 12,5 milliards, inquiète.')).toEqual([
      ', qui atteint près de 12,5 milliards',
      ', inquiète',
    ]);
    expect(bodies('Selon Facebook, 10,000 comptes ont été fermés, dit-il.')).toEqual([
      ', 10,000 comptes ont été fermés',
      ', dit-il',
    ]);
    expect(bodies('La croissance, de 1.5 % en 2012, ralentit.')).toEqual([
      ', de 1.5 % en 2012',
      ', ralentit',
    ]);
    expect(bodies('Il y a, selon eux, 3 000 emplois.')).toEqual([', selon eux', ', 3 000 emplois']);
    expect(bodies('Après le 0:3 à Istanbul, les Turcs ont fait 0:0.')).toEqual([', les Turcs ont fait 0:0']);
  });

  it('never cuts after an abbreviation or an initial', () => {
    expect(bodies('Hier, M. Dupont a rencontré le Dr. Jones à Paris.')).toEqual([
      ', M. Dupont a rencontré le Dr. Jones à Paris',
    ]);
    expect(bodies('Les U.S. Marines, venus de J. F. Kennedy, sont partis.')).toEqual([
      ', venus de J. F. Kennedy',
      ', sont partis',
    ]);
    expect(bodies('En 52 av. J.-C., César, dit-on, vainquit.')).toEqual([
      ', César',
      ', dit-on',
      ', vainquit',
    ]);
    expect(bodies('Le site, Amazon.com, progresse.')).toEqual([', Amazon.com', ', progresse']);
  });

  it('keeps sentence periods, commas after digits and the final period as marks', () => {
    expect(bodies('En 2012, le prix a monté. Ensuite, il a baissé.')).toEqual([
      ', le prix a monté',
      ', il a baissé',
    ]);
    expect(isClauseMark('en 2012, le', 7)).toBe(true);
    expect(isClauseMark('12,5', 2)).toBe(false);
    expect(isClauseMark('vitamine C.', 10)).toBe(true);
  });
});
