/**
 * The pair view at laptop widths (1024 and 1366 px, English and French interface): the document
 * pickers keep a usable width, the two text columns share the table and get enough room that
 * ordinary words are never broken mid-way, the top bar's Tab order is its reading order at every
 * width, the status bar counts the units of the level shown, and the documents panel shows
 * each document's name readable (whole, or cut in its middle with its start and end) in at most
 * two lines, from 1024 to 1920 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile, seriousViolations } from './harness.ts';

const SHOTS = 'test-results';

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

/** Words (letters only, up to 20) of the rendered text cells that the layout broke across lines. */
function brokenWords(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('table.aligned td.col-src, table.aligned td.col-tgt')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(/\p{L}{2,20}/gu)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (range.getClientRects().length > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

/** The boxes of the top bar's Tab stops, in the order Tab visits them from its first one. */
async function topBarTabStops(
  p: Page,
): Promise<{ name: string; x: number; y: number; right: number; bottom: number }[]> {
  await p.evaluate(() => {
    const first = document.querySelector<HTMLElement>(
      '.topbar select, .topbar input:checked, .topbar button:not(:disabled)',
    );
    first?.focus();
  });
  const stops: { name: string; x: number; y: number; right: number; bottom: number }[] = [];
  for (let k = 0; k < 30; k++) {
    const stop = await p.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || !el.closest('.topbar')) return null;
      // A visually hidden radio stands for its label (the segment the eye sees).
      const shown = el instanceof HTMLInputElement && el.type === 'radio' ? (el.closest('label') ?? el) : el;
      const b = shown.getBoundingClientRect();
      const name =
        el.getAttribute('data-testid') ??
        el.getAttribute('data-action') ??
        el.getAttribute('value') ??
        el.tagName;
      return { name, x: b.x, y: b.y, right: b.right, bottom: b.bottom };
    });
    if (!stop) break;
    stops.push(stop);
    await p.keyboard.press('Tab');
  }
  return stops;
}

/** How many of the top bar's visible, enabled controls Tab should reach (one per radio group). */
function topBarControls(p: Page): Promise<number> {
  return p.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.topbar select, .topbar input:checked, .topbar button, .topbar summary',
        ),
      ].filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility()).length,
  );
}

const app = openAppForFile({ width: 1024, height: 768 });

describe('the pair view at laptop widths', () => {
  for (const width of [1024, 1366]) {
    for (const locale of ['en', 'fr']) {
      it(`keeps pickers and text columns usable at ${width} px (${locale})`, async () => {
        const { page } = app;
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
        expect(await brokenWords(page)).toEqual([]);
      });
    }
  }

  for (const width of [1024, 1366, 1599, 1600, 1920]) {
    for (const locale of ['en', 'fr']) {
      it(`moves Tab through the top bar in reading order at ${width} px (${locale})`, async () => {
        const { page } = app;
        await page.setViewportSize({ width, height: 768 });
        await page.selectOption('[data-testid="locale"]', locale);
        await page.waitForTimeout(200);
        const stops = await topBarTabStops(page);
        expect(stops.length).toBe(await topBarControls(page));
        expect(stops.map((s) => s.name)).toContain('pick-src');
        expect(stops.map((s) => s.name)).toContain('locale');
        // Row by row, left to right: each stop is right of the previous one on the same line
        // (their boxes overlap vertically), or on a line below it.
        for (let k = 1; k < stops.length; k++) {
          const a = stops[k - 1];
          const b = stops[k];
          if (!a || !b) continue;
          const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y);
          const sameLine = overlap > 0.5 * Math.min(a.bottom - a.y, b.bottom - b.y);
          const where = `${a.name} → ${b.name}`;
          if (sameLine) expect(b.x, where).toBeGreaterThanOrEqual(a.right - 1);
          else expect(b.y, where).toBeGreaterThanOrEqual(a.bottom - 1);
        }
      });
    }
  }

  it('shows the case’s whole name where the bar has room, the pickers staying on its first line', async () => {
    const { page } = app;
    for (const [width, lines] of [
      [1280, 2],
      [1440, 2],
      [1800, 1],
      [1920, 1],
    ] as const) {
      await page.setViewportSize({ width, height: 768 });
      await page.waitForTimeout(100);
      const m = await page.evaluate(() => {
        const title = document.querySelector<HTMLElement>('.case-title');
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
        return {
          name: title?.textContent ?? '',
          // No tolerance: one pixel over is an ellipsis on screen.
          cut: (title?.scrollWidth ?? 0) > (title?.clientWidth ?? 0),
          titleTop: box('.case-title')?.top ?? 0,
          pickerTop: box('[data-testid="pick-tgt"]')?.top ?? 0,
          localeTop: box('[data-testid="locale"]')?.top ?? 0,
        };
      });
      expect(m.name, `${width} px`).toMatch(/Rekognition and Palantir/);
      expect(m.cut, `${width} px`).toBe(false);
      expect(Math.abs(m.pickerTop - m.titleTop), `${width} px`).toBeLessThan(12);
      expect(m.localeTop > m.titleTop + 20 ? 2 : 1, `${width} px`).toBe(lines);
    }
  });

  it('keeps a wrapped export option under its first line, not under its box (fr)', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.selectOption('[data-testid="locale"]', 'fr');
    await page.click('.topbar summary');
    await page.waitForSelector('.menu-options label', { state: 'visible' });
    const lines = await page.$$eval('.menu-options label', (labels) =>
      labels.map((label) => {
        // The left edge of each line of the option's words.
        const range = document.createRange();
        const text = [...label.childNodes].filter(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
        );
        const first = text[0];
        const last = text.at(-1);
        if (!first || !last) return [];
        range.setStart(first, 0);
        range.setEnd(last, last.textContent?.length ?? 0);
        return [...range.getClientRects()].map((r) => Math.round(r.left));
      }),
    );
    expect(lines.some((l) => new Set(l).size === 1 && l.length > 1)).toBe(true);
    for (const lefts of lines) expect(new Set(lefts).size).toBe(1);
    await page.screenshot({ path: `${SHOTS}/narrow-1024-fr-export.png` });
    await page.click('.topbar summary');
    await page.selectOption('[data-testid="locale"]', 'en');
  });

  it('shows the selected finding under the table whole, not cut (1024 px)', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.selectOption('[data-testid="locale"]', 'en');
    await page.locator('.table-scroll').focus();
    const clipped: string[] = [];
    for (let k = 0; k < 8; k++) {
      await page.keyboard.press('F8');
      await page.waitForSelector('[data-testid="finding-detail"] .detail-message', { state: 'attached' });
      clipped.push(
        ...(await page.$$eval('[data-testid="finding-detail"] *', (els) =>
          els
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.className}: ${el.textContent}`),
        )),
      );
    }
    expect(clipped).toEqual([]);
    // Not squeezed to nothing either.
    expect(
      await page.$eval('[data-testid="finding-detail"] .detail-message', (el) => el.clientWidth),
    ).toBeGreaterThan(200);
    await page.screenshot({ path: `${SHOTS}/narrow-1024-finding-detail.png` });
  });

  it('keeps the panels’ controls inside the panels, in French too', async () => {
    const { page } = app;
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 768 });
      await page.selectOption('[data-testid="locale"]', 'fr');
      await page.waitForSelector('[data-action="align-case"]');
      const outside = await page.evaluate(() => {
        const out: string[] = [];
        for (const panel of document.querySelectorAll('.sidebar, .inspector')) {
          const edge = panel.getBoundingClientRect().right;
          for (const el of panel.querySelectorAll('button, select, summary'))
            if (el.getClientRects().length > 0 && el.getBoundingClientRect().right > edge + 1)
              out.push(el.textContent ?? el.tagName);
          // Tags (encoding, edits) are read whole, not cut.
          for (const tag of panel.querySelectorAll('.tag'))
            if (tag.scrollWidth > tag.clientWidth + 1) out.push(`cut: ${tag.textContent}`);
        }
        return out;
      });
      expect(outside, `${width} px`).toEqual([]);
    }
    await page.selectOption('[data-testid="locale"]', 'en');
  });

  it('counts sentences in the status bar at sentence level', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.selectOption('[data-testid="locale"]', 'en');
    // The summary's button switches to the sentence level, as the level picker does.
    await page.click('[data-testid="parallelism"] button:has-text("Show sentences")');
    expect(await page.isChecked('input[name="level"][value="sentence"]')).toBe(true);
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
    // The summary's hint to try the sentence level is gone once it is shown.
    expect(await page.textContent('[data-testid="parallelism"]')).toMatch(/correspond/);
    expect(await page.textContent('[data-testid="parallelism"]')).not.toMatch(/Show sentences/);
    await page.click('input[name="level"][value="paragraph"]');
  });

  it('labels the finding badges with the category codes of the legend, not colour alone', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForSelector('.badges .badge .badge-code', { timeout: 60_000 });
    const badges = await page.$$eval('.badges .badge .badge-code', (codes) =>
      codes.map((c) => c.textContent ?? ''),
    );
    const legend = await page.$$eval('.legend-chips .swatch-code', (codes) =>
      codes.map((c) => c.textContent ?? ''),
    );
    expect(badges.length).toBeGreaterThan(0);
    for (const code of badges) {
      expect(code).toMatch(/\p{L}/u);
      expect(legend).toContain(code);
    }
    const findingsColumn = await page.evaluate(
      () => document.querySelector('table.aligned td.col-findings')?.getBoundingClientRect().width ?? 0,
    );
    expect(findingsColumn).toBeLessThanOrEqual(90);
  });

  it('keeps the side panel reachable below the work area, and passes axe-core at 1024 px', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.locator('.sidebar').scrollIntoViewIfNeeded();
    expect(await page.locator('.sidebar .side-section').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/narrow-1024-side-panel.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('shows the documents’ names readable from 1024 to 1920 px: whole, or start and end kept', async () => {
    const { page } = app;
    const long = 'amazon-rekognition-lettre-des-employes-a-jeff-bezos-2018-06-22-traduction-fr-v2.txt';
    await page.selectOption('[data-testid="locale"]', 'en');
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: long, mimeType: 'text/plain', buffer: Buffer.from('Les salariés ont écrit une lettre.') },
    ]);
    await page.waitForSelector('[data-testid="import-preview"]');
    await page.click('[data-action="add-documents"]');
    await page.waitForFunction((n) => document.querySelector(`.doc-name[title="${n}"]`), long);
    for (const width of [1024, 1366, 1920]) {
      await page.setViewportSize({ width, height: 768 });
      await page.waitForTimeout(100);
      const names = await page.$$eval('.doc-name', (els) =>
        els.map((el) => {
          const shown = el.querySelector('[aria-hidden="true"]') ?? el;
          const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight);
          return {
            name: el.getAttribute('title') ?? '',
            shown: shown.textContent ?? '',
            lines: Math.round(el.getBoundingClientRect().height / lineHeight),
            // No tolerance: one pixel over is text cut at the panel's edge.
            cut: el.scrollWidth > el.clientWidth,
          };
        }),
      );
      expect(names.length, `${width} px`).toBe(6);
      for (const n of names) {
        expect(n.cut, `${width} px: ${n.name}`).toBe(false);
        expect(n.lines, `${width} px: ${n.shown}`).toBeLessThanOrEqual(2);
        if (n.name === long) {
          expect(n.shown).toMatch(/^amazon-rekognition-.*….*-fr-v2\.txt$/);
          // Below the work area (1024 px) the list is wider: the name keeps more of itself.
          if (width === 1024) expect(n.shown.length, n.shown).toBeGreaterThan(50);
        } else expect(n.shown, `${width} px`).toBe(n.name);
      }
      // The sample case's name, in the cases list above, is not cut either (two lines at most).
      const caseName = await page.$eval('.case-list li.active .case-name', (el) => ({
        cut: el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth,
        lines: Math.round(el.clientHeight / Number.parseFloat(getComputedStyle(el).lineHeight)),
      }));
      expect(caseName.cut, `${width} px`).toBe(false);
      expect(caseName.lines, `${width} px`).toBeLessThanOrEqual(2);
      await page.locator('.doc-list').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/documents-${width}.png` });
    }
    await page.click(`button[aria-label="Remove ${long} from the case"]`);
    await page.waitForFunction(() => document.querySelectorAll('.doc-name').length === 5);
    await page.evaluate(() => window.scrollTo(0, 0));
  });
});
