/**
 * `check FILE [--source SRC] [--lang L] [--profile fr-FR] [--format json|text]
 *  [--rules r1,r2 | --categories c1,c2]`: list the findings of a document, as a JSON array
 * (rule, category, severity, 1-based line and column, length, excerpt, message, fix) or as
 * `FILE:line:column: severity rule: message` lines. With --source, FILE is aligned to SRC
 * first and the rules on an aligned pair run too. Exit 0 whatever the findings.
 */
import { runChecks } from '../core/check/run-checks.ts';
import type { Finding } from '../core/model/finding.ts';
import { partitionPoint } from '../core/model/partition-point.ts';
import { contextAround, headOf } from '../core/text/context-around.ts';
import { lineStarts } from '../core/text/line-starts.ts';
import { checkedDocument, checkOptions, parseCheckArgs } from './check-options.ts';
import { findingMessage } from './finding-messages.ts';
import { readTextFile } from './read-text-file.ts';
import { writeJsonArray } from './write-json-array.ts';

const USAGE =
  'usage: check FILE [--source SRC] [--lang L] [--profile fr-FR|fr-CA|fr-CH|en] [--format json|text] [--rules r1,r2 | --categories c1,c2]';

/** One finding as the CLI prints it. */
export interface CliFinding {
  readonly rule: string;
  readonly category: string;
  readonly severity: string;
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly excerpt: string;
  readonly message: string;
  readonly actual: string;
  readonly expected?: string;
  readonly fix?: readonly { line: number; column: number; length: number; text: string }[];
}

/** How many of the ascending `offsets` are below `offset`. */
function countBelow(offsets: readonly number[], offset: number): number {
  return partitionPoint(offsets.length, (k) => offsets[k]! < offset);
}

/**
 * Line starts of a text, for offset → line/column. Columns count code points, as editors do:
 * the second half of each surrogate pair before the offset on its line is not counted (found
 * by binary search, so that many findings on one long line cost no more than on short ones).
 */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  // Lines end at LF, CRLF or a lone CR, as the segmenter's paragraphs and editors count them.
  const starts = lineStarts(text);
  const lowHalves: number[] = [];
  for (const m of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) lowHalves.push(m.index + 1);
  return (offset) => {
    const line = countBelow(starts, offset + 1);
    const start = starts[line - 1]!;
    const pairs = countBelow(lowHalves, offset) - countBelow(lowHalves, start);
    return { line, column: offset - start - pairs + 1 };
  };
}

/** Characters of context on each side of a finding's span in its excerpt (fewer: whole words). */
const EXCERPT_CONTEXT = 30;
/** The longest span an excerpt shows whole; a longer one is cut at a word's end. */
const EXCERPT_SPAN = 90;

/**
 * The finding's line of text around its span, on one line: whole words on each side (core's
 * `contextAround`, as the UI's previews), "…" where the line goes on.
 */
function excerptOf(text: string, start: number, end: number): string {
  const span = text.slice(start, end);
  if (span.length > EXCERPT_SPAN) {
    const { before, moreBefore } = contextAround(text, start, end, EXCERPT_CONTEXT);
    return oneLine(`${moreBefore ? '…' : ''}${before}${headOf(span, EXCERPT_SPAN)}…`);
  }
  const { before, after, moreBefore, moreAfter } = contextAround(text, start, end, EXCERPT_CONTEXT);
  return oneLine(`${moreBefore ? '…' : ''}${before}${span}${after}${moreAfter ? '…' : ''}`);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\t]/g, ' ');
}

/** Findings in the CLI's shape, one at a time (a report may hold millions). */
export function* cliFindings(text: string, findings: readonly Finding[]): Generator<CliFinding> {
  const at = lineIndex(text);
  for (const f of findings) {
    const { line, column } = at(f.span[0]);
    yield {
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      line,
      column,
      length: f.span[1] - f.span[0],
      excerpt: excerptOf(text, f.span[0], f.span[1]),
      message: findingMessage(f),
      actual: f.actual,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.fix
        ? {
            fix: f.fix.map((e) => ({ ...at(e.start), length: e.end - e.start, text: e.text })),
          }
        : {}),
    };
  }
}

/** Findings in the CLI's shape. */
export function toCliFindings(text: string, findings: readonly Finding[]): CliFinding[] {
  return [...cliFindings(text, findings)];
}

/** Run `check`. */
export async function run(argv: readonly string[]): Promise<number> {
  const args = parseCheckArgs(argv, USAGE, 'check');
  const { text } = readTextFile(args.file);
  const doc = checkedDocument(text, args.file, args.lang);
  const findings = runChecks(doc, await checkOptions(args, doc));
  const write = (chunk: string) => process.stdout.write(chunk);
  if (args.format === 'json') {
    writeJsonArray(cliFindings(text, findings), write);
  } else {
    for (const f of cliFindings(text, findings)) {
      write(`${args.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}\n`);
    }
    write(`${findings.length} finding(s)\n`);
  }
  return 0;
}
