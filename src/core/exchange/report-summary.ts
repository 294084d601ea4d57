/**
 * The figures of the review report's summary (HTML and Markdown), counted once for both: over
 * all the pair's rows, whether the report shows them all or the flagged ones only.
 */
import type { Category } from '../model/finding.ts';
import { isConfirmedPair, isPairedRow, type PairRow } from './pair-rows.ts';

/** The figures of a report's summary, over all its rows (shown or not). */
export interface ReportSummary {
  /** Rows pairing both sides, and those of them a person confirmed. */
  readonly paired: number;
  readonly confirmed: number;
  /** Applied fixes and findings, on both sides. */
  readonly fixes: number;
  readonly findings: number;
  /** Findings by category, most first. */
  readonly byCategory: readonly (readonly [Category, number])[];
}

/** The summary of the HTML and Markdown reports, counted once for both. */
export function reportSummary(all: readonly PairRow[]): ReportSummary {
  const counts = new Map<Category, number>();
  let findings = 0;
  let fixes = 0;
  for (const r of all) {
    fixes += r.source.fixes.length + r.target.fixes.length;
    for (const { finding } of [...r.source.findings, ...r.target.findings]) {
      findings++;
      counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
    }
  }
  return {
    paired: all.filter(isPairedRow).length,
    confirmed: all.filter(isConfirmedPair).length,
    fixes,
    findings,
    byCategory: [...counts].sort((a, b) => b[1] - a[1]),
  };
}
