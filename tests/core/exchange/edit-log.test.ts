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
});
