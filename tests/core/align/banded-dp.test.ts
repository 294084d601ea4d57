import { describe, expect, it } from 'vitest';
import { diagonalBand } from '../../../src/core/align/band.ts';
import { runBandedDp } from '../../../src/core/align/banded-dp.ts';
import { BEAD_SHAPES } from '../../../src/core/align/bead-shapes.ts';

/** Brute-force minimum over all monotone bead sequences (tiny grids only). */
function bruteForce(
  n: number,
  m: number,
  cost: (i: number, j: number, a: number, b: number) => number,
): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === n && j === m) return 0;
    const key = `${i},${j}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let best = Number.POSITIVE_INFINITY;
    for (const { a, b } of BEAD_SHAPES) {
      if (i + a <= n && j + b <= m) best = Math.min(best, cost(i, j, a, b) + go(i + a, j + b));
    }
    memo.set(key, best);
    return best;
  };
  return go(0, 0);
}

describe('runBandedDp', () => {
  it('finds the cheapest path when the band covers the grid, with posteriors in [0, 1]', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const n = 5 + seed;
      const m = 4 + ((seed * 3) % 5);
      // A deterministic pseudo-random cost per bead.
      const cost = (i: number, j: number, a: number, b: number) =>
        ((i * 31 + j * 17 + a * 7 + b * 13 + seed * 101) % 23) / 4 + a + b;
      const path = await runBandedDp(diagonalBand(n, m, n + m), BEAD_SHAPES, cost);
      const total = path.reduce((sum, bead) => sum + bead.cost, 0);
      expect(total).toBeCloseTo(bruteForce(n, m, cost), 4);
      expect(path.at(-1)!.i + path.at(-1)!.a).toBe(n);
      expect(path.at(-1)!.j + path.at(-1)!.b).toBe(m);
      for (const bead of path) {
        expect(bead.posterior).toBeGreaterThan(0);
        expect(bead.posterior).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives posterior 1 to a bead every path must take', async () => {
    // Only 1-1 beads are affordable: the single path is the diagonal.
    const cost = (_i: number, _j: number, a: number, b: number) => (a === 1 && b === 1 ? 0 : 50);
    const path = await runBandedDp(diagonalBand(4, 4, 4), BEAD_SHAPES, cost);
    expect(path.map((b) => `${b.a}-${b.b}`)).toEqual(['1-1', '1-1', '1-1', '1-1']);
    for (const bead of path) expect(bead.posterior).toBeGreaterThan(0.99);
  });
});
