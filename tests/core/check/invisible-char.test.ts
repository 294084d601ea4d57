/**
 * Invisible characters copied with a text from a web page or a word processor (zero-width space,
 * soft hyphen, word joiner, direction marks) are encoding findings whose fix deletes them: they
 * split words for search, spelling and translation memories, and nothing showed them.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { check } from './helpers.ts';

describe('invisible characters', () => {
  it('reports each run, names its characters, and its fix deletes it', () => {
    const text = 'La Com\u00admission euro\u200bpéenne a tranché.\n\u200e\u200fLe vote a eu lieu mardi.';
    const findings = check(text, 'encoding').filter((f) => f.rule === 'invisible-char');
    expect(findings.map((f) => [f.span[0], f.severity, f.params?.char])).toEqual([
      [6, 'warning', 'U+00AD'],
      [19, 'warning', 'U+200B'],
      [38, 'warning', 'U+200E U+200F'],
    ]);
    expect(
      applyEdits(
        text,
        findings.flatMap((f) => f.fix ?? []),
      ),
    ).toBe('La Commission européenne a tranché.\nLe vote a eu lieu mardi.');
  });

  it('leaves ordinary and no-break spaces alone', () => {
    expect(check('La Commission européenne a tranché\u00a0: le vote a eu lieu mardi.', 'encoding')).toEqual(
      [],
    );
  });
});
