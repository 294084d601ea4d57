/**
 * The inspector's panels stay as the person left them: F8 goes to the next finding whichever
 * tab is shown (the status bar promises it everywhere), and a panel's filters survive a visit
 * to another tab.
 */
import { describe, expect, it } from 'vitest';
import { openAppForFile } from './harness.ts';

const app = openAppForFile();

const selectedRow = () => app.page.getAttribute('tbody tr[aria-selected="true"]', 'data-index');

describe('the inspector panels', () => {
  it('go to the next finding with F8 from the Quotes and Changes tabs', async () => {
    const { page } = app;
    const position = () => page.textContent('[data-testid="findings-count"]');
    await page.waitForSelector('.finding-list li.finding-item');
    await page.click('tbody tr[data-index="0"] td.col-num');
    await page.keyboard.press('F8');
    expect(await position()).toMatch(/^1 of /i);
    expect(await selectedRow()).not.toBe('0');
    for (const [tab, at] of [
      ['Quotes', 2],
      ['Changes', 3],
    ] as const) {
      await page.click(`[role="tab"]:has-text("${tab}")`);
      await page.keyboard.press('F8');
      await page.waitForFunction(
        (at) => document.querySelector('[data-testid="findings-count"]')?.textContent?.startsWith(`${at} of`),
        at,
        { timeout: 5_000 },
      );
    }
  });

  it('move the focus with F8 to the row of the finding when it was on a row', async () => {
    const { page } = app;
    await page.click('[role="tab"]:has-text("Findings")');
    // From the row selected now, Home goes to the first row, the focus with it.
    await page.focus('tbody tr[aria-selected="true"]');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-index') === '0');
    await page.keyboard.press('F8');
    // The focus ring and a screen reader follow the row reached, not the row left behind.
    await page.waitForFunction(
      () =>
        document.activeElement?.matches('tbody tr[aria-selected="true"]') === true &&
        document.activeElement.getAttribute('data-index') !== '0',
      undefined,
      { timeout: 5_000 },
    );
  });

  it('give the focus back to the row after a fix applied from under the table', async () => {
    const { page } = app;
    await page.click('[role="tab"]:has-text("Findings")');
    await page.click('.finding-item:has([data-action="fix"]) .finding-main');
    const fix = page.locator('[data-testid="finding-detail"] button.primary');
    await fix.focus();
    await page.keyboard.press('Enter');
    // The fixed finding goes away with its button: the keyboard goes on from the row, not the body.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="finding-detail"] button.primary'),
    );
    expect(await page.evaluate(() => document.activeElement?.matches('tbody tr[aria-selected="true"]'))).toBe(
      true,
    );
    await page.keyboard.press('Control+z');
  });

  it('keep the quotes’ verdict filter and the findings’ category filter across tabs', async () => {
    const { page } = app;
    await page.click('[role="tab"]:has-text("Quotes")');
    await page.waitForSelector('section.quotes .quote-item');
    const verdict = page.locator('section.quotes label.chip').first();
    await verdict.click();
    const shown = await page.locator('li.quote-item').count();
    expect(await verdict.locator('input').isChecked()).toBe(false);
    await page.click('[role="tab"]:has-text("Findings")');
    const category = page.locator('section.findings label.chip').first();
    await category.click();
    const findings = await page.textContent('[data-testid="findings-count"]');
    await page.click('[role="tab"]:has-text("Quotes")');
    expect(await verdict.locator('input').isChecked()).toBe(false);
    expect(await page.locator('li.quote-item:visible').count()).toBe(shown);
    await page.click('[role="tab"]:has-text("Findings")');
    expect(await category.locator('input').isChecked()).toBe(false);
    expect(await page.textContent('[data-testid="findings-count"]')).toBe(findings);
  });

  it('logged no error', () => {
    expect(app.session.consoleErrors).toEqual([]);
  });
});
