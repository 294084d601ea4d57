/**
 * When the aligned rows first reach the screen, timed in the page itself: a mutation observer
 * installed before any of the page's scripts notes the first DOM change that puts a row in the
 * table, and the time is taken at the start of the next animation frame (the frame that paints
 * them). Asking "are the rows there?" from Node and then reading the page's clock adds a round
 * trip over the DevTools protocol, 30–400 ms depending on the machine's load, to every figure.
 */
import type { Page } from 'playwright-core';

const SELECTOR = 'table.aligned tbody tr';

/** Install the probe on `page` (before it navigates): every later document of the page gets it. */
export async function installFirstRowsProbe(page: Page): Promise<void> {
  await page.addInitScript((selector: string) => {
    const w = window as unknown as { __firstRows?: number };
    const observer = new MutationObserver(() => {
      if (w.__firstRows !== undefined || !document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        w.__firstRows = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, SELECTOR);
}

/** Milliseconds from navigation start to the first painted frame with rows (waits for it). */
export async function firstRowsAt(page: Page, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __firstRows?: number }).__firstRows !== undefined,
    undefined,
    {
      timeout: timeoutMs,
    },
  );
  return page.evaluate(() => (window as unknown as { __firstRows: number }).__firstRows);
}
