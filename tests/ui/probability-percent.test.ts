import { describe, expect, it } from 'vitest';
import { probabilityPercent } from '../../src/ui/components/probability-percent.ts';

describe('probabilityPercent', () => {
  it('rounds, but says 100 % only of a certainty and 0 % only of an impossibility', () => {
    expect(probabilityPercent(0.878)).toBe(88);
    expect(probabilityPercent(0.995)).toBe(99);
    expect(probabilityPercent(0.999)).toBe(99);
    expect(probabilityPercent(1)).toBe(100);
    expect(probabilityPercent(0.004)).toBe(1);
    expect(probabilityPercent(0)).toBe(0);
  });
});
