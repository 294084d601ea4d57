/**
 * Unit tests run the engine worker's handlers in Node (tests/state/lib/in-process-store.ts):
 * the lexicons and word lists they fetch as assets are read from disk instead. Vite gives an
 * asset URL as a path from the project root there (`/data/lexicons/en-fr.tsv`).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTextSource } from '../../src/worker/fetch-text.ts';

setTextSource((url) => {
  if (!url.startsWith('/')) return Promise.reject(new Error(`no asset file for ${url}`));
  return readFile(resolve(process.cwd(), `.${url}`), 'utf8');
});
