/**
 * The HTML review report's layout in Chromium: the pairs table fits the page, however long the
 * text a finding's note quotes (a repeated paragraph quotes the whole paragraph). Notes' texts
 * were `white-space: pre`: one long note widened the translation column past the page, the
 * confidence and status columns went off screen and were cut off in print.
 */
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExportInput } from '../../src/core/exchange/pair-rows.ts';
import { writeReviewReportHtml } from '../../src/core/exchange/write-review-report.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { CHROMIUM_ARGS } from './harness.ts';

describe('the HTML review report in Chromium', () => {
  it('fits its pairs table to the page when a note quotes a whole paragraph', async () => {
    const paragraph = 'Il est clairement nécessaire que les gouvernements clarifient davantage. '
      .repeat(12)
      .trim();
    const text = `${paragraph}\n\n${paragraph}`;
    const tgt = segmentDocument(text, { id: 't', name: 't.txt', lang: 'fr' });
    const src = segmentDocument('One.\n\nTwo.', { id: 's', name: 's.txt', lang: 'en' });
    const second = tgt.paragraphs[1]!;
    const input: ExportInput = {
      source: { doc: src },
      target: {
        doc: tgt,
        findings: [
          {
            rule: 'repeated-paragraph',
            category: 'repetition',
            severity: 'warning',
            docId: 't',
            span: [second.start, second.end],
            actual: paragraph,
            params: {},
          },
        ],
      },
      alignment: {
        level: 'paragraph',
        beads: [
          { src: [0], tgt: [0], confidence: 0.9 },
          { src: [1], tgt: [1], confidence: 0.9 },
        ],
      },
    };
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.setContent(writeReviewReportHtml(input));
      const widths = await page.evaluate(() => ({
        page: document.documentElement.clientWidth,
        table: document.querySelector('table.pairs')!.getBoundingClientRect().right,
        status: document
          .querySelector('table.pairs tbody tr:last-child td:last-child')!
          .getBoundingClientRect().right,
      }));
      expect(widths.table).toBeLessThanOrEqual(widths.page);
      expect(widths.status).toBeLessThanOrEqual(widths.page);
    } finally {
      await browser.close();
    }
  });
});
