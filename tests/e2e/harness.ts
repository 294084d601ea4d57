/**
 * The end-to-end harness: serves the built app (dist/) with Vite's preview server on
 * 127.0.0.1 and drives Debian's Chromium through playwright-core, with a fresh profile per
 * session. Records every request that leaves the local origin and every console error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';

/** Chromium flags for a quiet, offline, headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A served app and a browser profile on it. */
export interface Session {
  readonly url: string;
  /** The browser profile directory (its processes carry it on their command line). */
  readonly profile: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to anything but the app's origin (must stay empty). */
  readonly foreignRequests: string[];
  /** Every request's URL, in order (the pages' and their workers'). */
  readonly requests: string[];
  /** Console errors and uncaught page errors. */
  readonly consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

let server: PreviewServer | null = null;
let serverUsers = 0;

async function startServer(): Promise<string> {
  if (!server) {
    server = await preview({
      root: process.cwd(),
      logLevel: 'error',
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  }
  serverUsers++;
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

async function stopServer(): Promise<void> {
  serverUsers--;
  if (serverUsers === 0 && server) {
    await server.close();
    server = null;
  }
}

/** Serve dist/ and open Chromium with a fresh profile. */
export async function openSession(options: { width?: number; height?: number } = {}): Promise<Session> {
  const url = await startServer();
  const profile = await mkdtemp(join(tmpdir(), 'vis-a-vis-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    // A fresh profile directory per session (playwright passes it as --user-data-dir).
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
  });
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (request) => {
      const target = request.url();
      requests.push(target);
      if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) {
        foreignRequests.push(target);
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    url,
    profile,
    context,
    page,
    foreignRequests,
    requests,
    consoleErrors,
    async newPage() {
      return context.newPage();
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await stopServer();
    },
  };
}

/** The session of a test file and its page (see `openAppForFile`). */
export interface AppForFile {
  session: Session;
  page: Page;
}

/**
 * One session for a test file, with the app open on the sample case before its tests and
 * closed after them: its fields are set once `beforeAll` has run. `width` and `height` size the
 * window (1440 × 900 by default); `prepare` runs once the app is open, before the first test
 * (a case to import, a finding to fix…).
 */
export function openAppForFile(
  options: { width?: number; height?: number; prepare?: (app: AppForFile) => Promise<void> } = {},
): AppForFile {
  const { prepare, ...size } = options;
  const app = {} as AppForFile;
  beforeAll(async () => {
    app.session = await openSession(size);
    app.page = app.session.page;
    await openApp(app.session);
    await prepare?.(app);
  });
  afterAll(async () => {
    await app.session?.close();
  });
  return app;
}

/** Open the app and wait until the sample case's rows are on screen. */
export async function openApp(session: Session, page: Page = session.page): Promise<void> {
  await page.goto(session.url);
  await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
}

/**
 * The serious and critical axe-core violations on the page as it is now (a dialog open, a menu
 * unfolded…), as `rule: selectors` lines; empty when there are none.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    // Evaluated over the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<Result> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
}

/**
 * The index of the first table row whose translation holds `text`, scrolling the (virtual)
 * table until it is rendered; the table is left scrolled there. Tests find rows by content:
 * where a passage lands depends on the aligner.
 */
export async function rowWithTranslation(page: Page, text: string): Promise<number> {
  const index = await page.evaluate(async (wanted) => {
    const scroller = document.querySelector('.table-scroll');
    scroller?.scrollTo(0, 0);
    for (let k = 0; k < 120; k++) {
      for (const row of document.querySelectorAll('tbody tr'))
        if (row.querySelector('td.col-tgt')?.textContent?.includes(wanted)) {
          row.scrollIntoView({ block: 'nearest' });
          return Number(row.getAttribute('data-index'));
        }
      scroller?.scrollBy(0, 300);
      await new Promise((r) => setTimeout(r, 30));
    }
    return -1;
  }, text);
  if (index < 0) throw new Error(`no row translates “${text}”`);
  return index;
}
