/**
 * The pair view at laptop widths (1024 and 1366 px, English and French interface): the document
 * pickers keep a usable width, the two text columns share the table and get enough room that
 * ordinary words are never broken mid-way, and the status bar counts the units of the level shown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openSession, type Session } from './harness.ts';

const SHOTS = 'test-results';
let session: Session;
let page: Page;

/** Widths in px of the pickers and of the two text columns' header cells. */
function measure(p: Page) {
  return p.evaluate(() => {
    const w = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().width ?? 0;
    return {
      src: w('[data-testid="pick-src"]'),
      tgt: w('[data-testid="pick-tgt"]'),
      colSrc: w('table.aligned td.col-src'),
      colTgt: w('table.aligned td.col-tgt'),
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

beforeAll(async () => {
  session = await openSession({ width: 1024, height: 768 });
  page = session.page;
  await openApp(session);
});

afterAll(async () => {
  await session?.close();
});

describe('the pair view at laptop widths', () => {
  for (const width of [1024, 1366]) {
    for (const locale of ['en', 'fr']) {
      it(`keeps pickers and text columns usable at ${width} px (${locale})`, async () => {
        await page.setViewportSize({ width, height: 768 });
        await page.selectOption('[data-testid="locale"]', locale);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${SHOTS}/narrow-${width}-${locale}.png` });
        const m = await measure(page);
        expect(m.src).toBeGreaterThanOrEqual(160);
        expect(m.tgt).toBeGreaterThanOrEqual(160);
        expect(m.colSrc).toBeGreaterThanOrEqual(250);
        expect(m.colTgt).toBeGreaterThanOrEqual(250);
        // The two text columns share the width.
        expect(Math.abs(m.colSrc - m.colTgt)).toBeLessThan(0.15 * Math.max(m.colSrc, m.colTgt));
        expect(m.pageOverflow).toBeLessThanOrEqual(0);
      });
    }
  }

  it('counts sentences in the status bar at sentence level', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.selectOption('[data-testid="locale"]', 'en');
    await page.click('input[name="level"][value="sentence"]');
    await page.waitForFunction(
      () => /sentence/.test(document.querySelector('.statusbar')?.textContent ?? ''),
      null,
      {
        timeout: 60_000,
      },
    );
    const status = (await page.textContent('.statusbar')) ?? '';
    expect(status).not.toMatch(/paragraph/);
    // While the sentence level aligns, the job's progress sits in the bar: the pickers keep their width.
    const during = await measure(page);
    expect(during.src).toBeGreaterThanOrEqual(160);
    expect(during.tgt).toBeGreaterThanOrEqual(160);
    await page.screenshot({ path: `${SHOTS}/narrow-1024-en-aligning.png` });
    await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('.topbar .job'), null, { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/narrow-1024-en-sentence.png` });
    await page.click('input[name="level"][value="paragraph"]');
  });
});
