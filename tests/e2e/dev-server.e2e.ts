/**
 * `npm start` serves the workbench with Vite's dev server: the sample case opens on the real
 * engine there too, and React's development checks (keys, hooks) log nothing.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from './harness.ts';

describe('development server', () => {
  it('opens the sample case with findings and no console error', async () => {
    const server = await createServer({
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, open: false },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForSelector('table.aligned tbody tr', { timeout: 90_000 });
      await page.waitForSelector('.legend-chips .chip.cat-encoding', { timeout: 90_000 });
      await page.click('#tab-quotes');
      await page.waitForSelector('.quote-item', { timeout: 90_000 });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
