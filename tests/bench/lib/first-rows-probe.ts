/**
 * When the aligned rows (or anything else: the French spelling findings) first reach the
 * screen, timed in the page itself: a mutation observer installed before any of the page's
 * scripts notes the first DOM change that puts a match of the selector in the document, and the
 * time is taken at the start of the next animation frame (the frame that paints it). Asking "are
 * the rows there?" from Node and then reading the page's clock adds a round trip over the
 * DevTools protocol, 30–400 ms depending on the machine's load, to every figure.
 */
import type { Page } from 'playwright-core';

const SELECTOR = 'table.aligned tbody tr';

/** The spelling chip of the findings panel's category filters: French spelling findings shown. */
export const SPELLING_SELECTOR = '[data-testid="category-filters"] [data-category="spelling"]';

/**
 * Install a probe on `page` (before it navigates) that notes when `selector` first matches, under
 * `name`; every later document of the page gets it.
 */
export async function installFirstShownProbe(page: Page, name: string, selector: string): Promise<void> {
  await page.addInitScript(
    ({ key, sel }: { key: string; sel: string }) => {
      const w = window as unknown as Record<string, number | undefined>;
      const observer = new MutationObserver(() => {
        if (w[key] !== undefined || !document.querySelector(sel)) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          w[key] = performance.now();
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { key: `__firstShown_${name}`, sel: selector },
  );
}

/** Milliseconds from navigation start to the first painted frame with a match of probe `name` (waits for it). */
export async function firstShownAt(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  const key = `__firstShown_${name}`;
  await page.waitForFunction((k) => (window as unknown as Record<string, unknown>)[k] !== undefined, key, {
    timeout: timeoutMs,
  });
  return page.evaluate((k) => (window as unknown as Record<string, number>)[k] as number, key);
}

/** Install the rows probe on `page` (before it navigates). */
export function installFirstRowsProbe(page: Page): Promise<void> {
  return installFirstShownProbe(page, 'rows', SELECTOR);
}

/** Milliseconds from navigation start to the first painted frame with rows (waits for it). */
export function firstRowsAt(page: Page, timeoutMs = 60_000): Promise<number> {
  return firstShownAt(page, 'rows', timeoutMs);
}
