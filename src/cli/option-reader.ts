import { UsageError } from './cli-error.ts';

/**
 * Walks a command's arguments and reads option values with one set of checks and messages:
 * `for (let arg = r.next(); arg !== undefined; arg = r.next())`, then `r.value(arg)`,
 * `r.choose(arg, [...])` or `r.lang(arg)` for the option just read. `usage` ends each message.
 */
export interface OptionReader {
  /** The next argument, or undefined at the end. */
  next(): string | undefined;
  /** The value of `option` (the following argument; `-` counts as a value, other `-x` do not). */
  value(option: string): string;
  /** The value of `option`, one of `allowed`. */
  choose<T extends string>(option: string, allowed: readonly T[]): T;
  /** The value of `option` as a lower-case language code (`en`, `fr`, `deu`). */
  lang(option: string): string;
}

/** An option reader over `argv`; `usage` is appended to its usage errors. */
export function createOptionReader(argv: readonly string[], usage: string): OptionReader {
  let k = -1;
  const value = (option: string): string => {
    const v = argv[++k];
    if (v === undefined || (v.startsWith('-') && v !== '-'))
      throw new UsageError(`${option} needs a value\n${usage}`);
    return v;
  };
  return {
    next: () => argv[++k],
    value,
    choose<T extends string>(option: string, allowed: readonly T[]): T {
      const v = value(option);
      if (!(allowed as readonly string[]).includes(v)) {
        throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${v}')\n${usage}`);
      }
      return v as T;
    },
    lang(option: string): string {
      const v = value(option).toLowerCase();
      if (!/^[a-z]{2,3}$/.test(v)) {
        throw new UsageError(`${option} takes a language code such as en or fr (got '${v}')\n${usage}`);
      }
      return v;
    },
  };
}
