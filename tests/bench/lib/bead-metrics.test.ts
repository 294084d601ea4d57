import { describe, expect, it } from 'vitest';
import { parseBeads, scoreBeads } from './bead-metrics.ts';

describe('scoreBeads', () => {
  const gold = parseBeads('[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[2, 3]\n');

  it('scores an identical alignment 1 everywhere', () => {
    const s = scoreBeads([{ gold, test: gold }]);
    expect(s.strict).toEqual({ p: 1, r: 1, f1: 1 });
    expect(s.lax.f1).toBe(1);
  });

  it('counts a split bead as a strict miss but a lax hit', () => {
    const test = parseBeads('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2, 3]\n');
    const s = scoreBeads([{ gold, test }]);
    // precision: [0]:[0], [3]:[], [4]:[2,3] strict hits; [1]:[1] lax hit; [2]:[] miss → 3/5.
    expect(s.strict.p).toBeCloseTo(3 / 5);
    expect(s.lax.p).toBeCloseTo(4 / 5);
    // recall over gold beads non-empty on both sides: [0]:[0] and [4]:[2,3] of 3.
    expect(s.strict.r).toBeCloseTo(2 / 3);
    expect(s.lax.r).toBe(1);
  });

  it('pools counts over documents', () => {
    const wrong = parseBeads('[0, 1, 2]:[0, 1]\n[3, 4]:[2, 3]\n');
    const s = scoreBeads([
      { gold, test: gold },
      { gold, test: wrong },
    ]);
    expect(s.strict.p).toBeCloseTo(4 / 6);
  });

  it('parses bead lines with spaces and empty sides', () => {
    expect(parseBeads('[22, 23]:[17]\n[16, 17, 18]:[]\n')).toEqual([
      { src: [22, 23], tgt: [17] },
      { src: [16, 17, 18], tgt: [] },
    ]);
  });
});
