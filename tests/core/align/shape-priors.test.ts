import { describe, expect, it } from 'vitest';
import { PARALLEL_PARAMS, SHAPE_STRIDE, shapePriorCosts } from '../../../src/core/align/align-parallel.ts';
import type { PathBead } from '../../../src/core/align/banded-dp.ts';
import { WIDE_BEAD_SHAPES } from '../../../src/core/align/bead-shapes.ts';

/** A path of `n` beads, `deletions` of them 1-0, the rest 1-1. */
function path(n: number, deletions: number): PathBead[] {
  return Array.from({ length: n }, (_, k) => ({
    i: k,
    j: k,
    a: 1,
    b: k < deletions ? 0 : 1,
    cost: 0,
    posterior: 1,
  }));
}

const cost = (table: Float64Array, a: number, b: number) => table[a * SHAPE_STRIDE + b]!;
const prior = (a: number, b: number) => WIDE_BEAD_SHAPES.find((s) => s.a === a && s.b === b)!.prior;

describe('shapePriorCosts', () => {
  it('gives every shape its default prior without a path', () => {
    const table = shapePriorCosts();
    for (const s of WIDE_BEAD_SHAPES) expect(cost(table, s.a, s.b)).toBeCloseTo(-Math.log(s.prior), 9);
    expect(cost(table, 4, 4)).toBe(Number.POSITIVE_INFINITY);
  });

  it('re-estimates the deletion priors from a long path, smoothed and floored, and nothing else', () => {
    const n = 400;
    const { reestimateWeight: w, leastDeletionPrior: floor } = PARALLEL_PARAMS;
    const table = shapePriorCosts(path(n, 4));
    expect(cost(table, 1, 0)).toBeCloseTo(-Math.log((4 + w * prior(1, 0)) / (n + w)), 9);
    expect(cost(table, 0, 1)).toBeCloseTo(-Math.log(Math.max(floor, (w * prior(0, 1)) / (n + w))), 9);
    expect(cost(table, 1, 0)).toBeGreaterThan(-Math.log(prior(1, 0)));
    expect(cost(table, 1, 1)).toBeCloseTo(-Math.log(prior(1, 1)), 9);
    expect(cost(table, 2, 1)).toBeCloseTo(-Math.log(prior(2, 1)), 9);
  });

  it('keeps the defaults for a path too short to estimate from', () => {
    const table = shapePriorCosts(path(PARALLEL_PARAMS.reestimateFrom - 1, 0));
    expect(cost(table, 1, 0)).toBeCloseTo(-Math.log(prior(1, 0)), 9);
    expect(cost(table, 0, 1)).toBeCloseTo(-Math.log(prior(0, 1)), 9);
  });
});
