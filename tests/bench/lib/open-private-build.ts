/**
 * For the browser tools (profiler, heap snapshots): build the app into a private folder (so
 * dist/ of the e2e tests is left alone), serve it with Vite's preview server on 127.0.0.1 and
 * open Debian's Chromium on it with a fresh profile; console errors are printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../../e2e/harness.ts';

/** The served private build and the browser on it. */
export interface PrivateBuild {
  readonly url: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Close the browser and the server, delete the build and the profile. */
  close(): Promise<void>;
}

/** A private build served on 127.0.0.1, and how to stop it (the build is deleted). */
export interface ServedBuild {
  readonly url: string;
  close(): Promise<void>;
}

/** Serve an app already built into `outDir` (left in place) with Vite's preview server on 127.0.0.1. */
export async function serveBuild(outDir: string): Promise<ServedBuild> {
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

/** Build the app into a temporary folder (`name` prefixes it) and serve it with Vite's preview server. */
export async function servePrivateBuild(
  name: string,
  options: { minify?: boolean } = {},
): Promise<ServedBuild> {
  const outDir = await mkdtemp(join(tmpdir(), `vis-a-vis-${name}-dist-`));
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, minify: options.minify ?? true } });
    const server = await serveBuild(outDir);
    return {
      url: server.url,
      async close() {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

/** Build, serve and open the app; `name` prefixes the temporary folders. */
export async function openPrivateBuild(
  name: string,
  options: { minify?: boolean } = {},
): Promise<PrivateBuild> {
  const served = await servePrivateBuild(name, options);
  const profile = await mkdtemp(join(tmpdir(), `vis-a-vis-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`console error: ${m.text()}`);
  });
  return {
    url: served.url,
    context,
    page,
    async close() {
      await context.close();
      await served.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
