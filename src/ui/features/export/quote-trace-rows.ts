/**
 * The review report's quotation table, in the interface's words: each quotation with its place
 * (document and line), its speaker, its source, verdict and evidence (what was left out, added or
 * changed, and the flags). The verdict alone ('Omission') did not say what was left out, nor
 * where the quotation was.
 */
import type { TFunction } from 'i18next';
import type { QuoteTraceRow } from '../../../core/exchange/review-labels.ts';
import type { TracedQuotation } from '../../../core/quote/quotation.ts';
import { divergenceEvidence } from '../../components/divergence-words.ts';

export function quoteTraceRows(
  quotations: readonly TracedQuotation[],
  name: (docId: string) => string,
  t: TFunction,
): QuoteTraceRow[] {
  return quotations.map((q) => ({
    quote: q.text,
    document: name(q.docId),
    line: q.line,
    ...(q.speaker ? { speaker: q.speaker.name } : {}),
    ...(q.source
      ? { source: q.source.text, sourceDocument: name(q.source.docId), similarity: q.source.score }
      : {}),
    ...(q.verdict ? { verdict: t(`verdict.${q.verdict}`) } : {}),
    evidence: [
      ...q.divergences.map((d) => divergenceEvidence(d, t)),
      ...q.flags.map((f) => t(`quotes.flag.${f}`)),
    ],
  }));
}
