/**
 * The case file as a JSON file: everything (original texts, edit logs, alignments with
 * confirmations, finding reviews, settings), versioned. Writing is canonical (keys in a
 * fixed order, two-space indentation), so that write → read → write gives the same bytes.
 * Reading accepts every known version and migrates it (`migrateCaseFile`).
 */
import { type CaseFile, CaseFileError, migrateCaseFile } from '../model/case-file.ts';
import { DecodeError, decodeBytes } from '../text/decode-bytes.ts';
import { ExchangeError, lineColumnAt, MAX_EXCHANGE_BYTES } from './exchange-error.ts';

/** The case file as JSON text. Throws `CaseFileError` if `file` is not a valid case. */
export function serializeCaseFile(file: CaseFile): string {
  // Validation rebuilds every object with its keys in the canonical order.
  return `${JSON.stringify(migrateCaseFile(file), null, 2)}\n`;
}

export interface ParseCaseFileOptions {
  /** Refuse larger inputs (default `MAX_EXCHANGE_BYTES`, 64 MiB). */
  readonly maxBytes?: number;
}

/** Read a case file of any known version. Throws `ExchangeError` (with line and column for bad JSON). */
export function parseCaseFile(input: Uint8Array | string, options: ParseCaseFileOptions = {}): CaseFile {
  const maxBytes = options.maxBytes ?? MAX_EXCHANGE_BYTES;
  if (input.length > maxBytes) {
    throw new ExchangeError(
      'too-large',
      `the file is too large (${input.length} bytes; the limit is ${maxBytes})`,
    );
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = decodeBytes(input).text;
    } catch (error) {
      if (error instanceof DecodeError) throw new ExchangeError('malformed', error.message);
      throw error;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { offset, message } = locateJsonError(text);
    const { line, column } = lineColumnAt(text, offset);
    throw new ExchangeError('malformed', `not valid JSON: ${message}`, line, column);
  }
  try {
    return migrateCaseFile(data);
  } catch (error) {
    if (error instanceof CaseFileError)
      throw new ExchangeError('invalid', `not a valid case file: ${error.message}`);
    throw error;
  }
}

/**
 * Where JSON text first goes wrong (JSON.parse does not always say): a small scanner over
 * RFC 8259's grammar, iterative so that deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): { offset: number; message: string } {
  let p = 0;
  const n = text.length;
  const ws = () => {
    while (p < n && (text[p] === ' ' || text[p] === '\t' || text[p] === '\n' || text[p] === '\r')) p++;
  };
  const err = (message: string) => ({ offset: p, message });
  // Stack of containers: '{' or '['; `expect` is what may come next.
  const stack: string[] = [];
  let expect: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  for (;;) {
    ws();
    if (p >= n) return err(stack.length > 0 || expect === 'value' ? 'unexpected end of file' : 'end');
    const c = text[p]!;
    const top = stack.at(-1);
    if (expect === 'after-value') {
      if (!top) return err(`unexpected ${JSON.stringify(c)} after the end of the data`);
      if (c === ',') {
        p++;
        expect = top === '{' ? 'key' : 'value';
        ws();
        if (text[p] === '}' || text[p] === ']') return err('a trailing comma');
        continue;
      }
      if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        p++;
        stack.pop();
        expect = 'after-value';
        if (stack.length === 0) {
          ws();
          if (p < n) return err(`unexpected ${JSON.stringify(text[p])} after the end of the data`);
          return err('end');
        }
        continue;
      }
      return err(top === '{' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    if (expect === 'colon') {
      if (c !== ':') return err("expected ':' after a property name");
      p++;
      expect = 'value';
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return err('expected a property name in double quotes');
      const e = scanString();
      if (e) return e;
      expect = 'colon';
      continue;
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c);
      p++;
      ws();
      if ((c === '[' && text[p] === ']') || (c === '{' && text[p] === '}')) {
        p++;
        stack.pop();
        expect = 'after-value';
        if (stack.length === 0) {
          ws();
          return p < n ? err('unexpected text after the end of the data') : err('end');
        }
        continue;
      }
      expect = c === '{' ? 'key' : 'value';
      continue;
    }
    if (c === '"') {
      const e = scanString();
      if (e) return e;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
      m.lastIndex = p;
      if (!m.exec(text)) return err('a malformed number');
      p = m.lastIndex;
    } else if (text.startsWith('true', p)) p += 4;
    else if (text.startsWith('false', p)) p += 5;
    else if (text.startsWith('null', p)) p += 4;
    else return err(`unexpected ${JSON.stringify(c)}`);
    expect = 'after-value';
    if (stack.length === 0) {
      ws();
      return p < n ? err('unexpected text after the end of the data') : err('end');
    }
  }

  function scanString(): { offset: number; message: string } | undefined {
    const start = p;
    p++;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 0x22) {
        p++;
        return undefined;
      }
      if (c < 0x20) return { offset: p, message: 'a control character inside a string (escape it)' };
      if (c === 0x5c) {
        const e = text[p + 1];
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(p + 2, p + 6)))
            return { offset: p, message: 'a bad \\u escape' };
          p += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) p += 2;
        else return { offset: p, message: 'a bad escape' };
      } else p++;
    }
    return { offset: start, message: 'a string is never closed' };
  }
}
