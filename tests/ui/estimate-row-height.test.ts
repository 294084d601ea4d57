import { describe, expect, it } from 'vitest';
import type { AlignedRow } from '../../src/state/derive-rows.ts';
import { estimateRowHeight } from '../../src/ui/features/pair/aligned-table.tsx';

const row = (src: number[], tgt: number[]): AlignedRow => {
  let at = 0;
  const refs = (lengths: number[]) =>
    lengths.map((n, index) => {
      const ref = { index, start: at, end: at + n };
      at += n + 1;
      return ref;
    });
  return { index: 0, bead: { src: [], tgt: [], confidence: 1 }, src: refs(src), tgt: refs(tgt) };
};

describe('row height estimate', () => {
  it('grows with the longer side, a line at a time, and shrinks as the table widens', () => {
    const short = estimateRowHeight(row([40], [45]), 1100);
    const long = estimateRowHeight(row([40], [900]), 1100);
    expect(long).toBeGreaterThan(short * 5);
    expect(estimateRowHeight(row([900], [40]), 1100)).toBe(long);
    expect(estimateRowHeight(row([900], [40]), 1800)).toBeLessThan(long);
  });

  it('counts each segment of a side on lines of its own, with the rule between them', () => {
    expect(estimateRowHeight(row([30, 30], [30]), 1100)).toBeGreaterThan(
      2 * estimateRowHeight(row([30], [30]), 1100) - 20,
    );
  });

  it('gives an unpaired side one line', () => {
    expect(estimateRowHeight(row([], [20]), 1100)).toBe(estimateRowHeight(row([20], []), 1100));
  });
});
