/**
 * A malformed exchange file, imported with the French interface, is refused in French with the
 * line and column of its fault: the reason crosses the engine worker as a code and parameters,
 * and the page words it (it was core's English, 'line 3, column 3: <header> has no srclang').
 */
import { describe, expect, it } from 'vitest';
import { openAppForFile } from './harness.ts';

const app = openAppForFile();

describe('import errors', () => {
  it('says why a malformed TMX is refused in French, with its line and column', async () => {
    const { page } = app;
    await page.selectOption('[data-testid="locale"]', 'fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.click('[data-action="open-import"]');
    const tmx =
      '<?xml version="1.0"?>\n<tmx version="1.4">\n  <header segtype="sentence"/>\n  <body/>\n</tmx>\n';
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'mauvais.tmx',
      mimeType: 'application/xml',
      buffer: Buffer.from(tmx),
    });
    const alert = page.locator('[data-testid="pending-file"] [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe(
      'Le fichier n’a pas pu être importé\u00a0: ligne 3, colonne 3\u00a0: <header> n’a pas d’attribut srclang',
    );
  });
});
