import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizeText } from '../../../src/core/text/normalize-text.ts';

describe('normalizeText', () => {
  it('composes to NFC, unifies line endings and drops a BOM', () => {
    expect(normalizeText('\ufeffe\u0301te\u0301\r\nfin\rx')).toBe('été\nfin\nx');
  });
  it('collapses whitespace runs including no-break spaces', () => {
    expect(collapseWhitespace('  a\u00a0\u00a0b\n\tc ')).toBe('a b c');
  });
});
