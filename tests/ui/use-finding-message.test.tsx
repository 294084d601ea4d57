// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.ts';
import { useFindingMessage } from '../../src/ui/components/use-finding-message.ts';
import { initI18n } from '../../src/ui/i18n/i18n.ts';

function untranslated(words: number, actual: string): Finding {
  return {
    rule: 'untranslated-words',
    category: 'untranslated',
    severity: 'warning',
    docId: 'd',
    span: [0, actual.length],
    actual,
    params: { lang: 'en', words },
  };
}

describe('finding messages', () => {
  it('words one garbled word in the singular and a run in the plural, in both languages', async () => {
    const i18n = await initI18n('en');
    const { result } = renderHook(() => useFindingMessage());
    expect(result.current(untranslated(1, 'supperititios'))).toBe(
      'A word left in the original language: “supperititios”',
    );
    expect(result.current(untranslated(3, 'the big one'))).toBe('3 words left in the original language');
    await i18n.changeLanguage('fr');
    const { result: fr } = renderHook(() => useFindingMessage());
    expect(fr.current(untranslated(1, 'supperititios'))).toBe(
      'Un mot resté dans la langue de l’original\u202f: «\u202fsupperititios\u202f»',
    );
    expect(fr.current(untranslated(3, 'the big one'))).toBe('3 mots restés dans la langue de l’original');
    await i18n.changeLanguage('en');
  });

  it('names a guillemet instead of quoting it in guillemets (« « »)', async () => {
    const i18n = await initI18n('en');
    await i18n.changeLanguage('fr');
    const space = (mark: string): Finding => ({
      rule: 'breaking-space',
      category: 'typography',
      severity: 'info',
      docId: 'd',
      span: [0, 1],
      actual: ' ',
      params: { mark, profile: 'fr-FR' },
    });
    const { result } = renderHook(() => useFindingMessage());
    expect(result.current(space('«'))).toBe('L’espace près du guillemet « devrait être insécable');
    expect(result.current(space(':'))).toBe('L’espace près de «\u00a0:\u00a0» devrait être insécable');
    await i18n.changeLanguage('en');
    const { result: en } = renderHook(() => useFindingMessage());
    expect(en.current(space('»'))).toBe('The space next to the guillemet » should be a no-break space');
  });
});
