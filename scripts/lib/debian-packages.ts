/**
 * What the data build scripts share: their command line (`[--debs DIR] [--out DIR]`) and
 * fetching a Debian package's .deb (from `--debs` when given, else with `apt-get download`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildArgs {
  readonly debs: string | undefined;
  readonly out: string;
}

/** Parse `[--debs DIR] [--out DIR]`; `script` names the command in the usage message. */
export function parseBuildArgs(argv: readonly string[], defaultOut: string, script: string): BuildArgs {
  let debs: string | undefined;
  let out = defaultOut;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--debs') debs = argv[++i];
    else if (arg === '--out') out = argv[++i] ?? out;
    else throw new Error(`unknown argument ${arg}; usage: ${script} [--debs DIR] [--out DIR]`);
  }
  return { debs, out };
}

/** Path of the package's .deb: taken from `debs` if given, else fetched with apt-get into `tmp`. */
export function fetchDeb(pkg: string, debs: string | undefined, tmp: string): string {
  const dir = debs ?? tmp;
  if (debs === undefined)
    execFileSync('apt-get', ['download', pkg], { cwd: tmp, stdio: ['ignore', 'ignore', 'pipe'] });
  const file = readdirSync(dir)
    .filter((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'))
    .sort()
    .at(-1);
  if (!file) throw new Error(`no ${pkg}_*.deb in ${dir}`);
  return join(dir, file);
}
