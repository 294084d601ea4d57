import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, EditError, mapOffset, offsetMapper } from '../../../src/core/model/apply-edits.ts';
import type { TextEdit } from '../../../src/core/model/document.ts';

describe('applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    const text = '«œ Il a dit ‘‘non’’';
    const edits: TextEdit[] = [
      { start: 17, end: 19, text: ' »' },
      { start: 0, end: 2, text: '«' },
      { start: 12, end: 14, text: '« ' },
    ];
    expect(applyEdits(text, edits)).toBe('« Il a dit « non »');
  });

  it('keeps insertions at the same offset in the order given', () => {
    expect(
      applyEdits('ab', [
        { start: 1, end: 1, text: 'X' },
        { start: 1, end: 1, text: 'Y' },
      ]),
    ).toBe('aXYb');
  });

  it('accepts touching edits and rejects overlapping ones', () => {
    expect(
      applyEdits('abcdef', [
        { start: 0, end: 2, text: 'X' },
        { start: 2, end: 4, text: 'Y' },
      ]),
    ).toBe('XYef');
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, text: 'X' },
        { start: 2, end: 4, text: 'Y' },
      ]),
    ).toThrow(EditError);
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 4, text: 'X' },
        { start: 2, end: 2, text: 'Y' },
      ]),
    ).toThrow(/overlap/);
  });

  it('rejects edits outside the text or reversed', () => {
    expect(() => applyEdits('abc', [{ start: 2, end: 4, text: '' }])).toThrow(EditError);
    expect(() => applyEdits('abc', [{ start: 2, end: 1, text: '' }])).toThrow(EditError);
    expect(() => applyEdits('abc', [{ start: -1, end: 1, text: '' }])).toThrow(EditError);
    expect(() => applyEdits('abc', [{ start: 0.5, end: 1, text: '' }])).toThrow(EditError);
  });

  it('returns the text unchanged without edits', () => {
    expect(applyEdits('abc', [])).toBe('abc');
  });
});

/** Reference: walk the (sorted) edits one by one. */
function scanMap(edits: readonly TextEdit[], offset: number, assoc: 1 | -1): number {
  let delta = 0;
  for (const e of edits) {
    if (e.start > offset) break;
    if (e.start === offset && e.end === offset) {
      if (assoc === -1) return offset + delta;
      delta += e.text.length;
    } else if (e.end <= offset) {
      delta += e.text.length - (e.end - e.start);
    } else {
      return e.start === offset ? offset + delta : e.start + delta + (assoc === 1 ? e.text.length : 0);
    }
  }
  return offset + delta;
}

describe('mapOffset', () => {
  const edits: TextEdit[] = [
    { start: 2, end: 4, text: 'XYZ' }, // replace 2 chars by 3
    { start: 6, end: 6, text: '++' }, // insert 2
    { start: 8, end: 10, text: '' }, // delete 2
  ];

  it('shifts offsets before, between and after edits', () => {
    expect(mapOffset(edits, 0)).toBe(0);
    expect(mapOffset(edits, 2)).toBe(2); // start of a replacement
    expect(mapOffset(edits, 4)).toBe(5); // end of a replacement
    expect(mapOffset(edits, 5)).toBe(6);
    expect(mapOffset(edits, 7)).toBe(10);
    expect(mapOffset(edits, 10)).toBe(11);
    expect(mapOffset(edits, 12)).toBe(13);
  });

  it('maps offsets inside a replacement or at an insertion by association', () => {
    expect(mapOffset(edits, 3)).toBe(5);
    expect(mapOffset(edits, 3, -1)).toBe(2);
    expect(mapOffset(edits, 6)).toBe(9);
    expect(mapOffset(edits, 6, -1)).toBe(7);
    expect(mapOffset(edits, 9, -1)).toBe(11);
  });

  it('maps the unchanged characters to the same characters in the new text', () => {
    const editArb = fc
      .tuple(fc.nat(30), fc.nat(4), fc.string({ maxLength: 4 }))
      .map(([start, len, text]) => ({ start, end: start + len, text }));
    fc.assert(
      fc.property(
        fc.string({ minLength: 40, maxLength: 40 }),
        fc.array(editArb, { maxLength: 5 }),
        (text, raw) => {
          // Keep a non-overlapping subset, in sortEdits' order; touching edits and several
          // insertions at one offset are allowed.
          const edits: TextEdit[] = [];
          for (const e of [...raw].sort((a, b) => a.start - b.start || a.end - b.end)) {
            const last = edits[edits.length - 1];
            if (!last || e.start >= last.end) edits.push(e);
          }
          const out = applyEdits(text, edits);
          // Plain comparisons collected into one assertion (expect per offset is slow).
          const kept: [string | undefined, string | undefined][] = [];
          for (let i = 0; i < text.length; i++) {
            if (!edits.some((e) => e.start <= i && i < e.end)) kept.push([out[mapOffset(edits, i)], text[i]]);
          }
          expect(kept.filter(([a, b]) => a !== b)).toEqual([]);
          expect(mapOffset(edits, text.length)).toBe(out.length);
          // The binary-searching mapper agrees with a plain scan everywhere, both ways.
          const map = offsetMapper(edits);
          const disagree: number[] = [];
          for (let i = 0; i <= text.length; i++) {
            if (map(i) !== scanMap(edits, i, 1) || map(i, -1) !== scanMap(edits, i, -1)) disagree.push(i);
          }
          expect(disagree).toEqual([]);
        },
      ),
    );
  });
});
