/**
 * How scripts/build-wordlists.ts turns raw Debian word-list entries into data/wordlists lines:
 * the forms tokenizeWords will look up, one per lookup key, sorted by key.
 */
import { wordKey } from '../../src/core/lexicon/word-list.ts';

/** The forms a raw list entry contributes, as the tokenizer would see them. */
export function tokenForms(entry: string): string[] {
  const word = entry.normalize('NFC').trim().replace(/[’ʼ]/g, "'");
  if (word === '' || /'s$/i.test(word)) return [];
  return word.split("'").filter((part) => /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u.test(part));
}

/** Sorted, deduplicated list lines: one form per key, lower case preferred. */
export function listLines(entries: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    for (const form of tokenForms(entry)) {
      const key = wordKey(form);
      const known = byKey.get(key);
      // Prefer the lower-case form, else the smallest spelling (deterministic).
      if (known === undefined || form === key || (known !== key && form < known)) byKey.set(key, form);
    }
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as string);
}
