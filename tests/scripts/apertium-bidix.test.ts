import { describe, expect, it } from 'vitest';
import { bidixEntries, parseAtt } from '../../scripts/lib/apertium-bidix.ts';

/** AT&T lines (`from to in out weight`) for one word pair, sharing state 0. */
function path(first: number, left: string[], right: string[]): string[] {
  const n = Math.max(left.length, right.length);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? 0 : first + i - 1;
    lines.push(`${from}\t${first + i}\t${left[i] ?? '@0@'}\t${right[i] ?? '@0@'}\t0.000000`);
  }
  lines.push(`${first + n - 1}\t0.000000`);
  return lines;
}

describe('bidixEntries', () => {
  it('reads lemma and tags on both sides, epsilons and multiword blanks included', () => {
    const att = [
      ...path(1, ['v', 'e', 'n', 't', 'e', '<n>', '<f>'], ['v', 'e', 'n', 't', 'a', '<n>', '<f>']),
      ...path(
        100,
        ['p', 'r', 'e', 'n', 'd', 'r', 'e', '#', '@_SPACE_@', 'p', 'a', 'r', 't', '<vblex>'],
        ['P', 'a', 'r', 't', 'i', 'c', 'i', 'p', 'a', 'r', '<vblex>'],
      ),
    ].join('\n');
    expect(bidixEntries(att)).toEqual([
      { left: 'vente', leftTags: ['n', 'f'], right: 'venta', rightTags: ['n', 'f'] },
      { left: 'prendre part', leftTags: ['vblex'], right: 'participar', rightTags: ['vblex'] },
    ]);
  });

  it('skips looping (regular-expression) paths instead of enumerating them forever', () => {
    const att = [
      ...path(1, ['o', 'u', 'i', '<adv>'], ['s', 'í', '<adv>']),
      // A number pattern: state 50 loops on digits through 51.
      '0\t50\t1\t1\t0.000000',
      '50\t51\t2\t2\t0.000000',
      '51\t50\t3\t3\t0.000000',
      '51\t52\t<num>\t<num>\t0.000000',
      '52\t0.000000',
    ].join('\n');
    expect(bidixEntries(att).map((e) => `${e.left}:${e.right}`)).toEqual(['oui:sí']);
  });

  it('reads every section of a multi-section dump', () => {
    const att = [
      ...path(1, ['a', '<pr>'], ['a', '<pr>']),
      '--',
      ...path(1, ['d', 'e', '<pr>'], ['d', 'e', '<pr>']),
    ].join('\n');
    expect(parseAtt(att)).toHaveLength(2);
    expect(bidixEntries(att).map((e) => e.left)).toEqual(['a', 'de']);
  });
});
