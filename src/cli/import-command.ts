/**
 * `import FILE [--format case|tsv] [--from tmx|xliff|tsv|csv|case] [-o FILE] [--src-lang L]
 *  [--tgt-lang L]`: read an exchange file (TMX, XLIFF 1.2/2.0, TSV, CSV, or a case file of any
 * version) and write it as a case file (default) or as TSV. Malformed input exits 1 with the
 * line and column of the fault; nothing is written then.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { BilingualUnits } from '../core/exchange/bilingual-units.ts';
import { caseFileFromBilingual } from '../core/exchange/case-file-from.ts';
import { parseCaseFile, serializeCaseFile } from '../core/exchange/case-file-json.ts';
import { ExchangeError, MAX_EXCHANGE_BYTES } from '../core/exchange/exchange-error.ts';
import { type BilingualFormat, importBilingual } from '../core/exchange/import-bilingual.ts';
import { writeTsv } from '../core/exchange/write-delimited.ts';
import { decodeBytes } from '../core/text/decode-bytes.ts';
import { HelpRequest, InputError, UsageError } from './cli-error.ts';
import { fileErrorReason } from './file-error-reason.ts';
import { createOptionReader } from './option-reader.ts';
import { readingNote } from './read-text-file.ts';
import { refuseOverwritingInputs } from './refuse-overwrite.ts';

const USAGE =
  'usage: import FILE [--format case|tsv] [--from tmx|xliff|tsv|csv|case] [-o FILE] [--src-lang L] [--tgt-lang L]';

interface Args {
  readonly file: string;
  readonly format: 'case' | 'tsv';
  readonly from: BilingualFormat | 'case' | undefined;
  readonly output: string | undefined;
  readonly srcLang: string | undefined;
  readonly tgtLang: string | undefined;
}

/** A BCP 47 language tag as exchange files carry it (`en`, `fr-CA`, `deu`): it is written into them. */
function languageTag(option: string, value: string): string {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(value))
    throw new UsageError(`${option} takes a language tag such as en or fr-CA (got '${value}')\n${USAGE}`);
  return value;
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let format: 'case' | 'tsv' = 'case';
  let from: BilingualFormat | 'case' | undefined;
  let output: string | undefined;
  let srcLang: string | undefined;
  let tgtLang: string | undefined;
  const r = createOptionReader(argv, USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--format' || arg === '-f') format = r.choose(arg, ['case', 'tsv'] as const);
    else if (arg === '--from') from = r.choose(arg, ['tmx', 'xliff', 'tsv', 'csv', 'case'] as const);
    else if (arg === '-o' || arg === '--output') output = r.value(arg);
    else if (arg === '--src-lang') srcLang = languageTag(arg, r.value(arg));
    else if (arg === '--tgt-lang') tgtLang = languageTag(arg, r.value(arg));
    else if (arg === '--help' || arg === '-h') throw new HelpRequest(USAGE);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`import takes one file (got ${files.length})\n${USAGE}`);
  return { file: files[0]!, format, from, output, srcLang, tgtLang };
}

function readBytes(path: string): Uint8Array {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (!stat.isFile()) throw new InputError(`${path}: not a regular file`);
    const size = stat.size;
    if (size > MAX_EXCHANGE_BYTES) {
      throw new InputError(`${path}: file too large (${size} bytes; the limit is ${MAX_EXCHANGE_BYTES})`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${fileErrorReason(error)}`);
  }
}

/**
 * UTF-8 with stray Windows-1252 bytes: say where, as the other commands do (the importers read
 * them silently as Windows-1252; a TMX or XLIFF that says UTF-8 is refused, and this names the
 * line); a file read as Mac Roman says so. A file that cannot be decoded is left to the
 * importers' error.
 */
function warnStrayBytes(path: string, bytes: Uint8Array): void {
  try {
    const note = readingNote(decodeBytes(bytes));
    if (note) process.stderr.write(`warning: ${path}: ${note}\n`);
  } catch {
    // Reported by the importer.
  }
}

/** A case file is JSON whose first non-space character is `{`. */
function looksLikeJson(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  return /^\s*\{/.test(head);
}

export async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  refuseOverwritingInputs(args.output, [args.file]);
  const bytes = readBytes(args.file);
  warnStrayBytes(args.file, bytes);
  const name = args.file.replace(/^.*[\\/]/, '');
  const now = new Date().toISOString();
  let output: string;
  try {
    if (args.from === 'case' || (args.from === undefined && looksLikeJson(bytes))) {
      const file = parseCaseFile(bytes);
      if (args.format === 'tsv')
        throw new UsageError('a case file converts to a case file only (--format case)');
      output = serializeCaseFile(file);
    } else {
      const units: BilingualUnits = importBilingual(bytes, {
        ...(args.from ? { format: args.from } : {}),
        ...(args.srcLang ? { srcLang: args.srcLang } : {}),
        ...(args.tgtLang ? { tgtLang: args.tgtLang } : {}),
      });
      output =
        args.format === 'tsv'
          ? writeTsv(units)
          : serializeCaseFile(
              caseFileFromBilingual(units, {
                id: `case-${Date.now().toString(36)}`,
                name: name.replace(/\.[^.]+$/, ''),
                now,
                fileName: name,
              }),
            );
    }
  } catch (error) {
    if (error instanceof ExchangeError) throw new InputError(`${args.file}: ${error.message}`);
    throw error;
  }
  if (args.output === undefined || args.output === '-') process.stdout.write(output);
  else {
    try {
      writeFileSync(args.output, output);
    } catch (error) {
      throw new InputError(`${args.output}: cannot write: ${fileErrorReason(error)}`);
    }
  }
  return 0;
}
