/**
 * The QA view in Chromium, on the sample case: alignment editing at sentence level (split a
 * row at a chosen sentence through the dialog, move a sentence, merge, a confirmed row kept
 * through a re-alignment), findings filtered by category and severity with their counts, F8
 * through them, "fix all" with one change left out, the case's other pairs aligned and checked
 * for consistency with a link to each place; axe-core on every main screen, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { openAppForFile, seriousViolations } from './harness.ts';

const SHOTS = 'test-results';
const CASE_EN = [
  'The employees wrote a letter to the chief executive about the facial recognition software.',
  'They asked the company to stop selling the system to police departments across the country.',
  'More than four hundred workers signed the letter within two days of its publication.',
].join('\n');
const CASE_FR_A = [
  'Les employés ont écrit une lettre au directeur général au sujet du logiciel de reconnaissance faciale.',
  'Ils ont demandé à l’entreprise de cesser de vendre le système aux services de police de tout le pays.',
  'Plus de quatre cents salariés ont signé la lettre dans les deux jours suivant sa publication.',
].join('\n');
const CASE_FR_B = [
  'Les employés ont écrit une lettre au directeur général au sujet du logiciel de reconnaissance faciale.',
  'Ils ont exigé que la société arrête de fournir ce système aux polices de l’ensemble du territoire.',
  'Plus de quatre cents salariés ont signé la lettre dans les deux jours suivant sa publication.',
].join('\n');

const rowCount = async () =>
  Number(/(\d+) rows?/.exec((await app.page.textContent('.statusbar')) ?? '')?.[1] ?? 0);
const findingTotal = async () =>
  Number(/(\d+) findings?/.exec((await app.page.textContent('.statusbar')) ?? '')?.[1] ?? 0);
const rowText = (index: number, side: 'src' | 'tgt') =>
  app.page.textContent(`tbody tr[data-index="${index}"] td.col-${side}`);

/** Select a row by clicking its number (scrolls it into view first; rows are virtual). */
async function selectRow(index: number): Promise<void> {
  await app.page.evaluate(async (i) => {
    const scroller = document.querySelector('.table-scroll');
    for (let k = 0; k < 80 && !document.querySelector(`tbody tr[data-index="${i}"]`); k++) {
      scroller?.scrollBy(0, 300);
      await new Promise((r) => setTimeout(r, 30));
    }
  }, index);
  await app.page.click(`tbody tr[data-index="${index}"] td.col-num`);
}

async function expectAccessible(name: string): Promise<void> {
  expect(await seriousViolations(app.page), name).toEqual([]);
}

const app = openAppForFile({
  prepare: async ({ page }) => {
    // The translation's checks are in (they wait for the French word list).
    await page.waitForSelector('.legend-chips .chip.cat-encoding', { timeout: 60_000 });
  },
});

describe('alignment editing at sentence level', () => {
  it('splits a row at a chosen sentence of the original, and undoes it', async () => {
    const { page } = app;
    await page.click('text=Sentences');
    await page.waitForFunction(
      () => !document.querySelector('.job') && document.querySelectorAll('tbody tr').length > 0,
    );
    // Merge two rows so that row 1 holds two sentences on each side… or more.
    await selectRow(0);
    await page.keyboard.press('Alt+m');
    await page.keyboard.press('Alt+m');
    const merged = await page.evaluate(() => ({
      src: document.querySelectorAll('tbody tr[data-index="0"] td.col-src .seg').length,
      tgt: document.querySelectorAll('tbody tr[data-index="0"] td.col-tgt .seg').length,
    }));
    expect(merged.src + merged.tgt).toBeGreaterThanOrEqual(3);
    const before = await rowCount();
    const firstSrc = await page.textContent('tbody tr[data-index="0"] td.col-src .seg');

    await page.keyboard.press('Alt+s');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('Split row 1');
    await page.screenshot({ path: `${SHOTS}/qa-split-dialog.png` });
    await expectAccessible('split dialog');
    // The original's first fieldset: cut after its first sentence (radio 2 of n + 1).
    const cuts = dialog.locator('fieldset').first().locator('input[type="radio"]');
    await cuts.nth(1).check();
    await page.click('[data-action="apply-split"]');
    await page.waitForFunction(
      (n) =>
        /(\d+) rows?/.exec(document.querySelector('.statusbar')?.textContent ?? '')?.[1] === String(n + 1),
      before,
    );
    // Row 1 keeps the first original sentence alone; the rest is in row 2.
    expect(await page.$$eval('tbody tr[data-index="0"] td.col-src .seg', (s) => s.length)).toBe(1);
    expect(await page.textContent('tbody tr[data-index="0"] td.col-src .seg')).toBe(firstSrc);
    expect(await page.textContent('tbody tr[data-index="0"] .confirmed-mark')).toBe('✓');
    expect(await page.textContent('tbody tr[data-index="1"] .confirmed-mark')).toBe('✓');

    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (n) => /(\d+) rows?/.exec(document.querySelector('.statusbar')?.textContent ?? '')?.[1] === String(n),
      before,
    );
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(
      (n) =>
        /(\d+) rows?/.exec(document.querySelector('.statusbar')?.textContent ?? '')?.[1] === String(n + 1),
      before,
    );
  });

  it('moves the first original sentence of a row to the row above, by keyboard', async () => {
    const { page } = app;
    await selectRow(1);
    const above = (await rowText(0, 'src')) ?? '';
    const moved = (await page.textContent('tbody tr[data-index="1"] td.col-src .seg')) ?? '';
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page.waitForFunction(
      (t) => document.querySelector('tbody tr[data-index="0"] td.col-src')?.textContent === t,
      above + moved,
    );
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (t) => document.querySelector('tbody tr[data-index="0"] td.col-src')?.textContent === t,
      above,
    );
  });

  it('keeps a confirmed row when the pair is re-aligned', async () => {
    const { page } = app;
    const kept = await rowText(0, 'src');
    await page.click('[data-action="realign"]');
    await page.waitForFunction(() => !document.querySelector('.job'));
    await page.waitForTimeout(300);
    expect(await rowText(0, 'src')).toBe(kept);
    expect(await page.textContent('tbody tr[data-index="0"] .confirmed-mark')).toBe('✓');
    await page.click('text=Paragraphs');
    await page.waitForFunction(
      () => !document.querySelector('.job') && document.querySelectorAll('tbody tr').length > 0,
    );
  });
});

describe('findings as a QA view', () => {
  it('filters by category and severity, with counts', async () => {
    const { page } = app;
    // The pair checks of the re-aligned pair come in after the table: wait until the counts
    // agree and hold still.
    const snapshot = () =>
      page.evaluate(() => {
        const total = Number(
          /(\d+) findings?/.exec(document.querySelector('.statusbar')?.textContent ?? '')?.[1],
        );
        const bySeverity = [...document.querySelectorAll('label.sev .count')].reduce(
          (sum, el) => sum + Number(el.textContent),
          0,
        );
        return total > 0 && total === bySeverity ? total : -1;
      });
    for (let k = 0, last = -2; k < 40; k++) {
      const now = await snapshot();
      if (now > 0 && now === last) break;
      last = now;
      await page.waitForTimeout(750);
    }
    const total = await findingTotal();
    expect(total).toBeGreaterThan(10);
    const severityCount = (s: string) => page.$eval(`label.sev-${s} .count`, (el) => Number(el.textContent));
    const errors = await severityCount('error');
    const warnings = await severityCount('warning');
    const notes = await severityCount('info');
    expect(errors + warnings + notes).toBe(total);
    // Hide the notes: the list holds errors and warnings only.
    await page.click('label.sev-info');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="findings-count"]')?.textContent === String(n),
      errors + warnings,
    );
    const tags = await page.$$eval('.finding-list .sev-tag', (els) => els.map((e) => e.className));
    expect(tags.some((c) => c.includes('sev-info'))).toBe(false);
    // Notes back, typography hidden: its count leaves the severity counts.
    await page.click('label.sev-info');
    const typography = await page.$eval('.legend-chips .chip.cat-typography .count', (el) =>
      Number(el.textContent),
    );
    await page.click('.legend-chips .chip.cat-typography');
    const after = await Promise.all(['error', 'warning', 'info'].map(severityCount));
    expect(after.reduce((a, b) => a + b, 0)).toBe(total - typography);
    await page.screenshot({ path: `${SHOTS}/qa-findings-filtered.png` });
    await expectAccessible('filtered findings');
    await page.click('.filter-row .link-button');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="findings-count"]')?.textContent === String(n),
      total,
    );
  });

  it('steps through the findings with F8 and Shift+F8', async () => {
    const { page } = app;
    await page.locator('table.aligned').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F8');
    await page.waitForSelector('.finding-item.selected');
    expect(await page.textContent('[data-testid="findings-count"]')).toMatch(/^1 of \d+$/);
    await page.keyboard.press('F8');
    expect(await page.textContent('[data-testid="findings-count"]')).toMatch(/^2 of \d+$/);
    await page.keyboard.press('Shift+F8');
    expect(await page.textContent('[data-testid="findings-count"]')).toMatch(/^1 of \d+$/);
    // The detail under the table names it, and the table shows it selected.
    expect(await page.textContent('[data-testid="finding-detail"]')).toMatch(/row \d+/);
    expect(await page.$('mark.finding.selected')).not.toBeNull();
  });

  it('fixes all of a kind but one, from the preview', async () => {
    const { page } = app;
    // Missing spaces of the French typography (fr-FR): many, in the translation, independent.
    const button = page.locator('.finding-item[data-rule="missing-space"] [data-action="fix-all"]').first();
    const label = (await button.textContent()) ?? '';
    const n = Number(/\((\d+)\)/.exec(label)?.[1]);
    expect(n).toBeGreaterThan(2);
    const doc = await button.evaluate((b) => b.closest('.finding-item')?.getAttribute('data-doc'));
    const rule = `missing-space"][data-doc="${doc}`;
    const ofRule = () => page.$$eval(`.finding-item[data-rule="${rule}"]`, (els) => els.length);
    const before = await ofRule();
    await button.click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.preview-list li').count()).toBe(n);
    await dialog.locator('.preview-list input[type="checkbox"]').first().uncheck();
    expect(await page.textContent('[data-action="apply-all"]')).toBe(`Apply ${n - 1} changes`);
    await page.screenshot({ path: `${SHOTS}/qa-fix-all.png` });
    await expectAccessible('fix-all preview');
    await page.click('[data-action="apply-all"]');
    await page.waitForFunction(
      ([r, m]) => document.querySelectorAll(`.finding-item[data-rule="${r}"]`).length === m,
      [rule, before - (n - 1)] as const,
    );
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      ([r, m]) => document.querySelectorAll(`.finding-item[data-rule="${r}"]`).length === m,
      [rule, before] as const,
    );
  });

  it('aligns the case’s other pairs and links each inconsistent translation to its place', async () => {
    const { page } = app;
    // A case of its own: one English report, two French renderings that differ on one sentence
    // (the sample's reports are paraphrases, rightly aligned with low confidence).
    const before = await page.$$eval('.case-list li', (l) => l.length);
    await page.click('.side-section >> text=New');
    await page.waitForFunction((n) => document.querySelectorAll('.case-list li').length === n + 1, before);
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 0);
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'report-en.txt', mimeType: 'text/plain', buffer: Buffer.from(CASE_EN) },
      { name: 'rendering-a.txt', mimeType: 'text/plain', buffer: Buffer.from(CASE_FR_A) },
      { name: 'rendering-b.txt', mimeType: 'text/plain', buffer: Buffer.from(CASE_FR_B) },
    ]);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="import-preview"]').length === 3,
    );
    await page.click('[data-action="add-documents"]');
    await page.waitForSelector('table.aligned tbody tr');
    await page.waitForFunction(() => !document.querySelector('.job'));
    await page.click('[data-action="align-case"]');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="case-findings"] .count')?.textContent) === 1,
      null,
      { timeout: 60_000 },
    );
    const links = page.locator('[data-action="go-case-finding"]');
    expect(await links.count()).toBe(1);
    expect(await links.first().textContent()).toContain('rendering-b.txt · row 2');
    await page.locator('[data-testid="case-findings"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/qa-case-findings.png` });
    const selectedName = () =>
      page.$eval('[data-testid="pick-tgt"]', (el) => {
        const select = el as HTMLSelectElement;
        return select.options[select.selectedIndex]?.textContent ?? '';
      });
    expect(await selectedName()).toContain('rendering-a.txt');
    await links.first().click();
    // The other rendering's pair is open, at the row, with the finding selected in its list.
    await page.waitForSelector('.finding-item.selected[data-rule="inconsistent-translation"]', {
      timeout: 30_000,
    });
    expect(await selectedName()).toContain('rendering-b.txt');
    await page.waitForSelector('tbody tr[aria-selected="true"] mark.finding.cat-consistency');
    expect(await page.textContent('tbody tr[aria-selected="true"] td.col-tgt')).toContain('Ils ont exigé');
    await page.screenshot({ path: `${SHOTS}/qa-consistency-row.png` });
    // And from there to the most used translation, in the rendering it comes from.
    await page.click('.finding-item.selected [data-action="go-reference"]');
    await page.waitForFunction(() => {
      const select = document.querySelector('[data-testid="pick-tgt"]') as HTMLSelectElement | null;
      return select?.options[select.selectedIndex]?.textContent?.includes('rendering-a.txt');
    });
    expect(await page.textContent('tbody tr[aria-selected="true"] td.col-tgt')).toContain('Ils ont demandé');
  });
});

describe('the alignment map', () => {
  it('shows the path, not hidden by the selection layer above it', async () => {
    const { page } = app;
    const map = await page.evaluate(() => {
      const [base, overlay] = document.querySelectorAll<HTMLCanvasElement>('.map canvas');
      const ctx = base?.getContext('2d');
      if (!base || !overlay || !ctx) return null;
      const { data } = ctx.getImageData(0, 0, base.width, base.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return { painted, overlay: getComputedStyle(overlay).backgroundColor };
    });
    expect(map?.painted).toBeGreaterThan(100);
    expect(map?.overlay).toBe('rgba(0, 0, 0, 0)');
  });
});

describe('every main screen, in both languages', () => {
  it('has no serious accessibility violation', async () => {
    const { page } = app;
    for (const locale of ['en', 'fr']) {
      await page.selectOption('[data-testid="locale"]', locale);
      await expectAccessible(`${locale}: pair view and findings`);
      await page.click('#tab-quotes');
      await page.waitForSelector('.quote-item, .quotes .muted', { timeout: 60_000 });
      await expectAccessible(`${locale}: quotes`);
      await page.screenshot({ path: `${SHOTS}/qa-quotes-${locale}.png` });
      await page.click('#tab-changes');
      await expectAccessible(`${locale}: changes`);
      await page.click('#tab-findings');
      // The cases list, with a case being renamed in place.
      await page.click(`[aria-label^="${locale === 'fr' ? 'Renommer' : 'Rename'} "]`);
      await page.waitForSelector('form.rename input');
      await expectAccessible(`${locale}: cases, renaming`);
      await page.keyboard.press('Escape');
      await page.click('.menu > summary');
      await expectAccessible(`${locale}: export menu`);
      await page.screenshot({ path: `${SHOTS}/qa-export-${locale}.png` });
      await page.click('.menu > summary');
      await page.click('[data-action="open-import"]');
      await page.locator('dialog[open]').waitFor();
      await expectAccessible(`${locale}: import dialog`);
      await page.screenshot({ path: `${SHOTS}/qa-import-${locale}.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      await page.screenshot({ path: `${SHOTS}/qa-main-${locale}.png` });
    }
    await page.selectOption('[data-testid="locale"]', 'en');
  });

  it('made no request off the machine and logged no error', () => {
    const { session } = app;
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
