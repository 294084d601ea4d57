import { describe, expect, it } from 'vitest';
import type { QuoteTrace, TracedQuotation } from '../../src/core/quote/quotation.ts';
import type { AlignedRow } from '../../src/state/derive-rows.ts';
import { tracedRows } from '../../src/state/traced-rows.ts';

/** A row of one segment a side at most (spans are offsets in the documents). */
const row = (index: number, src: [number, number] | null, tgt: [number, number] | null): AlignedRow => ({
  index,
  bead: { src: src ? [index] : [], tgt: tgt ? [index] : [], confidence: 0.9 },
  src: src ? [{ index, start: src[0], end: src[1] }] : [],
  tgt: tgt ? [{ index, start: tgt[0], end: tgt[1] }] : [],
});

/** A traced quotation of `docId` at `at`, whose source is `source` in `sourceDoc`. */
const quotation = (docId: string, at: number, sourceDoc: string, source: number, score: number) =>
  ({
    docId,
    span: [at, at + 5],
    source: { docId: sourceDoc, span: [source, source + 5], text: '', score, line: 1 },
    otherSources: [],
  }) as unknown as TracedQuotation;

const trace = (...quotations: TracedQuotation[]): QuoteTrace => ({ quotations, groups: [] });

describe('tracedRows', () => {
  // Rows: 0 paired; 1 original only (0–40 is row 0's, 50–90 row 1's); 2 translation only.
  const rows = [row(0, [0, 40], [0, 30]), row(1, [50, 90], null), row(2, null, [40, 80])];

  it('relates a translation row left unpaired to the original row its quotation is traced to, both ways', () => {
    const found = tracedRows(rows, trace(quotation('fr', 45, 'en', 60, 0.98)), 'en', 'fr');
    expect(found.get(2)).toEqual({ row: 1, probability: 0.98 });
    expect(found.get(1)).toEqual({ row: 2, probability: 0.98 });
    expect(found.has(0)).toBe(false);
  });

  it('ignores traces to other documents, from other documents, and within a paired row', () => {
    expect(tracedRows(rows, trace(quotation('fr', 45, 'other-en', 60, 0.98)), 'en', 'fr').size).toBe(0);
    expect(tracedRows(rows, trace(quotation('other-fr', 45, 'en', 60, 0.98)), 'en', 'fr').size).toBe(0);
    expect(tracedRows(rows, trace(quotation('fr', 5, 'en', 10, 0.98)), 'en', 'fr').size).toBe(0);
    expect(tracedRows(rows, null, 'en', 'fr').size).toBe(0);
  });

  it('keeps the most probable trace when a row holds several', () => {
    const rowsWithTwo = [...rows, row(3, [100, 140], null)];
    const found = tracedRows(
      rowsWithTwo,
      trace(quotation('fr', 45, 'en', 60, 0.85), quotation('fr', 60, 'en', 110, 0.95)),
      'en',
      'fr',
    );
    expect(found.get(2)).toEqual({ row: 3, probability: 0.95 });
  });
});
