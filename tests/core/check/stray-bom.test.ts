/**
 * A byte-order mark inside the text (files joined with `cat`, each with its BOM) is an
 * encoding finding whose fix deletes it: invisible, it split words and went unreported.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { check } from './helpers.ts';

describe('stray byte-order marks', () => {
  it('reports each U+FEFF inside the text, and its fix deletes it', () => {
    const text = 'Le président a dit.\n\ufeffCe fut un \ufeffété où le soleil brillait.';
    const findings = check(text, 'encoding').filter((f) => f.rule === 'stray-bom');
    expect(findings.map((f) => [f.span[0], f.severity, f.actual, f.expected])).toEqual([
      [20, 'warning', '\ufeff', ''],
      [31, 'warning', '\ufeff', ''],
    ]);
    const fixed = applyEdits(
      text,
      findings.flatMap((f) => f.fix ?? []),
    );
    expect(fixed).toBe('Le président a dit.\nCe fut un été où le soleil brillait.');
  });

  it('leaves text without one alone', () => {
    expect(check('Ce fut un été où le soleil brillait.', 'encoding')).toEqual([]);
  });
});
