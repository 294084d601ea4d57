/**
 * Block evidence of the partial mode (block-support.ts): a confident pair lifts
 * its neighbours on the diagonal (one item skipped on either side allowed), a pair standing
 * alone gets none, and swapping the texts transposes the support.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockSupport } from '../../../src/core/align/block-support.ts';
import { localPairConfidence, ownFeatures } from '../../../src/core/align/local-pair-confidence.ts';
import { FEATURES } from '../../../src/core/align/score-local-pairs.ts';

describe('blockSupport', () => {
  it('gives a pair the pass-1 confidence of its neighbours before and after it on the diagonal', () => {
    const pairs = [
      { i: 2, j: 5 },
      { i: 3, j: 6 },
      { i: 5, j: 7 }, // one source item skipped after (3, 6)
      { i: 9, j: 1 }, // alone
    ];
    const base = [0.9, 0.2, 0.8, 0.95];
    const support = blockSupport(pairs, base);
    // (2, 5): only a successor, (3, 6) at 0.2.
    expect(support[0]).toEqual([0.2, 0]);
    // (3, 6): predecessor 0.9, successor (5, 7) via a skip, 0.8.
    expect(support[1]).toEqual([0.9, 0.8]);
    // (5, 7): predecessor (3, 6) via the skip.
    expect(support[2]).toEqual([0.2, 0]);
    // Alone, however confident itself.
    expect(support[3]).toEqual([0, 0]);
  });

  it('transposes when the texts are swapped', () => {
    const pair = fc.record({ i: fc.integer({ min: 0, max: 12 }), j: fc.integer({ min: 0, max: 12 }) });
    fc.assert(
      fc.property(fc.uniqueArray(pair, { selector: (p) => `${p.i}:${p.j}`, maxLength: 20 }), (pairs) => {
        const base = pairs.map((p) => ((p.i * 7 + p.j * 3) % 10) / 10);
        const forward = blockSupport(pairs, base);
        const swapped = blockSupport(
          pairs.map((p) => ({ i: p.j, j: p.i })),
          base,
        );
        expect(swapped).toEqual(forward);
      }),
    );
  });

  it('makes a pair with a confident neighbour on both sides more likely right than the same pair alone', () => {
    // A loosely rendered sentence: modest own evidence (z 3, coverage z 1.5 and 1, a fifth of
    // its weight met by words rare in the other text; lengths matching, so no containment
    // evidence beyond the coverage).
    const own = new Array<number>(FEATURES.shortness + 1).fill(0);
    own[FEATURES.z] = 3;
    own[FEATURES.leastCoverage] = 1.5;
    own[FEATURES.mostCoverage] = 1;
    own[FEATURES.lengthDiff] = 0.2;
    own[FEATURES.rareMatchShare] = 0.2;
    expect(ownFeatures(own)).toEqual([3, 1.5, 1, 0.2, 0, 0, 0, 0.2, 0]);
    const alone = localPairConfidence(own);
    const inBlock = [...own];
    inBlock[FEATURES.supportMax] = 0.99;
    inBlock[FEATURES.supportMin] = 0.95;
    expect(alone).toBeLessThan(0.5);
    expect(localPairConfidence(inBlock)).toBeGreaterThan(0.5);
  });
});
