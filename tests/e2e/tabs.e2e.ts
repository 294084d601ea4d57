/**
 * Two tabs on one case: a tab with nothing unsaved follows the other's saves; a tab with
 * unsaved work is told about the other's save and asked, never silently overwritten.
 */
import { describe, expect, it } from 'vitest';
import { openApp, openAppForFile, rowWithTranslation } from './harness.ts';

const app = openAppForFile();

describe('two tabs on one case', () => {
  it('follows the other tab when idle, and asks when both changed the case', async () => {
    const { session } = app;
    const a = session.page;
    const b = await session.newPage();
    await openApp(session, b);

    // A edits the French title; B, idle, shows A's text.
    const title = await rowWithTranslation(a, 'Amazon veut tout vendre');
    await a.click(`tbody tr[data-index="${title}"] td.col-num`);
    await a.keyboard.press('Enter');
    await a.locator('textarea.seg-editor').fill('Amazon veut TOUT vendre au Gouvernement');
    await a.keyboard.press('Enter');
    await a.waitForFunction(() =>
      document.querySelector('[data-testid="save-status"]')?.className.includes('save-saved'),
    );
    await b.waitForFunction(
      (text) => [...document.querySelectorAll('td.col-tgt')].some((td) => td.textContent?.includes(text)),
      'TOUT vendre',
      { timeout: 20_000 },
    );

    // Both edit at once: the later save must not overwrite silently.
    await rowWithTranslation(b, 'TOUT vendre');
    await b.click(`tbody tr[data-index="${title}"] td.col-num`);
    await b.keyboard.press('Enter');
    await b.locator('textarea.seg-editor').fill('Amazon veut tout VENDRE au Gouvernement');
    await a.click(`tbody tr[data-index="${title}"] td.col-num`);
    await a.keyboard.press('Enter');
    await a.locator('textarea.seg-editor').fill('AMAZON veut TOUT vendre au Gouvernement');
    await a.keyboard.press('Enter');
    await b.keyboard.press('Enter');
    const banner = await Promise.race([
      a.waitForSelector('.notice.error', { timeout: 20_000 }).then(() => 'a'),
      b.waitForSelector('.notice.error', { timeout: 20_000 }).then(() => 'b'),
    ]);
    const loser = banner === 'a' ? a : b;
    expect(await loser.textContent('.notice.error')).toMatch(/another tab/);
    await loser.screenshot({ path: 'test-results/workbench-conflict.png' });
    await loser.click('.notice.error button:has-text("Load the other tab")');
    await loser.waitForSelector('.notice.error', { state: 'detached' });
    await b.close();
  });

  it('logged no error', () => {
    const { session } = app;
    expect(session.consoleErrors).toEqual([]);
  });
});
