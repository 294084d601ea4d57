import { describe, expect, it } from 'vitest';
import { CASE_FILE_ERROR_MESSAGES, CATEGORIES, EXCHANGE_ERROR_MESSAGES } from '../../src/core/index.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { fr } from '../../src/ui/i18n/fr.ts';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

describe('interface strings', () => {
  const enKeys = flatten(en);
  const frKeys = flatten(fr);

  it('has the same keys in English and French, none empty', () => {
    expect([...frKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, value] of [...enKeys, ...frKeys]) expect(value.trim(), key).not.toBe('');
  });

  it('tells a line of a file from a row of the table in French, where both are lignes', () => {
    // The Changes and Quotes panels give the line in the file (15 for the 8th paragraph of a text
    // with blank lines between paragraphs); the table's rows are `ligne 8`.
    for (const key of ['changes.line', 'quotes.line', 'quotes.source'])
      expect(frKeys.get(key), key).toMatch(/ligne \{\{line\}\} du fichier/);
  });

  it('names and explains every finding category', () => {
    for (const c of CATEGORIES) {
      expect(enKeys.has(`category.${c}`)).toBe(true);
      expect(enKeys.has(`categoryHelp.${c}`)).toBe(true);
    }
  });

  it('words every import error code of core in both languages, with its parameters', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const codes = [
      ...Object.entries(EXCHANGE_ERROR_MESSAGES).map(([code, english]) => [`exchangeError.${code}`, english]),
      ...Object.entries(CASE_FILE_ERROR_MESSAGES).map(([code, english]) => [
        `caseFileError.${code}`,
        english,
      ]),
    ];
    expect(codes.length).toBeGreaterThan(100);
    for (const [key, english] of codes as [string, string][]) {
      for (const messages of [enKeys, frKeys]) {
        expect(messages.has(key), key).toBe(true);
        expect(placeholders(messages.get(key) ?? ''), key).toEqual(placeholders(english));
      }
    }
    // And no message for a code core does not have.
    const known = new Set(codes.map(([key]) => key));
    for (const key of frKeys.keys())
      if (/^(exchangeError|caseFileError)\./.test(key)) expect(known.has(key), key).toBe(true);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of enKeys)
      expect(placeholders(frKeys.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('uses French typography (no-break spaces before : ; ! ? and inside guillemets)', () => {
    for (const [key, value] of frKeys) {
      expect(value, key).not.toMatch(/ [:;!?]|« | »/);
    }
  });
});
