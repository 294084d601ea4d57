/**
 * The pair view's split points and confirmed rows through an edit, in Chromium: on a parallel
 * pair at sentence level, a row holding two original sentences against one translated one is
 * split by a click between the two (and by Tab + Enter), undone in one step; a confirmed row
 * keeps its own sentences when an edit above it adds a sentence and the pair is re-aligned, and
 * is unconfirmed with a notice when an edit merges its sentence with the row above; at paragraph
 * level, the selected row's cut points between the sentences of a paragraph are reached by Tab
 * and cut there, the pair shown sentence by sentence;
 * axe-core finds nothing serious with a split point focused; the pill naming a mark's action,
 * shown on hover and focus, covers no text of the table. Screenshots in test-results/.
 */
import { describe, expect, it } from 'vitest';
import { openAppForFile, seriousViolations } from './harness.ts';

const SHOTS = 'test-results';
const EN = [
  'Amazon employees have asked the company to stop selling facial recognition software to the police. In a letter to Jeff Bezos, they said the technology would be used to harm the most marginalized.',
  'The letter was signed by more than four hundred workers within two days. It follows similar protests at Google and Microsoft.',
  'Amazon did not respond to a request for comment. A spokesman said last week that the company would keep working with law enforcement.',
  'Civil rights groups, led by the ACLU, had already asked Amazon to stop. They said the software could be used to track immigrants and protesters.',
  'The company says the technology helps find missing children. Critics say it is often wrong, especially with darker-skinned faces.',
].join('\n');
const FR = [
  'Des employés d’Amazon ont demandé à l’entreprise de cesser de vendre son logiciel de reconnaissance faciale à la police. Dans une lettre à Jeff Bezos, ils estiment que la technologie servira à nuire aux plus marginalisés.',
  'La lettre a été signée par plus de quatre cents salariés en deux jours, après des protestations semblables chez Google et Microsoft.',
  'Amazon n’a pas répondu à une demande de commentaire. Un porte-parole avait déclaré la semaine dernière que l’entreprise continuerait de travailler avec les forces de l’ordre.',
  'Des associations de défense des droits civiques, emmenées par l’ACLU, avaient déjà demandé à Amazon d’arrêter. Selon elles, le logiciel pourrait servir à suivre les immigrés et les manifestants.',
  'L’entreprise affirme que la technologie aide à retrouver des enfants disparus. Ses détracteurs disent qu’elle se trompe souvent, surtout avec les visages à la peau foncée.',
].join('\n');

/** A close-up of row `row` and its neighbours' edges, to look at a mark's pill. */
async function closeUp(row: number, name: string) {
  const box = await app.page.locator(`tbody tr[data-index="${row}"]`).boundingBox();
  if (box) {
    await app.page.screenshot({
      path: `${SHOTS}/${name}`,
      clip: { x: box.x, y: Math.max(0, box.y - 24), width: box.width, height: box.height + 48 },
    });
  }
}

/**
 * The shown pill of the cut mark that is hovered or focused, and the table's text it covers:
 * each text node's line boxes (Range client rects) that the pill's box intersects.
 */
const pillCover = () =>
  app.page.evaluate(() => {
    const mark = [...document.querySelectorAll('.cut-mark')].find((m) => m.matches(':hover, :focus-visible'));
    const pill = mark?.nextElementSibling;
    if (!mark || !pill) return { shown: false, covered: ['no hovered or focused mark'] };
    const p = pill.getBoundingClientRect();
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('table.aligned')!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const x = Math.min(p.right, r.right) - Math.max(p.left, r.left);
        const y = Math.min(p.bottom, r.bottom) - Math.max(p.top, r.top);
        if (x > 0.5 && y > 0.5) covered.push(`${node.textContent.slice(0, 40)} (${y.toFixed(1)}px)`);
      }
    }
    const m = mark.getBoundingClientRect();
    return {
      shown: getComputedStyle(pill).opacity === '1' && p.width > 40,
      covered,
      // How far the pill starts from the mark, across.
      fromMark: Math.round(p.left - m.left),
    };
  });

const rowCount = () => app.page.$$eval('tbody tr', (rows) => rows.length);
const settled = () =>
  app.page.waitForFunction(
    () => !document.querySelector('.job') && document.querySelectorAll('tbody tr').length > 0,
  );
/** The index of the row whose `side` cell holds `text` (the pair is short: every row is rendered). */
const rowHolding = (side: 'src' | 'tgt', text: string) =>
  app.page.$$eval(
    'tbody tr',
    (rows, [s, wanted]) =>
      Number(
        rows
          .find((r) => r.querySelector(`td.col-${s}`)?.textContent?.includes(wanted as string))
          ?.getAttribute('data-index') ?? -1,
      ),
    [side, text] as const,
  );

const app = openAppForFile({
  prepare: async ({ page }) => {
    const before = await page.$$eval('.case-list li', (l) => l.length);
    await page.click('.side-section >> text=New');
    await page.waitForFunction((n) => document.querySelectorAll('.case-list li').length === n + 1, before);
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'report-en.txt', mimeType: 'text/plain', buffer: Buffer.from(EN) },
      { name: 'rapport-fr.txt', mimeType: 'text/plain', buffer: Buffer.from(FR) },
    ]);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="import-preview"]').length === 2,
    );
    await page.click('[data-action="add-documents"]');
    await settled();
    await page.click('text=Sentences');
    await settled();
  },
});

describe('split points', () => {
  it('split a row where clicked between two sentences, in one undo step', async () => {
    const { page } = app;
    // "The letter was signed…" and "It follows…" share one French sentence: one row.
    const row = await rowHolding('src', 'The letter was signed');
    expect(await rowHolding('src', 'It follows similar protests')).toBe(row);
    const rows = await rowCount();
    await page.click(`tbody tr[data-index="${row}"] td.col-num`);
    const point = page.locator(`tbody tr[data-index="${row}"] td.col-src [data-action="split-here"]`);
    expect(await point.count()).toBe(1);
    expect(await point.getAttribute('aria-label')).toBe(
      `Split here: row ${row + 1} after sentence 1 of the original`,
    );
    await point.hover();
    await page.screenshot({ path: `${SHOTS}/split-point-hover.png` });
    await closeUp(row, 'split-point-hover-close.png');
    expect(await pillCover()).toMatchObject({ shown: true, covered: [] });
    await point.click();
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n + 1, rows);
    expect(await rowHolding('src', 'It follows similar protests')).toBe(row + 1);
    expect(await page.textContent(`tbody tr[data-index="${row}"] .confirmed-mark`)).toBe('✓');
    // The translation's one sentence stays with the first (its share of the length is there).
    expect(await rowHolding('tgt', 'La lettre a été signée')).toBe(row);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, rows);
  });

  it('are reached by Tab inside the selected row only, and pressed with Enter', async () => {
    const { page } = app;
    const row = await rowHolding('src', 'The letter was signed');
    const rows = await rowCount();
    // Tab order: the selected row's split points only (other rows' are out of it).
    const tabbable = await page.$$eval('[data-action="split-here"]', (points) =>
      points
        .filter((p) => (p as HTMLElement).tabIndex === 0)
        .map((p) => p.closest('tr')?.getAttribute('data-index')),
    );
    expect(tabbable.every((index) => index === String(row))).toBe(true);
    await page.focus(`tbody tr[data-index="${row}"]`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('split-here');
    await page.screenshot({ path: `${SHOTS}/split-point-focus.png` });
    expect(await pillCover()).toMatchObject({ shown: true, covered: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n + 1, rows);
    // The focus goes back to the row, not to the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(String(row));
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, rows);
  });
});

describe('cut points inside a paragraph, at paragraph level', () => {
  it('are reached by Tab in the selected row, and Enter cuts there sentence by sentence', async () => {
    const { page } = app;
    await page.click('input[name="level"][value="paragraph"]');
    await settled();
    const row = await rowHolding('src', 'The letter was signed');
    await page.click(`tbody tr[data-index="${row}"] td.col-num`);
    const cut = page.locator(`tbody tr[data-index="${row}"] td.col-src [data-action="cut-in-paragraph"]`);
    expect(await cut.count()).toBe(1);
    expect(await cut.getAttribute('aria-label')).toBe(
      `Split here, inside paragraph ${row + 1} of the original, after its sentence 1 (row ${row + 1}; shows the pair sentence by sentence)`,
    );
    // Not in the other rows, nor in the Tab order of anything but the selected row.
    expect(await page.$$eval('[data-action="cut-in-paragraph"]', (b) => b.length)).toBe(1);
    await cut.hover();
    await page.screenshot({ path: `${SHOTS}/cut-in-paragraph-hover.png` });
    await closeUp(row, 'cut-in-paragraph-hover-close.png');
    // The pill names the cut above the paragraph, at the mark, over no text (it covered the line below).
    const hovered = await pillCover();
    expect(hovered).toMatchObject({ shown: true, covered: [] });
    expect(Math.abs(hovered.fromMark ?? 99)).toBeLessThan(8);
    await page.focus(`tbody tr[data-index="${row}"]`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'cut-in-paragraph',
    );
    await page.screenshot({ path: `${SHOTS}/cut-in-paragraph-focus.png` });
    expect(await pillCover()).toMatchObject({ shown: true, covered: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('input[name="level"][value="sentence"]')?.checked,
    );
    await settled();
    const first = await rowHolding('src', 'The letter was signed');
    await page.waitForFunction(
      (r) =>
        document
          .querySelector(`tbody tr[data-index="${r + 1}"] td.col-src`)
          ?.textContent?.includes('It follows'),
      first,
    );
    // The focus is on the cut row, for the next key.
    await page.waitForFunction(
      (r) => document.activeElement?.getAttribute('data-index') === String(r),
      first,
    );
    await page.screenshot({ path: `${SHOTS}/cut-in-paragraph-done.png` });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (r) =>
        document.querySelector(`tbody tr[data-index="${r}"] td.col-src`)?.textContent?.includes('It follows'),
      first,
    );
  });
});

describe('a confirmed row through an edit that adds a sentence above it', () => {
  it('keeps its own sentences after the re-alignment', async () => {
    const { page } = app;
    const confirmed = await rowHolding('tgt', 'Des associations de défense');
    await page.click(`tbody tr[data-index="${confirmed}"] td.col-num`);
    await page.keyboard.press('Alt+c');
    await page.waitForSelector(`tbody tr[data-index="${confirmed}"] .confirmed-mark`);
    // Edit the first translated sentence into two.
    await page.dblclick('tbody tr[data-index="0"] td.col-tgt .seg');
    const editor = page.locator('textarea.seg-editor');
    await editor.fill(
      'Des employés d’Amazon ont écrit à leur direction. Ils demandent de cesser de vendre le logiciel à la police.',
    );
    await editor.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('tbody')?.textContent?.includes('Ils demandent de cesser'),
      null,
      { timeout: 30_000 },
    );
    await settled();
    const marked = await page.$$eval('tbody tr', (trs) =>
      trs
        .filter((tr) => tr.querySelector('.confirmed-mark'))
        .map((tr) => [
          tr.querySelector('td.col-src')?.textContent,
          tr.querySelector('td.col-tgt')?.textContent,
        ]),
    );
    expect(marked).toEqual([
      [
        'Civil rights groups, led by the ACLU, had already asked Amazon to stop.',
        'Des associations de défense des droits civiques, emmenées par l’ACLU, avaient déjà demandé à Amazon d’arrêter.',
      ],
    ]);
    await page.screenshot({ path: `${SHOTS}/confirmed-after-edit.png` });
  });

  it('is unconfirmed, with a notice, when an edit merges its sentence with the row above', async () => {
    const { page, session } = app;
    // Confirm "Selon elles…" too; the confirmed row above it ends with a full stop that the
    // edit turns into a semicolon: the two sentences of one paragraph become one.
    const row = await rowHolding('tgt', 'Selon elles');
    await page.click(`tbody tr[data-index="${row}"] td.col-num`);
    await page.keyboard.press('Alt+c');
    await page.waitForSelector(`tbody tr[data-index="${row}"] .confirmed-mark`);
    const sentence = page.locator(`tbody tr[data-index="${row - 1}"] td.col-tgt .seg`).last();
    const text = (await sentence.textContent()) ?? '';
    expect(text).toMatch(/^Des associations.*\.$/);
    await sentence.dblclick();
    const editor = page.locator('textarea.seg-editor');
    await editor.fill(`${text.slice(0, -1)} ;`);
    await editor.press('Enter');
    const notice = page.locator('.notice', { hasText: 'confirmed row' });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain(
      'An edit merged or removed the text of 2 confirmed rows: they are no longer confirmed.',
    );
    await settled();
    expect(await page.$$eval('tbody tr .confirmed-mark', (marks) => marks.length)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/confirmed-lost-notice.png` });
    expect(session.consoleErrors).toEqual([]);
  });
});
