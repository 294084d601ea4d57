import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/core/model/partition-point.ts';

describe('partitionPoint', () => {
  it('finds the lower and upper bounds of a value among duplicates', () => {
    const xs = [1, 3, 3, 3, 7];
    expect(partitionPoint(xs.length, (i) => xs[i]! < 3)).toBe(1);
    expect(partitionPoint(xs.length, (i) => xs[i]! <= 3)).toBe(4);
    expect(partitionPoint(xs.length, (i) => xs[i]! < 0)).toBe(0);
    expect(partitionPoint(xs.length, (i) => xs[i]! <= 9)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('searches only inside [start, end)', () => {
    const xs = [5, 1, 2, 3, 0];
    expect(partitionPoint(4, (i) => xs[i]! < 3, 1)).toBe(3);
    expect(partitionPoint(4, () => true, 1)).toBe(4);
    expect(partitionPoint(4, () => false, 1)).toBe(1);
  });

  it('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 })),
        fc.integer({ min: -25, max: 25 }),
        (raw, v) => {
          const xs = [...raw].sort((a, b) => a - b);
          const linear = xs.findIndex((x) => x >= v);
          expect(partitionPoint(xs.length, (i) => xs[i]! < v)).toBe(linear < 0 ? xs.length : linear);
        },
      ),
    );
  });
});
