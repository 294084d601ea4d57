import { realpathSync } from 'node:fs';
import { UsageError } from './cli-error.ts';

/** Refuse an output path that is one of the inputs: writing it would destroy the user's document. */
export function refuseOverwritingInputs(output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined || output === '-') return;
  const real = (path: string): string | undefined => {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  };
  const target = real(output);
  if (target === undefined) return;
  if (inputs.some((input) => real(input) === target)) {
    throw new UsageError(`-o ${output} is one of the inputs; refusing to overwrite it`);
  }
}
