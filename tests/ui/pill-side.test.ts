import { describe, expect, it } from 'vitest';
import { pillSide } from '../../src/ui/features/pair/pill-side.ts';

const view = { top: 100, bottom: 700 };
/** A mark one line (19px) high on line `line` (0-based) of a segment at `top`. */
const markOn = (top: number, line: number) => ({ top: top + line * 19, bottom: top + line * 19 + 19 });

describe('pillSide', () => {
  it('puts the pill in the gap nearer the mark: above for the first lines, below for the last', () => {
    const segment = { top: 200, bottom: 200 + 17 * 19 };
    expect(pillSide(markOn(200, 1), segment, view)).toBe('above');
    expect(pillSide(markOn(200, 7), segment, view)).toBe('above');
    expect(pillSide(markOn(200, 10), segment, view)).toBe('below');
    expect(pillSide(markOn(200, 16), segment, view)).toBe('below');
  });

  it('never in a gap scrolled out of view while the other is in it', () => {
    // The segment's top is under the header (scrolled past): below, though the mark is near the top.
    expect(pillSide(markOn(60, 4), { top: 60, bottom: 60 + 17 * 19 }, view)).toBe('below');
    // Its bottom is past the table's end: above, though the mark is near the bottom.
    expect(pillSide(markOn(600, 12), { top: 600, bottom: 600 + 17 * 19 }, view)).toBe('above');
  });
});
