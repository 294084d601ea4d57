/**
 * A quotation's divergences in words, for the Quotes panel's marks (what a highlighted word is)
 * and the review report's evidence column (what diverges, with the words).
 */
import type { TFunction } from 'i18next';
import type { Divergence } from '../../core/quote/quotation.ts';

/** What the words of `d` on `side` are (`Name changed: David → Daniel`, `Left out of the quotation`). */
export function divergenceLabel(d: Divergence, side: 'source' | 'target', t: TFunction): string {
  if (d.kind === 'number' || d.kind === 'name')
    return d.sourceText !== '' && d.targetText !== ''
      ? t(`quotes.divergence.${d.kind}`, { source: d.sourceText, target: d.targetText })
      : t(`quotes.divergence.${d.kind}Alone`);
  if (d.kind === 'negation')
    return t(side === 'source' ? 'quotes.divergence.negationLost' : 'quotes.divergence.negationAdded');
  return t(d.marked ? 'quotes.divergence.omissionMarked' : `quotes.divergence.${d.kind}`);
}

/** One divergence with its words (`Left out of the quotation: “and we expect …”`). */
export function divergenceEvidence(d: Divergence, t: TFunction): string {
  if ((d.kind === 'number' || d.kind === 'name') && d.sourceText !== '' && d.targetText !== '')
    return divergenceLabel(d, 'source', t);
  const side = d.sourceText !== '' ? 'source' : 'target';
  return t(side === 'source' ? 'quotes.evidence.source' : 'quotes.evidence.target', {
    what: divergenceLabel(d, side, t),
    words: side === 'source' ? d.sourceText : d.targetText,
  });
}
