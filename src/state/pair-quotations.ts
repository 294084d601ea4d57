/**
 * The quotations a pair's review report lists: the renderings (quotations with a verdict) found
 * in either document of the pair. The report of 004 → 000 listed every rendering of the case,
 * 001's and 002's included, as if they were 000's.
 */

import type { CaseFile } from '../core/index.ts';
import type { QuoteTrace, TracedQuotation } from '../core/quote/quotation.ts';
import { caseView } from './case-record.ts';

export function pairQuotations(trace: QuoteTrace | null, file: CaseFile | null): TracedQuotation[] {
  if (!trace || !file) return [];
  const { srcId, tgtId } = caseView(file);
  return trace.quotations.filter((q) => q.verdict !== null && (q.docId === srcId || q.docId === tgtId));
}
