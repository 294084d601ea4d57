/**
 * The workbench in real Chromium, on the built app: the sample case opens aligned, the garbled
 * `«œ` openers of 000_… are highlighted, a fix is applied, undone, redone and survives a
 * reload; a Windows-1252 file is imported with its encoding detected; no request leaves the
 * machine, nothing is logged as an error, and axe-core finds no serious violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile, seriousViolations } from './harness.ts';

const SHOTS = 'test-results';

/** How many lost-quote-mark findings (`«œ` openers) the findings panel lists. */
function garbledOpeners(p: Page): Promise<number> {
  return p.evaluate(() => document.querySelectorAll('.finding-item[data-rule="lost-quote-mark"]').length);
}

async function waitSaved(p: Page): Promise<void> {
  await p.waitForFunction(() =>
    document.querySelector('[data-testid="save-status"]')?.className.includes('save-saved'),
  );
}

/** Scroll the table until `selector` is rendered (rows are virtual). */
async function scrollUntil(p: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await p.$(selector)) return;
    await p.evaluate(() => document.querySelector('.table-scroll')?.scrollBy(0, 500));
    await p.waitForTimeout(50);
  }
  throw new Error(`${selector} never appeared`);
}

const app = openAppForFile();

describe('workbench', () => {
  it('opens the sample case aligned, paragraph by paragraph', async () => {
    const { page } = app;
    const rows = await page.$$eval('table.aligned tbody tr', (trs) => trs.length);
    expect(rows).toBeGreaterThan(5);
    const summary = await page.textContent('[data-testid="parallelism"]');
    expect(summary).toMatch(/correspond/);
    // Partly parallel texts at paragraph level: the summary points to the sentence level.
    expect(summary).toMatch(/easier to pair sentence by sentence\. Show sentences/);
    // Rows are virtual: the status bar counts them all.
    const status = (await page.textContent('.statusbar')) ?? '';
    const paired = Number(/(\d+) paired/.exec(status)?.[1] ?? 0);
    expect(paired).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/workbench-sample.png` });
  });

  it('fetches each lexicon and word list once, fetched ahead and parsed when needed', async () => {
    const { page, session } = app;
    // The spelling findings need the French word list: once they show, every file is in.
    await page.waitForSelector('[data-testid="category-filters"] [data-category="spelling"]', {
      timeout: 60_000,
    });
    const data = session.requests
      .map((url) => new URL(url).pathname)
      .filter((path) => /\.(tsv|front-coded-[^/]*\.txt|txt)$/.test(path) && path.includes('/assets/'));
    const count = new Map<string, number>();
    for (const path of data) count.set(path, (count.get(path) ?? 0) + 1);
    // The English–French lexicon (its files) and both word lists were fetched…
    expect([...count.keys()].some((p) => /\/en-fr[.-]/.test(p))).toBe(true);
    expect([...count.keys()].some((p) => /\/fr\.front-coded-/.test(p))).toBe(true);
    expect([...count.keys()].some((p) => /\/en\.front-coded-/.test(p))).toBe(true);
    // …and none twice from the server: the prefetched responses were the ones parsed. The
    // lexicon's files are asked for by the page as it loads (early-engine-worker.ts) and then by
    // the worker, which reads them from the HTTP cache (nothing transferred).
    expect([...count].filter(([path, n]) => n > (/\/en-fr[.-]/.test(path) ? 2 : 1))).toEqual([]);
    const workerTransfers = (
      await Promise.all(
        page.workers().map((w) =>
          w.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .filter((e) => /\/en-fr[.-][^/]*\.tsv$/.test(e.name))
              .map((e) => [e.name, (e as PerformanceResourceTiming).transferSize] as const),
          ),
        ),
      )
    ).flat();
    expect(workerTransfers.length).toBeGreaterThan(0);
    expect(workerTransfers.filter(([, bytes]) => bytes > 0)).toEqual([]);
  });

  it('highlights the garbled «œ openers of 000_… as encoding findings', async () => {
    const { page } = app;
    await page.waitForSelector('.legend-chips .chip.cat-encoding', { timeout: 60_000 });
    await scrollUntil(page, 'td.col-tgt mark.finding.cat-encoding');
    const marked = await page.$$eval('td.col-tgt mark.finding.cat-encoding', (marks) =>
      marks.map((m) => `${m.previousSibling?.textContent?.slice(-1) ?? ''}${m.textContent}`),
    );
    expect(marked.some((m) => m.includes('œ'))).toBe(true);
    const legend = await page.$$eval('.legend-chips .chip', (chips) => chips.map((c) => c.textContent ?? ''));
    expect(legend.some((c) => /Encoding/.test(c))).toBe(true);
  });

  it('applies a fix, undoes it, redoes it, and keeps it after a reload', async () => {
    const { page } = app;
    const before = await page.evaluate(
      () =>
        [...document.querySelectorAll('.finding-item')].filter((li) => li.textContent?.includes('œ')).length,
    );
    expect(before).toBeGreaterThan(0);
    const item = page.locator('.finding-item[data-rule="lost-quote-mark"]').first();
    await item.locator('button.finding-main').click();
    await page.waitForTimeout(200);
    const openersBefore = await garbledOpeners(page);
    expect(openersBefore).toBeGreaterThan(0);
    await item.locator('[data-action="fix"]').click();
    // Counted in the findings (recomputed from the text), not in the virtual rows on screen.
    const openers = (n: number) =>
      page.waitForFunction(
        (m) => document.querySelectorAll('.finding-item[data-rule="lost-quote-mark"]').length === m,
        n,
      );
    await openers(openersBefore - 1);
    await page.screenshot({ path: `${SHOTS}/workbench-fixed.png` });

    await page.locator('table.aligned').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await openers(openersBefore);
    await page.keyboard.press('Control+Shift+z');
    await openers(openersBefore - 1);
    await waitSaved(page);

    await page.reload();
    await page.waitForSelector('table.aligned tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('td.col-tgt').length > 0);
    const edits = await page.textContent('.doc-list');
    expect(edits).toMatch(/1 edit/);
    await page.click('#tab-changes');
    const diff = await page.textContent('.changes');
    expect(diff).toContain('œ');
    // Findings are recomputed after a reload: they come back, with one garbled opener fewer.
    await page.waitForFunction(() => {
      const status = document.querySelector('.statusbar')?.textContent ?? '';
      return Number(/(\d+) findings/.exec(status)?.[1] ?? 0) > 0;
    });
    await page.screenshot({ path: `${SHOTS}/workbench-changes.png` });
    await page.click('#tab-findings');
  });

  it('imports a Windows-1252 file with its encoding detected', async () => {
    const { page } = app;
    // "Le président a déclaré : l’été sera chaud." in Windows-1252 (é = E9, ’ = 92).
    const text = 'Le président a déclaré à la presse : l’été sera chaud, très chaud, dans toute la région.';
    const bytes = Buffer.from([...text].map((ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0))));
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'rapport-cp1252.txt',
      mimeType: 'text/plain',
      buffer: bytes,
    });
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.inputValue('[data-testid="encoding"]')).toBe('windows-1252');
    expect(await page.textContent('[data-testid="import-preview"]')).toContain('président a déclaré');
    expect(await page.inputValue('[data-testid="language"]')).toBe('fr');
    await page.screenshot({ path: `${SHOTS}/workbench-import.png` });
    await page.click('[data-action="add-documents"]');
    await page.waitForFunction(() =>
      document.querySelector('.doc-list')?.textContent?.includes('rapport-cp1252.txt'),
    );
  });

  it('switches the interface to French and remembers it', async () => {
    const { page } = app;
    await page.selectOption('[data-testid="locale"]', 'fr');
    expect(await page.textContent('.topbar')).toContain('Traduction');
    await page.reload();
    await page.waitForSelector('table.aligned tbody tr');
    expect(await page.textContent('.topbar')).toContain('Traduction');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.screenshot({ path: `${SHOTS}/workbench-fr.png` });
    await page.selectOption('[data-testid="locale"]', 'en');
  });

  it('has no serious accessibility violation (axe-core)', async () => {
    const { page } = app;
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
  });

  it('made no request off the machine and logged no error', () => {
    const { session } = app;
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
