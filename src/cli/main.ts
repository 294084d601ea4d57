/**
 * The command-line front end over core: `npm run -s cli -- <command> …`.
 * Each command lives in its own file and exports `run(argv)`, returning the exit code.
 */
import { HelpRequest, InputError, UsageError } from './cli-error.ts';

type Command = (argv: readonly string[]) => Promise<number>;

// One line per command; each module exports `run`.
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  // COMMANDS (keep one per line)
  quotes: () => import('./quotes-command.ts'),
  export: () => import('./export-command.ts'),
  import: () => import('./import-command.ts'),
  check: () => import('./check-command.ts'),
  fix: () => import('./fix-command.ts'),
  align: () => import('./align-command.ts'),
};

const USAGE = `usage: vis-a-vis <command> [options]
commands:
  align SRC TGT   align two documents (paragraphs or sentences)
  check FILE      list the findings in a document
  fix FILE        print the document with fixes applied
  quotes FR... --sources EN...   trace quotations to their sources
  export SRC TGT --format F      align and export (tmx, xliff, xliff12, tsv, csv, txt, md, html, report-md, case)
  import FILE     convert an exchange file to a case file or TSV`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`unknown command: ${name}\n${USAGE}\n`);
    return 2;
  }
  try {
    const { run } = await load();
    return await run(rest);
  } catch (error) {
    if (error instanceof HelpRequest) {
      process.stdout.write(`${error.message}\n`);
      return 0;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

// A reader that goes away (`… | head`) ends the output quietly, as cat and grep do; output that
// cannot be written otherwise (a full disk) ends it with one line, as an unwritable -o file does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  process.stderr.write(`error: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line for the user; the stack only on request (VISAVIS_DEBUG=1).
    const debug = Boolean(process.env.VISAVIS_DEBUG);
    const message = error instanceof Error ? error.message : String(error);
    const detail =
      debug && error instanceof Error ? (error.stack ?? message) : message.replace(/\s*\n\s*/g, ' ');
    process.stderr.write(`internal error: ${detail}${debug ? '' : ' (set VISAVIS_DEBUG=1 for the stack)'}\n`);
    process.exitCode = 70;
  },
);
