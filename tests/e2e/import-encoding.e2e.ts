/**
 * A UTF-8 file holding one stray Windows-1252 byte, dropped on the window or picked, is read
 * as UTF-8 with the stray byte as its Windows-1252 character, and the import dialog says which
 * line holds it; it was read wholly as Windows-1252, every accent garbled ('Ã©'). A PDF or an
 * RTF file picked by mistake is named, with what to do (a PDF was 'binary', RTF read as text).
 * Once added, the documents panel's encoding tag still says it (`utf-8 + 1 byte cp1252`).
 */
import { describe, expect, it } from 'vitest';
import { openAppForFile, seriousViolations } from './harness.ts';

const app = openAppForFile();

const TEXT = 'Le président a déclaré « non » à Noël.\nLes salariés réclament une hausse.\nLe th';
const BYTES = [...Buffer.from(TEXT, 'utf8'), 0xe9, ...Buffer.from(' est servi.\n', 'utf8')];
const NOTE = 'UTF-8 with 1 byte read as Windows-1252 (line 3): check that character.';

describe('importing UTF-8 with a stray Windows-1252 byte', () => {
  it('says so when the file is dropped on the window, and adds the text read right', async () => {
    const { page } = app;
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'melange.txt', { type: 'text/plain' }));
      return transfer;
    }, BYTES);
    await page.dispatchEvent('.app', 'drop', { dataTransfer });
    const note = page.locator('[data-testid="stray-bytes"]');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toBe(NOTE);
    expect(await page.inputValue('[data-testid="encoding"]')).toBe('utf-8');
    expect(await page.textContent('[data-testid="import-preview"]')).toContain('Le thé est servi.');
    expect(await page.textContent('[data-testid="import-preview"]')).not.toContain('Ã');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-action="add-documents"]');
    await page.waitForSelector('[data-testid="stray-bytes"]', { state: 'detached' });
    // The documents panel keeps what the dialog said (it showed `utf-8` only).
    const tag = page.locator('.doc-list li', { hasText: 'melange.txt' }).locator('.tag.encoding');
    await tag.waitFor({ timeout: 30_000 });
    expect(await tag.locator('[aria-hidden="true"]').textContent()).toBe('utf-8 + 1 byte cp1252');
    expect(await tag.getAttribute('title')).toBe(
      'How the file was read: utf-8, with 1 byte read as Windows-1252 (line 3)',
    );
    await page.screenshot({ path: '/tmp/shots-exchange/stray-tag.png' });
  });

  it('says so when the file is picked', async () => {
    const { page } = app;
    await page.click('[data-action="open-import"]');
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'melange-2.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(BYTES),
    });
    const note = page.locator('[data-testid="stray-bytes"]');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toBe(NOTE);
  });

  it('names a PDF or an RTF file picked by mistake and says what to do', async () => {
    const { page } = app;
    await page.setInputFiles('[data-testid="file-input"]', [
      {
        name: 'rapport.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n'),
      },
      {
        name: 'rapport.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from("{\\rtf1\\ansi Un \\'e9t\\'e9.}\n"),
      },
    ]);
    const alerts = page.locator('[data-testid="pending-file"] [role="alert"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="pending-file"] [role="alert"]').length === 2,
      undefined,
      { timeout: 30_000 },
    );
    expect(await alerts.allTextContents()).toEqual([
      'This is a PDF document, not text: copy its text and paste it here, or save it as a text file.',
      'This is an RTF document, not plain text: save it as .docx or as text.',
    ]);
  });
});
