/**
 * `export SRC TGT --format tmx|xliff|xliff12|tsv|csv|txt|md|html|case [--level paragraph|sentence]
 *  [-o FILE] [--src-lang L] [--tgt-lang L] [--confirmed-only] [--paired-only] [--bom|--no-bom] [--semicolons] [--keep-noise] [--no-checks]`:
 * segment, align (alignDocuments), check (runChecks on both sides) and export in one go.
 * Without `-o` the file goes to standard output. CSV starts with a byte-order mark unless
 * `--no-bom` (Excel needs it to read UTF-8), TSV only with `--bom`; `--semicolons` writes CSV
 * as Excel reads it where the decimal separator is a comma (French, German…).
 */
import { writeFileSync } from 'node:fs';
import { alignDocuments } from '../core/align/align-documents.ts';
import type { WordLookup } from '../core/check/check-rule.ts';
import { runChecks } from '../core/check/run-checks.ts';
import { caseFileFromPair } from '../core/exchange/case-file-from.ts';
import { serializeCaseFile } from '../core/exchange/case-file-json.ts';
import { EXPORT_FORMATS, exportPair, type PairExportFormat } from '../core/exchange/export-pair.ts';
import type { Lang, Level } from '../core/model/document.ts';
import { segmentDocument } from '../core/segment/segment-document.ts';
import { HelpRequest, InputError, UsageError } from './cli-error.ts';
import { fileErrorReason } from './file-error-reason.ts';
import { findingMessage } from './finding-messages.ts';
import { loadPairLexicon, loadQuoteLexicons, loadWordList } from './load-lexicons.ts';
import { createOptionReader } from './option-reader.ts';
import { readTextFile } from './read-text-file.ts';
import { refuseOverwritingInputs } from './refuse-overwrite.ts';

const FORMATS = ['tmx', 'xliff', 'xliff12', 'tsv', 'csv', 'txt', 'md', 'html', 'report-md', 'case'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: export SRC TGT --format ${FORMATS.join('|')} [--level paragraph|sentence] [-o FILE]
  [--src-lang L] [--tgt-lang L] [--confirmed-only] [--paired-only] [--bom|--no-bom] [--semicolons] [--keep-noise] [--no-checks]
  CSV starts with a byte-order mark (for Excel) unless --no-bom; TSV only with --bom.
  --semicolons: CSV for Excel in French, German… (fields separated by ';', decimals '0,9').`;

interface Args {
  readonly files: [string, string];
  readonly format: Format;
  readonly level: Level;
  readonly output: string | undefined;
  readonly srcLang: Lang | undefined;
  readonly tgtLang: Lang | undefined;
  readonly confirmedOnly: boolean;
  /** Leave out the rows with one side empty (TMX, XLIFF, TSV, CSV). */
  readonly pairedOnly: boolean;
  /** A byte-order mark at the start of TSV/CSV; undefined: the format's default (CSV yes, TSV no). */
  readonly bom: boolean | undefined;
  /** CSV with `;` between fields and decimal commas (Excel where the decimal separator is a comma). */
  readonly semicolons: boolean;
  readonly keepNoise: boolean;
  readonly checks: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let format: Format | undefined;
  let level: Level = 'paragraph';
  let output: string | undefined;
  let srcLang: Lang | undefined;
  let tgtLang: Lang | undefined;
  let confirmedOnly = false;
  let pairedOnly = false;
  let bom: boolean | undefined;
  let semicolons = false;
  let keepNoise = false;
  let checks = true;
  const r = createOptionReader(argv, USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--format' || arg === '-f') format = r.choose(arg, FORMATS);
    else if (arg === '--level') level = r.choose(arg, ['paragraph', 'sentence'] as const);
    else if (arg === '-o' || arg === '--output') output = r.value(arg);
    else if (arg === '--src-lang') srcLang = r.lang(arg);
    else if (arg === '--tgt-lang') tgtLang = r.lang(arg);
    else if (arg === '--confirmed-only') confirmedOnly = true;
    else if (arg === '--paired-only') pairedOnly = true;
    else if (arg === '--bom') bom = true;
    else if (arg === '--no-bom') bom = false;
    else if (arg === '--semicolons') semicolons = true;
    else if (arg === '--keep-noise') keepNoise = true;
    else if (arg === '--no-checks') checks = false;
    else if (arg === '--help' || arg === '-h') throw new HelpRequest(USAGE);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 2)
    throw new UsageError(`export takes two files, SRC and TGT (got ${files.length})\n${USAGE}`);
  if (!format) throw new UsageError(`export needs --format\n${USAGE}`);
  return {
    files: [files[0]!, files[1]!],
    format,
    level,
    output,
    srcLang,
    tgtLang,
    confirmedOnly,
    pairedOnly,
    bom,
    semicolons,
    keepNoise,
    checks,
  };
}

/** The file name without its folders. */
function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

export async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  refuseOverwritingInputs(args.output, args.files);
  const [srcPath, tgtPath] = args.files;
  const src = segmentDocument(readTextFile(srcPath).text, {
    id: 'source',
    name: baseName(srcPath),
    ...(args.srcLang ? { lang: args.srcLang } : {}),
  });
  const tgt = segmentDocument(readTextFile(tgtPath).text, {
    id: 'target',
    name: baseName(tgtPath),
    ...(args.tgtLang ? { lang: args.tgtLang } : {}),
  });
  const lexicon = src.lang !== 'und' && tgt.lang !== 'und' ? loadPairLexicon(src.lang, tgt.lang) : undefined;
  const alignment = await alignDocuments(src, tgt, {
    level: args.level,
    ...(src.lang !== 'und' ? { srcLang: src.lang } : {}),
    ...(tgt.lang !== 'und' ? { tgtLang: tgt.lang } : {}),
    ...(lexicon ? { lexicon } : {}),
    quoteLexicons: loadQuoteLexicons(src.lang, tgt.lang),
  });
  const now = new Date().toISOString();
  let output: string;
  if (args.format === 'case') {
    const file = caseFileFromPair(src, tgt, alignment, {
      id: `case-${Date.now().toString(36)}`,
      name: `${src.name} ↔ ${tgt.name}`,
      now,
    });
    output = serializeCaseFile(file);
  } else {
    const words: Record<Lang, WordLookup> = {};
    if (args.checks) {
      for (const lang of new Set([src.lang, tgt.lang])) {
        const list = loadWordList(lang);
        if (list) words[lang] = list;
      }
    }
    // A side's findings, with their English words for the review reports.
    const side = (doc: typeof src, other: Lang) => {
      const found = args.checks ? runChecks(doc, { words, sourceLang: other }) : [];
      return { doc, findings: found, messages: found.map(findingMessage) };
    };
    output = exportPair(
      {
        source: side(src, tgt.lang),
        target: side(tgt, src.lang),
        alignment,
        date: now,
      },
      args.format satisfies PairExportFormat,
      {
        confirmedOnly: args.confirmedOnly,
        pairedOnly: args.pairedOnly,
        ...(args.bom === undefined ? {} : { bom: args.bom }),
        semicolons: args.semicolons,
        dropNoise: !args.keepNoise,
      },
    );
  }
  if (args.output === undefined || args.output === '-') {
    process.stdout.write(output);
  } else {
    try {
      writeFileSync(args.output, output);
    } catch (error) {
      throw new InputError(`${args.output}: cannot write: ${fileErrorReason(error)}`);
    }
    // What the file holds: the rows paired on both sides (of all rows), or, with
    // --confirmed-only, the confirmed ones (none, from the command line: nothing is confirmed yet).
    const paired = alignment.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
    const held = args.confirmedOnly
      ? `${paired.filter((b) => b.confirmed).length} confirmed ${args.level} pairs (--confirmed-only)`
      : args.pairedOnly
        ? `${paired.length} ${args.level} pairs (--paired-only; ${alignment.beads.length - paired.length} unpaired rows left out)`
        : `${paired.length} ${args.level} pairs of ${alignment.beads.length} rows`;
    process.stderr.write(`${args.output}: ${args.format} (${EXPORT_FORMATS[args.format].mime}), ${held}\n`);
  }
  return 0;
}
