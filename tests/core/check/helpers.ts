import type { WordLookup } from '../../../src/core/check/check-rule.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import type { Category, Finding } from '../../../src/core/model/finding.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

/** A small word list for tests. */
export function wordSet(words: string): WordLookup {
  const set = new Set(words.split(/\s+/).filter(Boolean));
  return {
    has: (w) =>
      set.has(w.toLowerCase()) || (w.includes('-') && w.split('-').every((p) => set.has(p.toLowerCase()))),
  };
}

/** Run one category on a text and return [rule, actual, expected] triples. */
export function check(
  text: string,
  category: Category,
  options: { lang?: string; profile?: string; words?: Record<string, WordLookup> } = {},
): Finding[] {
  const doc = segmentDocument(text, { id: 't', name: 't', lang: options.lang ?? 'fr' });
  return runChecks(doc, {
    categories: [category],
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.words ? { words: options.words } : {}),
  });
}

export const brief = (fs: readonly Finding[]) => fs.map((f) => [f.rule, f.actual, f.expected ?? null]);
