/**
 * Read a bilingual TSV or CSV file (RFC 4180 quoting; CRLF or LF line ends; a BOM is
 * ignored). With a header row naming `source` and `target` (and optionally `confidence`,
 * `status`, `findings`), columns are found by name; without one, the first two columns are
 * the source and the target. A quote inside an unquoted field is kept as text (many TSV files
 * hold raw quotes); a quoted field must be closed, and followed by a delimiter or a line end
 * (in TSV, a field that starts with a quote but is not so quoted is read as it is).
 */
import {
  type BilingualUnit,
  type BilingualUnits,
  EXCHANGE_TOOL,
  PAIR_STATUSES,
  type PairStatus,
  parseConfidence,
} from './bilingual-units.ts';
import { ExchangeError, type ExchangeErrorReason, lineColumnAt } from './exchange-error.ts';
import { collectUnitLines } from './unit-notes.ts';
import type { DELIMITED_COLUMNS } from './write-delimited.ts';

export interface ReadDelimitedOptions {
  /** `\t`, `,` or `;` (CSV from a spreadsheet in a French locale); tab or comma, guessed from the first line, when absent. */
  readonly delimiter?: '\t' | ',' | ';';
  /** Undo the writer's formula guard (default true). */
  readonly formulaGuard?: boolean;
  readonly srcLang?: string;
  readonly tgtLang?: string;
}

interface Cell {
  readonly value: string;
  readonly offset: number;
}

/** Split `text` into records of cells (RFC 4180). Throws `ExchangeError` with line and column. */
export function parseDelimited(text: string, delimiter: string): Cell[][] {
  const records: Cell[][] = [];
  let row: Cell[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const fail = (offset: number, reason: ExchangeErrorReason): never => {
    const { line, column } = lineColumnAt(text, offset);
    throw new ExchangeError('malformed', reason, {}, line, column);
  };
  // TSV is often written without quoting (the IANA definition has none; spreadsheets' TSV
  // exports): a text that merely starts with a quotation mark (`"We refuse," they said`) is no
  // quoted field. In TSV such a field that is not a well-formed quoted one is read as it is; in
  // CSV it is an error. (Our own files quote every field holding a quote, tab or line break.)
  const lenient = delimiter === '\t';
  /** The quoted field at `start`: its value and where it ends; undefined to read it as it is (TSV). */
  const readQuoted = (start: number): { value: string; end: number } | undefined => {
    let out = '';
    let p = start + 1;
    for (;;) {
      const q = text.indexOf('"', p);
      if (q === -1) return lenient ? undefined : fail(start, 'delimited-unclosed-quote');
      out += text.slice(p, q);
      if (text.charCodeAt(q + 1) === 0x22) {
        out += '"';
        p = q + 2;
      } else {
        p = q + 1;
        break;
      }
    }
    const c = text.charCodeAt(p);
    if (p < n && c !== d && c !== 0x0a && c !== 0x0d)
      return lenient ? undefined : fail(p, 'delimited-text-after-quote');
    return { value: out, end: p };
  };
  while (pos < n) {
    const start = pos;
    let value: string;
    const quoted = text.charCodeAt(pos) === 0x22 /* " */ ? readQuoted(pos) : undefined;
    if (quoted) {
      value = quoted.value;
      pos = quoted.end;
    } else {
      let p = pos;
      while (p < n) {
        const c = text.charCodeAt(p);
        if (c === d || c === 0x0a || c === 0x0d) break;
        p++;
      }
      value = text.slice(pos, p);
      pos = p;
    }
    row.push({ value, offset: start });
    const c = text.charCodeAt(pos);
    if (c === d) {
      pos++;
      if (pos === n) row.push({ value: '', offset: pos });
      continue;
    }
    // End of record: CRLF, LF or CR.
    if (c === 0x0d) pos += text.charCodeAt(pos + 1) === 0x0a ? 2 : 1;
    else if (c === 0x0a) pos++;
    records.push(row);
    row = [];
  }
  if (row.length > 0) records.push(row);
  return records;
}

/** Read a bilingual TSV/CSV file. */
export function readDelimited(text: string, options: ReadDelimitedOptions = {}): BilingualUnits {
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const guard = options.formulaGuard ?? true;
  const records = parseDelimited(text, delimiter);
  const unguard = (v: string) => (guard && /^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  const first = records[0]?.map((c) => c.value.trim().toLowerCase()) ?? [];
  const hasHeader = first.includes('source') && first.includes('target');
  const col = (name: (typeof DELIMITED_COLUMNS)[number], fallback: number) =>
    hasHeader ? first.indexOf(name) : fallback;
  const iSource = col('source', 0);
  const iTarget = col('target', 1);
  const iConfidence = col('confidence', -1);
  const iStatus = col('status', -1);
  const iFindings = col('findings', -1);
  // A bilingual file without a header has two columns somewhere: plain text (one column on
  // every line) would become units with an empty translation each.
  const filled = records.filter((record) => !(record.length === 1 && record[0]!.value === ''));
  if (!hasHeader && filled.length > 0 && filled.every((record) => record.length < 2))
    throw new ExchangeError(
      'invalid',
      delimiter === '\t' ? 'delimited-one-column-tab' : 'delimited-one-column-comma',
    );
  const units: BilingualUnit[] = [];
  for (const [r, record] of records.entries()) {
    if (hasHeader && r === 0) continue;
    if (record.length === 1 && record[0]!.value === '') continue; // a blank line
    const get = (i: number) => (i >= 0 ? record[i] : undefined);
    const source = unguard(get(iSource)?.value ?? '');
    const target = unguard(get(iTarget)?.value ?? '');
    const confidenceCell = get(iConfidence);
    let confidence = 1;
    if (confidenceCell && confidenceCell.value.trim() !== '') {
      // A spreadsheet in a French locale writes 0,946 (its CSV then uses semicolons).
      const c = parseConfidence(
        delimiter === ',' ? confidenceCell.value : confidenceCell.value.replace(',', '.'),
      );
      if (c === undefined) {
        const { line, column } = lineColumnAt(text, confidenceCell.offset);
        throw new ExchangeError(
          'invalid',
          'delimited-confidence',
          { value: confidenceCell.value },
          line,
          column,
        );
      }
      confidence = c;
    }
    const statusText = get(iStatus)?.value.trim() ?? '';
    const status: PairStatus = (PAIR_STATUSES as readonly string[]).includes(statusText)
      ? (statusText as PairStatus)
      : source === '' || target === ''
        ? 'unpaired'
        : 'confirmed';
    const findingsText = unguard(get(iFindings)?.value ?? '');
    const lines = findingsText === '' ? [] : findingsText.split('\n');
    units.push({
      id: String(units.length + 1),
      source,
      target,
      confidence,
      status,
      ...collectUnitLines(lines),
    });
  }
  return {
    header: {
      srcLang: options.srcLang ?? 'und',
      tgtLang: options.tgtLang ?? 'und',
      level: 'paragraph',
      tool: EXCHANGE_TOOL,
    },
    units,
  };
}

/** Tab when the first line has more tabs than commas (outside quotes), else comma. */
export function guessDelimiter(text: string): '\t' | ',' {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === '\t') tabs++;
    else if (!quoted && c === ',') commas++;
  }
  return tabs >= commas && tabs > 0 ? '\t' : commas > 0 ? ',' : '\t';
}
