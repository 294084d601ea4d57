/**
 * A main action that cannot be used looks it: "Add to the case" with nothing chosen or pasted,
 * and "Apply" in the fix-all preview with every change unticked, were drawn in the same solid
 * blue as when they work (`.tool.primary` came after `.tool:disabled` in the style sheet), so
 * a click that did nothing gave no clue why.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile } from './harness.ts';

const SHOTS = 'test-results';

/** The computed background and text colours of the button `selector`. */
function colours(
  p: Page,
  selector: string,
): Promise<{ background: string; color: string; disabled: boolean }> {
  return p.evaluate((sel) => {
    const button = document.querySelector<HTMLButtonElement>(sel)!;
    const style = getComputedStyle(button);
    return { background: style.backgroundColor, color: style.color, disabled: button.disabled };
  }, selector);
}

const app = openAppForFile({ width: 1366, height: 768 });

describe('disabled main actions', () => {
  it('draws "Add to the case" as disabled until there is something to add', async () => {
    const { page } = app;
    await page.click('[data-action="open-import"]');
    const add = '[data-action="add-documents"]';
    const off = await colours(page, add);
    expect(off.disabled).toBe(true);
    await page.screenshot({ path: `${SHOTS}/import-nothing-to-add.png` });
    await page.fill(
      'dialog textarea',
      'Le ministre a annoncé mardi un nouveau plan pour les transports publics.',
    );
    await page.waitForFunction((sel) => !document.querySelector<HTMLButtonElement>(sel)?.disabled, add);
    const on = await colours(page, add);
    expect(off.background).not.toBe(on.background);
    expect(off.color).not.toBe(on.color);
    await page.click('dialog [data-action="cancel"], dialog button:has-text("Cancel")');
  });

  it("draws the fix-all preview's Apply as disabled once every change is unticked", async () => {
    const { page } = app;
    await page.waitForSelector('.finding-item [data-action="fix-all"]', { timeout: 60_000 });
    await page.locator('.finding-item [data-action="fix-all"]').first().click();
    const apply = '[data-action="apply-all"]';
    const on = await colours(page, apply);
    for (const box of await page.$$('dialog input[type="checkbox"]:checked')) await box.uncheck();
    const off = await colours(page, apply);
    expect(off.disabled).toBe(true);
    expect(off.background).not.toBe(on.background);
    await page.screenshot({ path: `${SHOTS}/fix-all-nothing-chosen.png` });
    await page.keyboard.press('Escape');
  });
});
