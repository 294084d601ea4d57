/**
 * A pair's review report lists the quotations of the pair's documents only (it listed every
 * rendering of the case under the pair's name).
 */
import { describe, expect, it } from 'vitest';
import type { QuoteTrace, TracedQuotation } from '../../src/core/quote/quotation.ts';
import { pairQuotations } from '../../src/state/pair-quotations.ts';
import { makeTestStore } from './lib/in-process-store.ts';

const quotation = (id: string, docId: string, verdict: TracedQuotation['verdict']) =>
  ({ id, docId, verdict, text: id }) as unknown as TracedQuotation;

describe('pairQuotations', () => {
  it('keeps the renderings in either document of the open pair', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('report');
    await store.getState().addDocuments([
      { name: 'en.txt', lang: 'en', text: 'The mayor spoke.', origin: { kind: 'paste' } },
      { name: 'a.txt', lang: 'fr', text: 'Le maire a parlé.', origin: { kind: 'paste' } },
      { name: 'b.txt', lang: 'fr', text: 'Le maire a dit.', origin: { kind: 'paste' } },
    ]);
    const docs = store.getState().caseRecord!.documents;
    const [en, a, b] = [docs[0]!.id, docs[1]!.id, docs[2]!.id];
    store.getState().selectPair(en, a);
    const trace: QuoteTrace = {
      quotations: [
        quotation('qa', a, 'faithful'),
        quotation('qb', b, 'omission'),
        quotation('qen', en, null),
      ],
      groups: [],
    };
    expect(pairQuotations(trace, store.getState().caseRecord).map((q) => q.id)).toEqual(['qa']);
    store.getState().selectPair(en, b);
    expect(pairQuotations(trace, store.getState().caseRecord).map((q) => q.id)).toEqual(['qb']);
    expect(pairQuotations(null, store.getState().caseRecord)).toEqual([]);
  });
});
