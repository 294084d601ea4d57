/**
 * TSV and CSV: RFC 4180 quoting (a field holding the delimiter, a double quote, CR or LF is
 * quoted, quotes doubled), CRLF between records, UTF-8 text. CSV starts with a byte-order mark
 * by default: Excel, where most people open a CSV file by double-clicking it, reads a CSV without
 * one in the machine's ANSI code page (`é` shows as `Ã©`); TSV is left without one by default,
 * as scripts and CAT tools read it (a BOM would stick to the first column's name). Excel in a
 * locale whose decimal separator is a comma (French, German…) splits CSV on semicolons only, so
 * `semicolons` writes that dialect: `;` between fields, `0,946` for confidences.
 * Columns: source, target, confidence, status, findings — the last holding one line per
 * finding, applied fix and note (see unit-notes.ts).
 *
 * Formula guard (on by default): a spreadsheet runs a cell starting with `=`, `+`, `-`, `@`,
 * tab or CR as a formula (CSV injection), so such a field gets a leading `'`. To keep this
 * lossless, a field already made of apostrophes followed by one of those characters gets one
 * more; the reader removes exactly one. Texts starting with a plain apostrophe are untouched.
 */
import { type BilingualUnits, formatConfidence } from './bilingual-units.ts';
import { encodeNote, formatFindingLine, formatFixLine } from './unit-notes.ts';

export interface DelimitedOptions {
  /**
   * Start with a UTF-8 byte-order mark (U+FEFF), which tells Excel the file is UTF-8.
   * Default: true for CSV, false for TSV (see the module comment).
   */
  readonly bom?: boolean;
  /** Protect cells from being run as formulas (see the module comment). Default true. */
  readonly formulaGuard?: boolean;
  /**
   * CSV as Excel writes it where the decimal separator is a comma (French, German…): fields
   * separated by `;`, confidences written `0,946`. Default false (RFC 4180's commas).
   */
  readonly semicolons?: boolean;
}

/** The header row's column names. */
export const DELIMITED_COLUMNS = ['source', 'target', 'confidence', 'status', 'findings'] as const;

/** Fields that need the formula guard. */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Write `file` as TSV. */
export function writeTsv(file: BilingualUnits, options: DelimitedOptions = {}): string {
  return writeDelimited(file, '\t', options.bom ?? false, options);
}

/** Write `file` as CSV. */
export function writeCsv(file: BilingualUnits, options: DelimitedOptions = {}): string {
  return writeDelimited(file, options.semicolons ? ';' : ',', options.bom ?? true, options);
}

function writeDelimited(
  file: BilingualUnits,
  delimiter: string,
  bom: boolean,
  options: DelimitedOptions,
): string {
  const guard = options.formulaGuard ?? true;
  const needsQuotes = new RegExp(`[${delimiter}"\r\n]`);
  const decimalComma = delimiter === ';';
  const field = (value: string): string => {
    const v = guard && FORMULA_START.test(value) ? `'${value}` : value;
    return needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines: string[] = [DELIMITED_COLUMNS.join(delimiter)];
  // A raw note must hold one line, and not be empty (an empty cell reads back as no note).
  const oneLine = (s: string) => s !== '' && !/[\r\n]/.test(s);
  for (const unit of file.units) {
    const notes = [
      ...unit.findings.map(formatFindingLine),
      ...unit.fixes.map(formatFixLine),
      ...unit.notes.map((n) => encodeNote(n, oneLine)),
    ].join('\n');
    lines.push(
      [
        field(unit.source),
        field(unit.target),
        decimalComma
          ? formatConfidence(unit.confidence).replace('.', ',')
          : formatConfidence(unit.confidence),
        unit.status,
        field(notes),
      ].join(delimiter),
    );
  }
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
