import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/cli/finding-messages.ts';
import type { Finding } from '../../src/core/model/finding.ts';

const finding = (rule: string, params: Finding['params']): Finding =>
  ({
    docId: 'd',
    rule,
    category: 'untranslated',
    severity: 'error',
    span: [0, 10],
    actual: 'The featured guests at the dinner?',
    params,
  }) as unknown as Finding;

describe('findingMessage', () => {
  it('gives the share of a copied source sentence as a percentage', () => {
    // A whole English sentence left in the translation read 'copied untranslated (1 of its words)'.
    expect(findingMessage(finding('untranslated-copy', { share: 1, lang: 'en' }))).toBe(
      'Source text copied untranslated (100% of its words)',
    );
    expect(findingMessage(finding('untranslated-copy', { share: 0.83, lang: 'en' }))).toBe(
      'Source text copied untranslated (83% of its words)',
    );
  });
});
