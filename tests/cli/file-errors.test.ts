/**
 * File-system errors in words a user can act on (as cat and cp print them), not bare errno
 * codes: `permission denied (EACCES)`, not `EACCES`.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as check } from '../../src/cli/check-command.ts';
import { InputError } from '../../src/cli/cli-error.ts';
import { run as exportPair } from '../../src/cli/export-command.ts';
import { fileErrorReason } from '../../src/cli/file-error-reason.ts';
import { run as importFile } from '../../src/cli/import-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = join(dir, 'fr.txt');
writeFileSync(text, 'Bonjour le monde.\n');
const loop = join(dir, 'loop');
symlinkSync(join(dir, 'loop-b'), loop);
symlinkSync(loop, join(dir, 'loop-b'));

/** The InputError a command throws, as main prints it. */
async function failure(run: Promise<number>): Promise<string> {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
  throw new Error('the command succeeded');
}

describe('file errors', () => {
  it('name the common errno codes in words, keeping the code', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: something`), { code });
    expect(fileErrorReason(error('ENOENT'))).toBe('no such file');
    expect(fileErrorReason(error('EISDIR'))).toBe('is a directory');
    expect(fileErrorReason(error('EACCES'))).toBe('permission denied (EACCES)');
    expect(fileErrorReason(error('ENOSPC'))).toBe('no space left on device (ENOSPC)');
    expect(fileErrorReason(error('EWHATEVER'))).toBe('EWHATEVER');
    expect(fileErrorReason(new Error('odd'))).toBe('odd');
  });

  it('are read that way by every command, for input and -o files', async () => {
    const below = join(text, 'x');
    expect(await failure(check([below]))).toBe(`${below}: not a directory (ENOTDIR)`);
    expect(await failure(check([loop]))).toBe(`${loop}: too many levels of symbolic links (ELOOP)`);
    expect(await failure(importFile([below]))).toBe(`${below}: not a directory (ENOTDIR)`);
    expect(await failure(exportPair([text, text, '--format', 'txt', '--no-checks', '-o', below]))).toBe(
      `${below}: cannot write: not a directory (ENOTDIR)`,
    );
  });
});
