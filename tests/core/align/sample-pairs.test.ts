import { describe, expect, it } from 'vitest';
import { forEachSampledPair } from '../../../src/core/align/sample-pairs.ts';

const sampled = (n: number, m: number, target: number) => {
  const out: string[] = [];
  forEachSampledPair(n, m, target, (i, j) => out.push(`${i}:${j}`));
  return out;
};

describe('forEachSampledPair', () => {
  it('visits every pair when there are few', () => {
    expect(sampled(3, 4, 20_000)).toHaveLength(12);
    expect(new Set(sampled(3, 4, 20_000)).size).toBe(12);
  });

  it('samples about the target, each pair once and in range', () => {
    const pairs = sampled(900, 700, 20_000);
    expect(pairs.length).toBeGreaterThan(15_000);
    expect(pairs.length).toBeLessThan(26_000);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const p of pairs) {
      const [i, j] = p.split(':').map(Number);
      expect(i! < 900 && j! < 700).toBe(true);
    }
  });

  it('samples the same pairs when the texts are swapped', () => {
    const forward = sampled(900, 700, 20_000);
    const swapped = sampled(700, 900, 20_000).map((p) => p.split(':').reverse().join(':'));
    expect(new Set(swapped)).toEqual(new Set(forward));
  });

  it('spreads the sample over rows and columns', () => {
    const rows = new Set(sampled(2_000, 2_000, 20_000).map((p) => p.split(':')[0]));
    expect(rows.size).toBeGreaterThan(1_800);
  });

  it('costs the sample, not every pair: 10^10 pairs are sampled at once', () => {
    let count = 0;
    forEachSampledPair(100_000, 100_000, 20_000, () => count++);
    expect(count).toBeGreaterThan(15_000);
    expect(count).toBeLessThan(26_000);
  });
});
