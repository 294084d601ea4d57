import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.ts';
import {
  findingKey,
  matchesFindingKey,
  sortFindings,
  uniqueFindings,
  withoutKnownFindings,
} from '../../src/state/derive-rows.ts';

const finding = (
  start: number,
  end: number,
  rule: string,
  params: Finding['params'] = {},
  docId = 'fr',
): Finding => ({
  rule,
  category: 'typography',
  severity: 'warning',
  docId,
  span: [start, end],
  actual: 'x',
  params,
});

/** What the page did before: every finding keyed. */
const byKeys = (list: readonly Finding[]) => {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const LIST: Finding[] = [
  finding(0, 4, 'a'),
  finding(0, 4, 'b'),
  finding(0, 4, 'a'),
  finding(0, 4, 'a', { n: 1 }),
  finding(2, 3, 'a'),
  finding(5, 9, 'c', { n: 2 }),
  finding(5, 9, 'c', { n: 2 }, 'en'),
  finding(5, 9, 'c', { n: 2 }),
  finding(7, 7, 'd'),
  finding(12, 20, 'a'),
  finding(12, 20, 'a'),
];

describe('uniqueFindings', () => {
  it('keeps the first of each repeated finding, in order, as keying every finding does', () => {
    const sorted = sortFindings(LIST);
    expect(uniqueFindings(sorted)).toEqual(byKeys(sorted));
    expect(uniqueFindings(sorted)).toHaveLength(8);
  });

  it('keys every finding of a list not sorted by span (repeats need not be neighbours)', () => {
    const shuffled = [LIST[9]!, LIST[0]!, LIST[5]!, LIST[10]!, LIST[2]!, LIST[7]!, LIST[4]!];
    expect(uniqueFindings(shuffled)).toEqual(byKeys(shuffled));
    expect(uniqueFindings(shuffled)).toHaveLength(4);
  });
});

describe('withoutKnownFindings', () => {
  it('leaves out the findings a known list holds, by key, and keeps the rest in order', () => {
    const known = [LIST[0]!, LIST[5]!, LIST[9]!];
    const keys = new Set(known.map(findingKey));
    expect(withoutKnownFindings(LIST, known)).toEqual(LIST.filter((f) => !keys.has(findingKey(f))));
    expect(withoutKnownFindings(LIST, known)).toHaveLength(5);
  });
});

describe('matchesFindingKey', () => {
  it('tells a finding by its key as comparing keys does', () => {
    const list = [
      ...LIST,
      finding(1, 4, 'a'),
      finding(12, 2, 'a'),
      finding(1, 24, 'a'),
      finding(0, 4, 'a:0', {}, 'fr'),
      finding(0, 4, '0:4', {}, 'fr:a'),
      finding(0, 4, 'ab'),
      finding(0, 4, 'a', {}, 'f'),
    ];
    for (const f of list)
      for (const g of list) expect(matchesFindingKey(f, findingKey(g))).toBe(findingKey(f) === findingKey(g));
    expect(matchesFindingKey(LIST[0]!, '')).toBe(false);
  });
});
