/**
 * Standard output that cannot be written (a full disk: /dev/full) ends the command with one
 * line on stderr and exit 1, as unwritable `-o` files do: it printed the Node stack of ENOSPC.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const SAMPLE = 'data/sample/000_5ce1033decd27cb8.txt';

function runToFull(argv: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const full = openSync('/dev/full', 'w');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], {
      cwd: root,
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.runIf(existsSync('/dev/full'))('standard output on a full disk', () => {
  for (const argv of [
    ['check', SAMPLE, '--rules', 'doubled-word'],
    ['fix', SAMPLE, '--rules', 'doubled-word'],
  ]) {
    it(`${argv[0]}: one line, exit 1, no stack`, async () => {
      const r = await runToFull(argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: cannot write the output \(ENOSPC\)\n$/m);
      expect(r.stderr).not.toMatch(/\n\s+at |node:internal|throw error/);
    }, 30_000);
  }
});
