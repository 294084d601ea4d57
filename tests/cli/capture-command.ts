/**
 * Runs a command of the CLI in-process, as main.ts does, and captures what it writes: its exit
 * code, stdout, stderr, and the message of the InputError it throws (main prints it and exits 1).
 */
import { vi } from 'vitest';
import { InputError } from '../../src/cli/cli-error.ts';

/** What a command did. */
export interface CommandRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** The one-line reason of an unreadable input, as main prints it; undefined on success. */
  readonly error: string | undefined;
}

/** Run `run` with `argv`; other errors (a UsageError…) are thrown on. */
export async function captureCommand(
  run: (argv: readonly string[]) => Promise<number>,
  ...argv: string[]
): Promise<CommandRun> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await run(argv), out, err, error: undefined };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { code: 1, out, err, error: error.message };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
