/**
 * The quote tracer's word on the rows, in real Chromium, on the sample case: 001's "immoral U.S.
 * policy" sentence pairs with 004's at 0.49 only on the aligner's evidence (under its line), while
 * its quotation is traced to that sentence at 0.98: the alignment pairs them on the tracer's word
 * (pair-quoted-passages.ts). Where a row is left unpaired all the same (here: the person unlinks
 * the pair), the row says where its quotation is traced and leads there; the person can accept
 * the tracer's word in one click (the rows are paired, the rows between keep their order), and
 * undo it.
 */
import { describe, expect, it } from 'vitest';
import { openAppForFile, rowWithTranslation } from './harness.ts';

const app = openAppForFile();

describe('rows related by the quote tracer', () => {
  it("pairs the passage a quotation renders, on the tracer's word", async () => {
    const { page, session } = app;
    await page.selectOption('header select >> nth=1', { label: 'FR · 001_ec0fa46e45b6f4ef.txt' });
    await page.click('input[name="level"][value="sentence"]');
    // Rows are virtual: find the rendering's row by its text, until the alignment pairs it (the
    // table re-renders while the alignment arrives: a row found then may be gone, so retry).
    const row = () =>
      rowWithTranslation(page, 'politique immorale')
        .then((k) =>
          page.$eval(`tbody tr[data-index="${k}"]`, (el) => ({
            text: el.textContent ?? '',
            confidence: Number(el.querySelector('.conf-num')?.textContent ?? '0'),
            why: el.querySelector('.conf')?.getAttribute('title') ?? '',
          })),
        )
        .catch(() => ({ text: '', confidence: 0, why: '' }));
    let found = { text: '', confidence: 0, why: '' };
    await expect
      .poll(
        async () => {
          found = await row();
          return found.text;
        },
        { timeout: 60_000 },
      )
      .toMatch(/In the face of this immoral U\.S\. policy/);
    // With the tracer's probability (0.98), not the aligner's 0.49.
    expect(found.confidence).toBeGreaterThanOrEqual(90);
    // And the row says where that confidence comes from.
    expect(found.why).toMatch(/from the quote tracer/);
    expect(session.consoleErrors).toEqual([]);
  });

  it('points an unpaired source passage and its unpaired rendering to each other, and goes there', async () => {
    const { page, session } = app;
    // The person unlinks the pair the tracer made: both rows are unpaired again.
    await expect
      .poll(
        () =>
          rowWithTranslation(page, 'politique immorale')
            .then((k) =>
              page.$eval(`tbody tr[data-index="${k}"] td.col-num`, (el) => (el as HTMLElement).click()),
            )
            .then(() => page.textContent('tr[aria-selected="true"]'))
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toMatch(/politique immorale/);
    await page.click('[data-action="unlink"]');
    // The English sentence, next to its rendering's row, says which row renders it.
    const to = page.locator('.traced-row', { hasText: /a quotation in row \d+ is traced here/ });
    await to.first().waitFor({ timeout: 60_000 });
    const own = await to.first().evaluate((el) => el.closest('tr')?.textContent ?? '');
    expect(own).toMatch(/immoral U\.S\. policy/);
    const target = Number(/row (\d+)/.exec((await to.first().textContent()) ?? '')?.[1]);
    await to.first().click();
    await page.waitForFunction(
      (row) =>
        document.querySelector('tr[aria-selected="true"]')?.getAttribute('data-index') === String(row - 1),
      target,
    );
    const selected = (await page.textContent('tr[aria-selected="true"]')) ?? '';
    expect(selected).toMatch(/politique immorale/);
    expect(selected).toMatch(/its quotation is traced to the original in row \d+ \(\d+ %\)/);
    expect(session.consoleErrors).toEqual([]);
  });

  it('pairs the unpaired rendering with its traced source in one click, undoably', async () => {
    const { page, session } = app;
    // The previous test left 004/001 at sentence level with the rendering's row selected.
    const pairButton = page.locator('tr[aria-selected="true"] .pair-traced');
    await pairButton.waitFor();
    expect(await pairButton.isEnabled()).toBe(true);
    await pairButton.click();
    // The new pair is selected and holds both sentences, confirmed by hand.
    await page.waitForFunction(() => {
      const row = document.querySelector('tr[aria-selected="true"]');
      return (
        /immoral U\.S\. policy/.test(row?.textContent ?? '') &&
        /politique immorale/.test(row?.textContent ?? '')
      );
    });
    expect(await page.textContent('tr[aria-selected="true"] .confirmed-mark')).toBe('✓');
    expect(await page.locator('tr[aria-selected="true"] .pair-traced').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
      return !rows.some((t) => /immoral U\.S\. policy/.test(t) && /politique immorale/.test(t));
    });
    // Unpaired again, so the tracer's suggestion is back.
    await page.locator('.pair-traced').first().waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
