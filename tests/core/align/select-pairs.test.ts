/**
 * The local mode's chain of pairs (selectPairs): weighed by z times the pass-1 confidence, a
 * rendered pair with real evidence is not pushed out by a crossing chain of same-story pairs
 * whose z adds up to more.
 */
import { describe, expect, it } from 'vitest';
import { expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import type { PairScores } from '../../../src/core/align/score-pairs.ts';
import { createKeySpace, extractFeatures } from '../../../src/core/align/segment-features.ts';
import { selectPairs } from '../../../src/core/align/select-pairs.ts';

describe('selectPairs', () => {
  // Source 0 is rendered by target 3 (the same words); the three pairs (1, 0), (2, 1), (3, 2)
  // share nothing but are given scores that make each a mutual best match in a diagonal run,
  // crossing (0, 3), with more total z.
  const space = createKeySpace();
  const src = extractFeatures(
    [
      'Stop selling surveillance software to police forces now',
      'alpha beta gamma',
      'delta epsilon zeta',
      'eta theta iota',
    ],
    space,
  );
  const tgt = extractFeatures(
    [
      'kappa lambda mu',
      'nu xi omicron',
      'pi rho sigma',
      'Stop selling surveillance software to police forces now',
    ],
    space,
  );
  const keys = { src: expandSourceKeys(src, space, []), tgt: expandSourceKeys(tgt, space, []) };
  const values = new Float64Array(16);
  values[0 * 4 + 3] = 6;
  values[1 * 4 + 0] = 5;
  values[2 * 4 + 1] = 5;
  values[3 * 4 + 2] = 5;
  const mean = values.reduce((a, b) => a + b, 0) / 16;
  const sd = Math.sqrt(values.reduce((a, b) => a + b * b, 0) / 16 - mean * mean);
  const scored: PairScores = { n: 4, m: 4, scores: values, mean, sd, keys, keyCount: space.ids.size };
  const found = (options: Parameters<typeof selectPairs>[3]) =>
    selectPairs(scored, src, tgt, options).map((p) => `${p.i}:${p.j}`);

  it('keeps the pair with evidence over a heavier crossing chain of pairs without any', () => {
    expect(found({})).toEqual(['0:3']);
  });

  it('chose the crossing chain when weighed by z alone', () => {
    expect(found({ byConfidence: false })).toEqual(['1:0', '2:1', '3:2']);
  });
});
