/**
 * One passage, one finding: a finding that says again, in other words, what another rule already
 * reports about the same text is left out. The rules run apart (the workbench checks a document
 * alone, then its pair), so the runner and the store both pass their findings through here.
 */
import type { Finding } from '../model/finding.ts';

/** Share of a copied segment that untranslated-sentence findings must cover to stand for it. */
const COVERED = 0.9;

/**
 * Whether `f` repeats what one of `others` reports: a translation copied from its source
 * (`untranslated-copy`) whose text is a sentence the one-document rule already reports as left
 * in the source language (`untranslated-sentence`, wholly covering it).
 */
function defers(f: Finding, others: readonly Finding[]): boolean {
  if (f.rule !== 'untranslated-copy') return false;
  const [start, end] = f.span;
  let covered = 0;
  for (const o of others) {
    if (o.rule !== 'untranslated-sentence' || o.docId !== f.docId) continue;
    covered += Math.max(0, Math.min(end, o.span[1]) - Math.max(start, o.span[0]));
  }
  return end > start && covered >= COVERED * (end - start);
}

/**
 * `findings` without those that repeat a finding of `others` (by default, of `findings`
 * themselves), in order.
 */
export function withoutDeferredFindings(
  findings: readonly Finding[],
  others: readonly Finding[] = findings,
): Finding[] {
  const relevant = others.filter((o) => o.rule === 'untranslated-sentence');
  if (relevant.length === 0) return [...findings];
  return findings.filter((f) => !defers(f, relevant));
}
