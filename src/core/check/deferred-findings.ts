/**
 * One passage, one finding: a finding that says again, in other words, what another rule already
 * reports about the same text is left out. The rules run apart (the workbench checks a document
 * alone, then its pair), so the runner and the store both pass their findings through here.
 */
import type { Finding } from '../model/finding.ts';

/** Share of a copied segment that untranslated-sentence findings must cover to stand for it. */
const COVERED = 0.9;

/** Rules whose findings another may repeat. */
const SAID_FIRST = new Set(['untranslated-sentence', 'omission']);

/** Omissions of a whole source sentence (not a short rendering of one: its numbers matter). */
const DROPPED = new Set(['sentence', 'unpaired']);

/**
 * Whether `f` repeats what one of `others` reports: a translation copied from its source
 * (`untranslated-copy`) whose text is a sentence the one-document rule already reports as left
 * in the source language (`untranslated-sentence`, wholly covering it); a number of the source
 * missing from the translation (`number-mismatch`) because its whole sentence is (`omission`).
 */
function defers(f: Finding, others: readonly Finding[]): boolean {
  if (f.rule === 'number-mismatch') return f.params.issue === 'missing' && inDroppedSentence(f, others);
  if (f.rule !== 'untranslated-copy') return false;
  const [start, end] = f.span;
  let covered = 0;
  for (const o of others) {
    if (o.rule !== 'untranslated-sentence' || o.docId !== f.docId) continue;
    covered += Math.max(0, Math.min(end, o.span[1]) - Math.max(start, o.span[0]));
  }
  return end > start && covered >= COVERED * (end - start);
}

/** Whether the source number of `f` lies in a source sentence an omission finding reports dropped. */
function inDroppedSentence(f: Finding, others: readonly Finding[]): boolean {
  const at = f.params.srcStart;
  if (typeof at !== 'number') return false;
  return others.some(
    (o) =>
      o.rule === 'omission' &&
      o.docId === f.docId &&
      DROPPED.has(String(o.params.issue)) &&
      typeof o.params.srcStart === 'number' &&
      typeof o.params.srcEnd === 'number' &&
      o.params.srcStart <= at &&
      at < o.params.srcEnd,
  );
}

/**
 * `findings` without those that repeat a finding of `others` (by default, of `findings`
 * themselves), in order.
 */
export function withoutDeferredFindings(
  findings: readonly Finding[],
  others: readonly Finding[] = findings,
): Finding[] {
  const relevant = others.filter((o) => SAID_FIRST.has(o.rule));
  if (relevant.length === 0) return [...findings];
  return findings.filter((f) => !defers(f, relevant));
}
