/**
 * Working by keyboard and exporting: rows are reached with the arrow keys, a translation is
 * edited in place with Enter, alignment edits (unlink, then link back) are undoable, the quote
 * tracer's verdicts show, and the exports download as files with the expected content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openAppForFile, rowWithTranslation } from './harness.ts';

const app = openAppForFile();

/**
 * The status bar's row and pair counts. Not the whole bar: its save status passes through
 * "Saving…" after every operation, and its findings count moves while the previous test's edit
 * is re-checked, so a snapshot of the whole bar may never come back.
 */
const COUNTS = '[data-testid="row-counts"]';
const pairCounts = async () => (await app.page.textContent(COUNTS)) ?? '';
/** Waits until the row counts equal (or differ from) a snapshot. */
const countsBecome = (snapshot: string, equal: boolean) =>
  app.page.waitForFunction(
    ({ selector, snapshot, equal }) => (document.querySelector(selector)?.textContent === snapshot) === equal,
    { selector: COUNTS, snapshot, equal },
  );

const selectedRow = () => app.page.getAttribute('tbody tr[aria-selected="true"]', 'data-index');

describe('keyboard and alignment editing', () => {
  it('moves between rows with the arrow keys and edits a translation with Enter', async () => {
    const { page } = app;
    // The row of the French title; reached from the row above it with the arrow key.
    const title = await rowWithTranslation(page, 'Amazon veut tout vendre');
    expect(title).toBeGreaterThan(0);
    await page.click(`tbody tr[data-index="${title - 1}"] td.col-num`);
    await page.focus(`tbody tr[data-index="${title - 1}"]`);
    await page.keyboard.press('ArrowDown');
    expect(await selectedRow()).toBe(String(title));
    const text = await page.textContent('tbody tr[aria-selected="true"] td.col-tgt');
    expect(text).toContain('Amazon veut tout vendre');
    await page.keyboard.press('Enter');
    const editor = page.locator('textarea.seg-editor');
    await editor.waitFor();
    await editor.fill('Amazon veut tout vendre au gouvernement');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('tbody tr[aria-selected="true"] td.col-tgt')
        ?.textContent?.includes('au gouvernement'),
    );
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() =>
      document
        .querySelector('tbody tr[aria-selected="true"] td.col-tgt')
        ?.textContent?.includes('au Gouvernement'),
    );
  });

  it('keeps the editor open when Enter follows the arrow key before the next frame', async () => {
    const { page } = app;
    const title = await rowWithTranslation(page, 'Amazon veut tout vendre');
    await page.click(`tbody tr[data-index="${title - 1}"] td.col-num`);
    await page.focus(`tbody tr[data-index="${title - 1}"]`);
    // Both keys typed within one frame: the row the arrow key selects is focused on the next
    // frame, after Enter has opened the editor on it.
    const editor = await page.evaluate(async () => {
      const key = (k: string) =>
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      key('ArrowDown');
      // React renders the new selection in a microtask, before this one.
      await Promise.resolve();
      key('Enter');
      await Promise.resolve();
      const opened = document.querySelector('textarea.seg-editor') !== null;
      for (let k = 0; k < 3; k++) await new Promise((r) => requestAnimationFrame(r));
      const active = document.activeElement;
      return { opened, value: active instanceof HTMLTextAreaElement ? active.value : null };
    });
    expect(editor.opened).toBe(true);
    expect(editor.value).toContain('Amazon veut tout vendre');
    await page.keyboard.press('Escape');
    await page.locator('textarea.seg-editor').waitFor({ state: 'detached' });
  });

  it('unlinks a paired row and links it back, undoably', async () => {
    const { page } = app;
    // Find a paired row (it has a confidence figure) and select it.
    const rowIndex = await page.evaluate(async () => {
      const scroller = document.querySelector('.table-scroll');
      for (let k = 0; k < 60; k++) {
        const row = document.querySelector('tbody tr:not(.unpaired)');
        if (row) return row.getAttribute('data-index');
        scroller?.scrollBy(0, 400);
        await new Promise((r) => setTimeout(r, 40));
      }
      return null;
    });
    expect(rowIndex).not.toBeNull();
    await page.click(`tbody tr[data-index="${rowIndex}"] td.col-num`);
    const before = await pairCounts();
    await page.click('[data-action="unlink"]');
    await countsBecome(before, false);
    const unlinked = await pairCounts();
    expect(Number(/(\d+) paired/.exec(unlinked)?.[1])).toBe(Number(/(\d+) paired/.exec(before)?.[1]) - 1);
    await page.click('[data-action="link"]');
    await countsBecome(before, true);
    expect(await page.textContent(`tbody tr[data-index="${rowIndex}"] .confirmed-mark`)).toBe('✓');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await countsBecome(before, true);
    expect(await page.$(`tbody tr[data-index="${rowIndex}"] .confirmed-mark`)).toBeNull();
  });

  it('shows quote tracing verdicts', async () => {
    const { page } = app;
    await page.click('#tab-quotes');
    await page.waitForSelector('.quote-item', { timeout: 60_000 });
    const verdicts = await page.$$eval('.quote-item .verdict', (els) => els.map((e) => e.textContent ?? ''));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts).toContain('No source found');
    await page.screenshot({ path: 'test-results/workbench-quotes.png' });
    await page.click('#tab-findings');
  });

  it('exports the pair as TMX, as a review report and as CSV (with a BOM), and the case as a case file', async () => {
    const { page } = app;
    const exportAs = async (format: string) => {
      await page.click('.menu > summary');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-format="${format}"]`),
      ]);
      const path = `test-results/export.${format}`;
      await download.saveAs(path);
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const tmx = await exportAs('tmx');
    expect(tmx.name).toMatch(/\.tmx$/);
    expect(tmx.text).toContain('<tmx version="1.4"');
    expect(tmx.text).toContain('<tu');
    const report = await exportAs('html');
    expect(report.text).toMatch(/<!doctype html>/i);
    const caseFile = await exportAs('case');
    expect(JSON.parse(caseFile.text).format).toBe('vis-a-vis-case');
    // CSV opens in Excel, which reads UTF-8 as such only after a byte-order mark: the file's
    // first three bytes, by default.
    const csv = await exportAs('csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...readFileSync('test-results/export.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toMatch(/^\uFEFFsource,target,confidence,status,findings\r\n/);
  });

  it('made no request off the machine and logged no error', () => {
    const { session } = app;
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
