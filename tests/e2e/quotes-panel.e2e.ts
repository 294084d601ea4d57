/**
 * The Quotes panel in real Chromium on the sample case: a click on a quotation opens its pair
 * (source document → report) on the quotation's row, and that row is on screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile } from './harness.ts';

const app = openAppForFile();

/** Click the quotation whose words match `words`; wait until its row is selected and holds them. */
async function open(page: Page, words: RegExp): Promise<void> {
  await page.locator('li.quote-item', { hasText: words }).first().locator('button.quote-main').click();
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector('tr[aria-selected="true"]')?.textContent ?? ''),
    words.source,
    { timeout: 30_000 },
  );
  // Let the pair's checks and measured row heights arrive, as a person reading would.
  await page.waitForTimeout(2_000);
}

/** Whether the selected row is inside the table's scrolled view, after the layout settles. */
async function selectedRowInView(page: Page): Promise<boolean> {
  return page
    .waitForFunction(
      () => {
        const row = document.querySelector('tr[aria-selected="true"]')?.getBoundingClientRect();
        const view = document.querySelector('.table-scroll')?.getBoundingClientRect();
        return !!row && !!view && row.bottom > view.top && row.top < view.bottom;
      },
      undefined,
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

/** The source document the header shows. */
const sourceShown = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('header select') as HTMLSelectElement).selectedOptions[0]?.textContent,
  );

describe('the Quotes panel', () => {
  it('shows the quotation’s row when it keeps its number in the pair a click switches to', async () => {
    const { page, session } = app;
    await page.click('[role="tab"]:has-text("Quotes")');
    await page.waitForSelector('section.quotes .quote-item', { timeout: 60_000 });
    // 002's "arrêter de vendre Rekognition à la police" is traced to 004; its row there is noted.
    await open(page, /arrêter de vendre Rekognition/);
    const target = await page.getAttribute('tr[aria-selected="true"]', 'data-index');
    // "rompre les liens avec Palantir" is traced to 003: the click switches to 003 → 002.
    await open(page, /rompre les liens avec Palantir, une société/);
    expect(await sourceShown(page)).toMatch(/003_/);
    // The person selects, in this pair, the row that has the number the first quotation's row
    // has in 004 → 002 (rows are virtual: scroll until it is drawn).
    await page.evaluate(async (row) => {
      const scroller = document.querySelector('.table-scroll');
      scroller?.scrollTo(0, 0);
      for (let k = 0; k < 120 && !document.querySelector(`tbody tr[data-index="${row}"]`); k++) {
        scroller?.scrollBy(0, 300);
        await new Promise((r) => setTimeout(r, 30));
      }
    }, target);
    await page.click(`tbody tr[data-index="${target}"] td.col-num`);
    expect(await page.getAttribute('tr[aria-selected="true"]', 'data-index')).toBe(target);
    // Back to the first quotation: the pair switches, the selected row keeps its number.
    await open(page, /arrêter de vendre Rekognition/);
    expect(await sourceShown(page)).toMatch(/004_/);
    expect(await page.getAttribute('tr[aria-selected="true"]', 'data-index')).toBe(target);
    expect(await selectedRowInView(page)).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });
});
