/**
 * The browser benchmark's UI steps for the large pair, shared by the benchmark and the profiler:
 * open a new case with both documents in the import dialog, then add them and wait until the
 * pair is aligned and shown.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BigDocuments } from './big-documents.ts';

/**
 * New case, both documents picked in the import dialog (previews shown, not yet added), within
 * `timeoutMs` of picking them.
 */
export async function importBigPair(
  page: Page,
  docs: Pick<BigDocuments, 'en' | 'fr'>,
  timeoutMs = 60_000,
): Promise<void> {
  await page.click('.side-section button:has-text("New")');
  await page.waitForFunction(() => document.querySelector('.case-title')?.textContent?.includes('Untitled'));
  await page.click('[data-action="open-import"]');
  // Files on disk, picked by path, as a person picks them. In-memory buffers would be sent into
  // the page as a script holding their bytes: about 200 MB of page allocations that no real
  // file pick makes (measured by page-heap-browser.ts), 36-48 MB of the renderer's peak.
  const dir = mkdtempSync(join(tmpdir(), 'vav-big-pair-'));
  const en = join(dir, 'big-en.txt');
  const fr = join(dir, 'big-fr.txt');
  writeFileSync(en, docs.en);
  writeFileSync(fr, docs.fr);
  await page.setInputFiles('[data-testid="file-input"]', [en, fr]);
  // Once the page has read the files (or given up), they are no longer needed on disk.
  await page
    .waitForFunction(
      () => document.querySelectorAll('[data-testid="import-preview"]').length === 2,
      undefined,
      { timeout: timeoutMs },
    )
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** Click Add and wait until no job runs and aligned rows are shown; the wall time in ms. */
export async function addAndWaitAligned(page: Page, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  await page.click('[data-action="add-documents"]');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="parallelism"]') !== null &&
      document.querySelector('.job') === null &&
      document.querySelectorAll('table.aligned tbody tr').length > 0,
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
  return Date.now() - t0;
}
