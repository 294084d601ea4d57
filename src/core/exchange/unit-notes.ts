/**
 * Findings, applied fixes and free notes as one line of text each, readable by people and
 * read back exactly by the importers (TMX `<prop>`, XLIFF `<note>`, the TSV/CSV findings
 * column). Texts are written as JSON string literals, so that quotes, line breaks and even
 * control characters stay on one line and survive:
 *
 *   target error encoding/mojibake: "«œ" → "« "
 *   target fix mojibake: "«œ" → "« "
 *   note: "checked against the wire copy"
 */
import { CATEGORIES, type Category, type Severity } from '../model/finding.ts';
import type { Side, UnitFinding, UnitFix } from './bilingual-units.ts';

/**
 * A JSON string literal that XML 1.0 can also carry (U+FFFE and U+FFFF escaped too), with
 * invisible characters spelled out (`\u00a0` for a no-break space) so that people see them.
 */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007F-\u009F\u00A0\u00AD\u2007\u200B-\u200F\u2028\u2029\u202F\u2060\uFEFF\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One finding as a line. */
export function formatFindingLine(f: UnitFinding): string {
  const expected = f.expected === undefined ? '' : ` → ${quoteText(f.expected)}`;
  return `${f.side} ${f.severity} ${f.category}/${f.rule}: ${quoteText(f.actual)}${expected}`;
}

/** One applied fix as a line. */
export function formatFixLine(f: UnitFix): string {
  return `${f.side} fix ${f.rule}: ${quoteText(f.before)} → ${quoteText(f.after)}`;
}

/** A free note as a line. */
export function formatNoteLine(note: string): string {
  return `note: ${quoteText(note)}`;
}

/**
 * A free note as it is written: as is when it reads back unchanged and `allowed` accepts it
 * (no forbidden characters for XML; no line break for the TSV column), otherwise quoted.
 */
export function encodeNote(note: string, allowed: (text: string) => boolean): string {
  const parsed = parseUnitLine(note);
  return parsed.kind === 'note' && parsed.note === note && allowed(note) ? note : formatNoteLine(note);
}

/** What a line says. */
export type UnitLine =
  | { readonly kind: 'finding'; readonly finding: UnitFinding }
  | { readonly kind: 'fix'; readonly fix: UnitFix }
  | { readonly kind: 'note'; readonly note: string };

const LITERAL = '("(?:[^"\\\\\\n]|\\\\.)*")';
const FINDING = new RegExp(
  `^(source|target) (error|warning|info) ([a-z]+)/([A-Za-z0-9._-]+): ${LITERAL}(?: → ${LITERAL})?$`,
);
const FIX = new RegExp(`^(source|target) fix ([A-Za-z0-9._-]+): ${LITERAL} → ${LITERAL}$`);
const NOTE = new RegExp(`^note: ${LITERAL}$`);

/** Read a line written by the functions above; anything else is a free note, kept as it is. */
export function parseUnitLine(line: string): UnitLine {
  const f = FINDING.exec(line);
  if (f && (CATEGORIES as readonly string[]).includes(f[3]!)) {
    const actual = unquote(f[5]!);
    const expected = f[6] === undefined ? undefined : unquote(f[6]);
    if (actual !== undefined && (f[6] === undefined || expected !== undefined)) {
      return {
        kind: 'finding',
        finding: {
          side: f[1] as Side,
          severity: f[2] as Severity,
          category: f[3] as Category,
          rule: f[4]!,
          actual,
          ...(expected === undefined ? {} : { expected }),
        },
      };
    }
  }
  const x = FIX.exec(line);
  if (x) {
    const before = unquote(x[3]!);
    const after = unquote(x[4]!);
    if (before !== undefined && after !== undefined) {
      return { kind: 'fix', fix: { side: x[1] as Side, rule: x[2]!, before, after } };
    }
  }
  const n = NOTE.exec(line);
  const note = n ? unquote(n[1]!) : undefined;
  return { kind: 'note', note: note ?? line };
}

function unquote(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Sort parsed lines into a unit's findings, fixes and notes. */
export function collectUnitLines(lines: Iterable<string>): {
  findings: UnitFinding[];
  fixes: UnitFix[];
  notes: string[];
} {
  const findings: UnitFinding[] = [];
  const fixes: UnitFix[] = [];
  const notes: string[] = [];
  for (const line of lines) {
    const parsed = parseUnitLine(line);
    if (parsed.kind === 'finding') findings.push(parsed.finding);
    else if (parsed.kind === 'fix') fixes.push(parsed.fix);
    else notes.push(parsed.note);
  }
  return { findings, fixes, notes };
}
