/**
 * The side panels once a document has been corrected, at laptop widths, English and French
 * interface: in the documents panel (248 px at 1366) an edited document's role stays on its
 * second line, beside its language and encoding; the changes view's document picker stays
 * inside its panel (at 1024 px it ran past the window's edge and the panel scrolled sideways);
 * the export menu closes on Escape, and on a click elsewhere. Past 99 edits of a Windows-1252
 * file, the count reads "99+" and the role still stays on the second line.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeCaseFile } from '../../src/core/exchange/case-file-json.ts';
import { type CaseEdit, createCaseFile } from '../../src/core/model/case-file.ts';
import { withView } from '../../src/state/case-record.ts';
import { openAppForFile } from './harness.ts';

const SHOTS = 'test-results';

/** Per document of the panel: whether its role (if any) sits on the line of its language picker. */
function rolesOnMetaLine(
  p: Page,
): Promise<{ name: string; role: string; sameLine: boolean; edited: boolean }[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll('.doc-list li')].flatMap((li) => {
      const role = li.querySelector('.role');
      const select = li.querySelector('.doc-meta select');
      if (!role || !select) return [];
      const r = role.getBoundingClientRect();
      const s = select.getBoundingClientRect();
      return [
        {
          name: li.querySelector('.doc-name')?.textContent ?? '',
          role: role.textContent ?? '',
          sameLine: r.top < s.bottom && r.bottom > s.top,
          edited: li.querySelector('.tag.edited') !== null,
        },
      ];
    }),
  );
}

/** How far the changes view's picker runs past its panel, and how far the inspector scrolls sideways (px). */
function changesOverflow(p: Page): Promise<{ picker: number; inspector: number }> {
  return p.evaluate(() => {
    const panel = document.querySelector('.tabpanel:not([hidden])')!;
    const select = document.querySelector('.changes select')!;
    const inspector = panel.parentElement!;
    return {
      picker: select.getBoundingClientRect().right - panel.getBoundingClientRect().right,
      inspector: Math.max(
        inspector.scrollWidth - inspector.clientWidth,
        panel.scrollWidth - panel.clientWidth,
      ),
    };
  });
}

const app = openAppForFile({
  width: 1366,
  height: 768,
  prepare: async ({ page }) => {
    // Correct the translation once: a garbled opener fixed.
    await page.waitForSelector('.finding-item[data-rule="lost-quote-mark"]', { timeout: 60_000 });
    const item = page.locator('.finding-item[data-rule="lost-quote-mark"]').first();
    await item.locator('button.finding-main').click();
    await item.locator('[data-action="fix"]').click();
    await page.waitForSelector('.doc-list .tag.edited');
  },
});

describe('panels after an edit', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`keeps an edited document's role on its second line in the 248 px panel (${locale})`, async () => {
      const { page } = app;
      await page.selectOption('[data-testid="locale"]', locale);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      const docs = await rolesOnMetaLine(page);
      expect(docs.some((d) => d.edited)).toBe(true);
      expect(docs).toHaveLength(2);
      await page.screenshot({ path: `${SHOTS}/edited-documents-${locale}.png` });
      expect(docs.filter((d) => !d.sameLine)).toEqual([]);
    });
  }

  it('keeps it there with ten edits and more (a "fix all" of the typography findings)', async () => {
    const { page } = app;
    await page.selectOption('[data-testid="locale"]', 'en');
    const fixAll = page.locator('.finding-item [data-action="fix-all"]', { hasText: /\((1\d|[2-9]\d)\)/ });
    await fixAll.first().click();
    await page.click('[data-action="apply-all"]');
    await page.screenshot({ path: `${SHOTS}/edited-documents-fix-all.png` });
    await page.waitForFunction(() => {
      const tag = document.querySelector('.doc-list .tag.edited > span[aria-hidden="true"]');
      return Number(tag?.textContent ?? 0) >= 10;
    });
    expect((await rolesOnMetaLine(page)).filter((d) => !d.sameLine)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/edited-documents-many.png` });
  });

  for (const width of [1366, 1024]) {
    it(`keeps the changes view's document picker inside its panel at ${width} px`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height: 768 });
      await page.click('#tab-changes');
      await page.waitForSelector('.changes select');
      const overflow = await changesOverflow(page);
      expect(overflow.picker).toBeLessThanOrEqual(0);
      expect(overflow.inspector).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/edited-changes-${width}.png` });
      await page.click('#tab-findings');
    });
  }

  it('closes the export menu on Escape and on a click elsewhere', async () => {
    const { page } = app;
    const open = () => page.evaluate(() => document.querySelector<HTMLDetailsElement>('details.menu')!.open);
    await page.click('details.menu > summary');
    expect(await open()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await open()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.click('details.menu > summary');
    expect(await open()).toBe(true);
    // The Findings tab, which the open menu covered at 1024 px.
    await page.mouse.click(5, 400);
    expect(await open()).toBe(false);
    await page.click('#tab-findings');
  });

  it('closes the export menu on a click outside that comes before the menu has told React it opened', async () => {
    const { page } = app;
    // The toggle event of a <details> is queued as a task: on a busy page a click can come first.
    // Opening and clicking outside in one task must still leave the menu closed.
    const stillOpen = await page.evaluate(() => {
      const menu = document.querySelector<HTMLDetailsElement>('details.menu')!;
      menu.open = true;
      document
        .querySelector('#tab-findings')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      return menu.open;
    });
    expect(stillOpen).toBe(false);
  });

  it('keeps the role on the second line past 99 edits of a windows-1252 file ("99+"), English and French, 1366 and 1024 px', async () => {
    const { page } = app;
    const at = '2026-01-01T00:00:00.000Z';
    const en = 'The employees wrote a letter to the company.\nThey asked it to stop selling the software.';
    const fr =
      'Les employés ont écrit une lettre à l’entreprise.\nIls lui ont demandé de cesser de vendre le logiciel.';
    // 120 edits, each typing a letter over itself (the text stays readable).
    const edits: CaseEdit[] = Array.from({ length: 120 }, (_, i) => ({
      start: i % 40,
      end: (i % 40) + 1,
      text: fr[i % 40] as string,
      origin: 'manual',
      at,
    }));
    const file = withView(
      {
        ...createCaseFile('many-edits', 'Many edits', at),
        documents: [
          {
            id: 'en1',
            name: 'letter-en.txt',
            lang: 'en',
            originalText: en,
            edits: [],
            origin: { kind: 'paste' },
            addedAt: at,
          },
          {
            id: 'fr1',
            name: 'lettre-fr-cp1252.txt',
            lang: 'fr',
            originalText: fr,
            edits,
            origin: { kind: 'file', fileName: 'lettre-fr-cp1252.txt', encoding: 'windows-1252' },
            addedAt: at,
          },
        ],
      },
      { srcId: 'en1', tgtId: 'fr1', level: 'paragraph' },
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'many-edits.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeCaseFile(file)),
    });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="edit-count"]')?.textContent === '99+',
    );
    expect(await page.getAttribute('.doc-list .tag.edited', 'title')).toBe('120 edits');
    for (const width of [1366, 1024])
      for (const locale of ['en', 'fr'] as const) {
        await page.setViewportSize({ width, height: 768 });
        await page.selectOption('[data-testid="locale"]', locale);
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        const docs = await rolesOnMetaLine(page);
        expect(docs).toHaveLength(2);
        expect(
          docs.filter((d) => !d.sameLine),
          `${width} px, ${locale}`,
        ).toEqual([]);
        // The encoding's short form is whole (it is cut only as a last resort).
        const encodings = await page.$$eval('.doc-list .tag.encoding', (els) =>
          els.map((el) => ({ text: el.textContent ?? '', cut: el.scrollWidth > el.clientWidth })),
        );
        expect(
          encodings.filter((e) => e.cut),
          `${width} px, ${locale}`,
        ).toEqual([]);
        if (width === 1366) {
          await page.locator('.doc-list').scrollIntoViewIfNeeded();
          await page.screenshot({ path: `${SHOTS}/edited-documents-99plus-${locale}.png` });
        }
      }
    await page.selectOption('[data-testid="locale"]', 'en');
  });

  it('logged no error', () => {
    const { session } = app;
    expect(session.consoleErrors).toEqual([]);
  });
});
