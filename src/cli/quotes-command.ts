/**
 * `quotes FR_FILE... --sources EN_FILE... [--format json|text] [--min-probability P]`: trace every
 * quotation of the French files to the passage it renders in the English files, and say how
 * faithfully. A source is claimed only at probability P or more (default: the calibrated
 * SOURCE_THRESHOLD, chosen so that quotations whose source is absent rarely get one).
 * For each quotation: file, line, text, speaker, source (file, line, text, score) or null,
 * verdict, flags, divergences (with the words on both sides), and its group.
 */
import type { TextDocument } from '../core/model/document.ts';
import type { TracedQuotation } from '../core/quote/quotation.ts';
import { SOURCE_THRESHOLD } from '../core/quote/source-probability.ts';
import { traceQuotations } from '../core/quote/trace-quotations.ts';
import { segmentDocument } from '../core/segment/segment-document.ts';
import { HelpRequest, UsageError } from './cli-error.ts';
import { loadQuoteLexicons } from './load-lexicons.ts';
import { progressLine } from './progress-line.ts';
import { readTextFile } from './read-text-file.ts';

const USAGE =
  'usage: quotes FR_FILE... --sources EN_FILE... [--format json|text] [--min-probability P (0-1, default ' +
  `${SOURCE_THRESHOLD})]`;

interface Args {
  readonly renderings: readonly string[];
  readonly sources: readonly string[];
  readonly format: 'json' | 'text';
  readonly threshold: number;
}

function parseArgs(argv: readonly string[]): Args {
  const renderings: string[] = [];
  const sources: string[] = [];
  let format: Args['format'] = 'json';
  let threshold = SOURCE_THRESHOLD;
  let into = renderings;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--sources') into = sources;
    else if (arg === '--format') {
      const value = argv[++k];
      if (value !== 'json' && value !== 'text')
        throw new UsageError(`--format must be json or text (got '${value ?? ''}')\n${USAGE}`);
      format = value;
    } else if (arg === '--min-probability') {
      const value = argv[++k];
      // A decimal number only: Number() also reads '0x1', '1e-1' and ' 0.5 '.
      const p = value !== undefined && /^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(value) ? Number(value) : Number.NaN;
      if (!(p >= 0 && p <= 1))
        throw new UsageError(
          `--min-probability must be a number from 0 to 1 (got '${value ?? ''}')\n${USAGE}`,
        );
      threshold = p;
    } else if (arg === '--help' || arg === '-h') throw new HelpRequest(USAGE);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else into.push(arg);
  }
  if (renderings.length === 0) throw new UsageError(`quotes needs at least one French file\n${USAGE}`);
  if (sources.length === 0)
    throw new UsageError(`quotes needs --sources with at least one English file\n${USAGE}`);
  return { renderings, sources, format, threshold };
}

/** One quotation as the command prints it. */
interface QuoteRow {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly kind: TracedQuotation['kind'];
  readonly text: string;
  readonly speaker: string | null;
  readonly source: { file: string; line: number; text: string; score: number } | null;
  readonly otherSources: readonly { file: string; line: number; score: number }[];
  readonly verdict: TracedQuotation['verdict'];
  readonly flags: readonly string[];
  readonly divergences: readonly { kind: string; source: string; target: string; marked?: true }[];
  readonly group: string | null;
}

/** Run the quotes command. */
export async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const documents: TextDocument[] = [];
  const fileOf = new Map<string, string>();
  const add = (path: string, lang: 'fr' | 'en') => {
    const id = `d${documents.length}`;
    documents.push(segmentDocument(readTextFile(path).text, { id, name: path, lang }));
    fileOf.set(id, path);
  };
  for (const path of args.renderings) add(path, 'fr');
  for (const path of args.sources) add(path, 'en');
  const lexicons = loadQuoteLexicons();
  if (lexicons.length === 0)
    process.stderr.write(
      'warning: no French–English lexicon found; matching on names, numbers and cognates only\n',
    );
  const progress = progressLine(process.stderr);
  const trace = await traceQuotations(
    { documents },
    {
      lexicons,
      threshold: args.threshold,
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
    },
  );
  progress.done();
  const rows: QuoteRow[] = trace.quotations
    .filter((q) => q.verdict !== null)
    .map((q) => ({
      id: q.id,
      file: fileOf.get(q.docId)!,
      line: q.line,
      kind: q.kind,
      text: q.text,
      speaker: q.speaker?.name ?? null,
      source: q.source
        ? {
            file: fileOf.get(q.source.docId)!,
            line: q.source.line,
            text: q.source.text,
            score: q.source.score,
          }
        : null,
      otherSources: q.otherSources.map((s) => ({ file: fileOf.get(s.docId)!, line: s.line, score: s.score })),
      verdict: q.verdict,
      flags: q.flags,
      divergences: q.divergences.map((d) => ({
        kind: d.kind,
        source: d.sourceText,
        target: d.targetText,
        // An omission the quotation marks with an ellipsis (`[…]`) where the passage would be.
        ...(d.marked ? { marked: true as const } : {}),
      })),
      group: q.group,
    }));
  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  // One line per item: a source or a divergence from a hard-wrapped file keeps its line breaks
  // in the JSON, not here (its second line read as a record of its own).
  const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();
  for (const row of rows) {
    const who = row.speaker ? ` — ${flat(row.speaker)}` : '';
    out.push(`${row.file}:${row.line}: [${row.verdict}] «${row.text}»${who}`);
    if (row.source)
      out.push(
        `  source ${row.source.file}:${row.source.line} (p=${row.source.score}): ${flat(row.source.text)}`,
      );
    for (const other of row.otherSources) out.push(`  also   ${other.file}:${other.line} (p=${other.score})`);
    if (row.flags.length > 0) out.push(`  flags: ${row.flags.join(', ')}`);
    for (const d of row.divergences) {
      const parts = [
        d.source && `source “${flat(d.source)}”`,
        d.target && `rendering «${flat(d.target)}»`,
      ].filter(Boolean);
      out.push(`  ${d.kind}${d.marked ? ' (marked by an ellipsis)' : ''}: ${parts.join(' / ')}`);
    }
  }
  // No quotation, no line.
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
