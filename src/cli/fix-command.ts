/**
 * `fix FILE [--rules r1,r2 | --categories c1,c2] [--remove-noise] [--lang L] [--profile P]`:
 * print the text with the findings' fixes applied; the file itself is never changed. Fixes are
 * taken encoding first, then in text order; a fix whose edits overlap or touch one already taken
 * is left for the next pass, and passes repeat (at most three) on the corrected text until none
 * applies. A summary goes to stderr.
 *
 * Fixes that delete whole stretches of content (noise paragraphs and prefixes, repeated
 * paragraphs) are applied only when asked: a user who runs `fix FILE` expects repaired
 * characters, quotes and spaces, not a shorter article (a "Lire aussi" line may be a real
 * sentence, a repeated paragraph may be a deliberate pull quote). They are asked for by naming
 * their rule or category (`--rules repeated-paragraph`, `--categories noise`) or, for noise,
 * with `--remove-noise`; the summary says how many were held back.
 */
import { runChecks } from '../core/check/run-checks.ts';
import { applyEdits } from '../core/model/apply-edits.ts';
import type { TextEdit } from '../core/model/document.ts';
import { CATEGORIES, type Category, type Finding } from '../core/model/finding.ts';
import {
  type CheckArgs,
  checkedDocument,
  checkOptions,
  parseCheckArgs,
  sourceDocument,
} from './check-options.ts';
import { readTextFile } from './read-text-file.ts';

const USAGE = `usage: fix FILE [--rules r1,r2 | --categories c1,c2] [--remove-noise] [--lang L] [--profile fr-FR|fr-CA|fr-CH|en]
  Deleting noise paragraphs (site furniture) and repeated paragraphs only when asked:
  --remove-noise, --categories noise, or --rules repeated-paragraph (or --categories repetition).`;

/** Finding codes whose fix deletes content, with the rule id that also names them. */
const REMOVALS: Readonly<Record<string, string>> = {
  'noise-paragraph': 'noise',
  'noise-prefix': 'noise',
  'repeated-paragraph': 'repetition',
};
/**
 * Finding codes whose fix is applied only when named (`--rules`, `--categories`): a changed name
 * put back as the source writes it (the check may take a name it does not know for another).
 */
const ASKED_ONLY: Readonly<Record<string, Category>> = { 'name-mismatch': 'names' };
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

/** Whether the options ask for the content-deleting fix of `f` (see the file comment). */
export function removalAsked(f: Finding, args: CheckArgs): boolean {
  const id = REMOVALS[f.rule];
  if (id === undefined) return true; // not a removal: always applied
  if (args.removeNoise && f.category === 'noise') return true;
  if (args.rules?.includes(f.rule) || args.rules?.includes(id)) return true;
  return args.categories?.includes(f.category) ?? false;
}

/** Whether the options name the rule of `f`, when its fix is applied only if asked (ASKED_ONLY). */
function askedFor(f: Finding, args: CheckArgs): boolean {
  const category = ASKED_ONLY[f.rule];
  if (category === undefined) return true;
  return (args.rules?.includes(f.rule) ?? false) || (args.categories?.includes(category) ?? false);
}

/** Run `fix`. */
export async function run(argv: readonly string[]): Promise<number> {
  const args = parseCheckArgs(argv, USAGE, 'fix');
  let { text } = readTextFile(args.file);
  let total = 0;
  let heldBack = 0;
  let heldNames = 0;
  // Read once: each pass aligns the corrected text to the same source.
  const source = sourceDocument(args);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = checkedDocument(text, args.file, args.lang);
    const findings = runChecks(doc, await checkOptions(args, doc, source));
    const wanted = findings.filter((f) => removalAsked(f, args) && askedFor(f, args));
    if (pass === 0) {
      heldBack = findings.filter((f) => f.fix && !removalAsked(f, args)).length;
      heldNames = findings.filter((f) => f.fix && !askedFor(f, args)).length;
    }
    const { edits, applied } = compatibleEdits(wanted);
    if (applied === 0) break;
    text = applyEdits(text, edits);
    total += applied;
  }
  process.stdout.write(text);
  process.stderr.write(
    `${total} fix(es) applied${heldBack > 0 ? `; ${heldBack} deletion(s) of site furniture or repeated paragraphs held back (apply with --remove-noise, --categories noise or --rules repeated-paragraph)` : ''}${heldNames > 0 ? `; ${heldNames} changed name(s) held back (apply with --categories names)` : ''}\n`,
  );
  return 0;
}
