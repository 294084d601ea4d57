/**
 * `fix FILE [--rules r1,r2 | --categories c1,c2] [--lang L] [--profile P]`: print the text with
 * the findings' fixes applied; the file itself is never changed. Fixes are taken encoding
 * first, then in text order; a fix whose edits overlap or touch one already taken is left for
 * the next pass, and passes repeat (at most three) on the corrected text until none applies.
 * A summary goes to stderr.
 */
import { runChecks } from '../core/check/run-checks.ts';
import { applyEdits } from '../core/model/apply-edits.ts';
import type { TextEdit } from '../core/model/document.ts';
import { CATEGORIES, type Finding } from '../core/model/finding.ts';
import { checkedDocument, checkOptions, parseCheckArgs } from './check-options.ts';
import { readTextFile } from './read-text-file.ts';

const USAGE =
  'usage: fix FILE [--rules r1,r2 | --categories c1,c2] [--lang L] [--profile fr-FR|fr-CA|fr-CH|en]';
const MAX_PASSES = 3;

// Two edits conflict when they overlap, or one inserts at or inside the other.
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return false;
}

/** The edits of the findings that can be applied together, and how many findings they fix. */
export function compatibleEdits(findings: readonly Finding[]): { edits: TextEdit[]; applied: number } {
  const order = (f: Finding) => CATEGORIES.indexOf(f.category);
  const sorted = findings.filter((f) => f.fix).sort((a, b) => order(a) - order(b) || a.span[0] - b.span[0]);
  const edits: TextEdit[] = [];
  let applied = 0;
  for (const f of sorted) {
    if (f.fix!.some((e) => edits.some((t) => conflicts(e, t)))) continue;
    edits.push(...f.fix!);
    applied++;
  }
  return { edits, applied };
}

/** Run `fix`. */
export async function run(argv: readonly string[]): Promise<number> {
  const args = parseCheckArgs(argv, USAGE, false);
  let { text } = readTextFile(args.file);
  let total = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = checkedDocument(text, args.file, args.lang);
    const { edits, applied } = compatibleEdits(runChecks(doc, await checkOptions(args, doc)));
    if (applied === 0) break;
    text = applyEdits(text, edits);
    total += applied;
  }
  process.stdout.write(text);
  process.stderr.write(`${total} fix(es) applied\n`);
  return 0;
}
