import { statSync } from 'node:fs';
import { UsageError } from './cli-error.ts';

/**
 * Refuse an output path that is one of the inputs: writing it would destroy the user's document.
 * Files are compared by device and inode, so that a symbolic or a hard link (another name for
 * the same file) is caught as well as the same path.
 */
export function refuseOverwritingInputs(output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined || output === '-') return;
  const identity = (path: string): string | undefined => {
    try {
      const stat = statSync(path, { bigint: true });
      return `${stat.dev}:${stat.ino}`;
    } catch {
      return undefined;
    }
  };
  const target = identity(output);
  if (target === undefined) return;
  if (inputs.some((input) => identity(input) === target)) {
    throw new UsageError(`-o ${output} is one of the inputs; refusing to overwrite it`);
  }
}
