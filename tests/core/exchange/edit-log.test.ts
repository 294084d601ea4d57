import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayEditLog } from '../../../src/core/exchange/edit-log.ts';
import type { CaseEdit } from '../../../src/core/model/case-file.ts';

const at = '2026-01-01T00:00:00.000Z';
const fix = (start: number, end: number, text: string, rule = 'r'): CaseEdit => ({
  start,
  end,
  text,
  origin: 'fix',
  rule,
  at,
});
const manual = (start: number, end: number, text: string): CaseEdit => ({
  start,
  end,
  text,
  origin: 'manual',
  at,
});

describe('replayEditLog', () => {
  it('applies edits one after another and locates each fix in the final text', () => {
    const log = replayEditLog('Un «œ test » ici.', [
      fix(3, 6, '«\u00a0', 'mojibake'),
      manual(0, 2, 'Le'),
      manual(12, 15, 'là'),
    ]);
    expect(log.text).toBe('Le «\u00a0test » là.');
    expect(log.fixes).toEqual([{ rule: 'mojibake', before: '«œ ', after: '«\u00a0', start: 3, end: 5 }]);
  });

  it('shifts a fix when text is inserted before it, narrows it when overwritten', () => {
    const log = replayEditLog('abc def', [fix(4, 7, 'DEF'), manual(0, 0, '>> '), manual(7, 9, 'x')]);
    expect(log.text).toBe('>> abc xF');
    expect(log.fixes[0]).toMatchObject({ start: 8, end: 9 });
  });

  it('maps current offsets back to the original, so reports can show the original passage', () => {
    const original = 'one two three';
    const log = replayEditLog(original, [manual(4, 7, 'TWO!'), manual(0, 0, '# ')]);
    expect(log.text).toBe('# one TWO! three');
    expect(log.originalTextSlice(2, 10)).toBe('one two');
    expect(log.originalTextSlice(11, 16)).toBe('three');
    expect(log.toOriginal(7, 'start')).toBe(4);
    expect(log.toOriginal(7, 'end')).toBe(7);
  });

  it('refuses an edit outside its text', () => {
    expect(() => replayEditLog('abc', [manual(2, 5, 'x')])).toThrow(RangeError);
  });

  it('names the changed stretches: outside them the text is the original, and offsets map as step by step', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat(5),
      text: fc.constantFrom('', 'x', 'yz', '\u00a0', 'abc '),
      fix: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(edit, { maxLength: 10 }), (original, raw) => {
        const edits: CaseEdit[] = [];
        const steps: { start: number; oldEnd: number; newEnd: number }[] = [];
        let text = original;
        for (const e of raw) {
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.length);
          edits.push(e.fix ? fix(start, end, e.text) : manual(start, end, e.text));
          steps.push({ start, oldEnd: end, newEnd: start + e.text.length });
          text = text.slice(0, start) + e.text + text.slice(end);
        }
        const log = replayEditLog(original, edits);
        expect(log.text).toBe(text);
        // Between the changed stretches, the text is the original's, in order.
        let from = 0;
        let fromOriginal = 0;
        for (const c of [
          ...log.changes,
          { start: text.length, end: text.length, originalStart: original.length, originalEnd: 0 },
        ]) {
          expect(c.start).toBeGreaterThanOrEqual(from);
          expect(text.slice(from, c.start)).toBe(original.slice(fromOriginal, c.originalStart));
          from = c.end;
          fromOriginal = c.originalEnd;
        }
        // Every offset maps back as walking back through the steps one by one does.
        const stepByStep = (pos: number, bias: 'start' | 'end') => {
          let p = pos;
          for (const s of [...steps].reverse()) {
            if (p <= s.start) continue;
            p = p >= s.newEnd ? p + s.oldEnd - s.newEnd : bias === 'start' ? s.start : s.oldEnd;
          }
          return p;
        };
        for (let p = 0; p <= text.length; p++) {
          expect(log.toOriginal(p, 'start')).toBe(stepByStep(p, 'start'));
          expect(log.toOriginal(p, 'end')).toBe(stepByStep(p, 'end'));
        }
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });

  it('gives the text of edits applied one by one, whether logged right to left, left to right or neither', () => {
    const original = 'Le mot : ici ; là ! '.repeat(50);
    const edits: CaseEdit[] = [];
    let text = original;
    const apply = (e: CaseEdit) => {
      edits.push(e);
      text = text.slice(0, e.start) + e.text + text.slice(e.end);
    };
    // A 'fix all' from the end backwards, then edits from the start forwards, then back and forth.
    for (let p = original.length - 2; p > 0; p -= 7) apply(fix(p, p + 1, p % 3 ? '\u00a0' : ''));
    for (let p = 0; p + 3 < text.length; p += 11) apply(manual(p, p + (p % 2), p % 5 ? 'ab' : ''));
    for (let k = 0; k < 60; k++) {
      const p = (k * 7919) % (text.length - 2);
      apply(k % 2 ? fix(p, p + 2, 'x') : manual(p, p, 'yz'));
    }
    const log = replayEditLog(original, edits);
    expect(log.text).toBe(text);
    expect(log.fixes).toHaveLength(edits.filter((e) => e.origin === 'fix').length);
  });
});
