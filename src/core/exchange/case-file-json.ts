/**
 * The case file as a JSON file: everything (original texts, edit logs, alignments with
 * confirmations, finding reviews, settings), versioned. Writing is canonical (keys in a
 * fixed order, two-space indentation), so that write → read → write gives the same bytes.
 * Reading accepts every known version and migrates it (`migrateCaseFile`).
 */
import { type CaseFile, CaseFileError, migrateCaseFile } from '../model/case-file.ts';
import { DecodeError, decodeBytes } from '../text/decode-bytes.ts';
import {
  ExchangeError,
  type ExchangeErrorParams,
  type ExchangeErrorReason,
  exchangeErrorOfDecoding,
  exchangeErrorText,
  lineColumnAt,
  MAX_EXCHANGE_BYTES,
} from './exchange-error.ts';

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
    throw new ExchangeError('too-large', 'too-large-bytes', { size: input.length, limit: maxBytes });
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = decodeBytes(input).text;
    } catch (error) {
      if (error instanceof DecodeError) throw exchangeErrorOfDecoding(error);
      throw error;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { offset, reason, params } = locateJsonError(text);
    const { line, column } = lineColumnAt(text, offset);
    throw new ExchangeError('malformed', reason, params, line, column);
  }
  try {
    return migrateCaseFile(data);
  } catch (error) {
    if (error instanceof CaseFileError)
      throw new ExchangeError(
        'invalid',
        'case-file-invalid',
        { problem: error.message },
        undefined,
        undefined,
        error.detail,
      );
    throw error;
  }
}

/** Where JSON text first goes wrong: the offset, the message code (`json-…`) and its English words. */
export interface JsonErrorPlace {
  readonly offset: number;
  readonly reason: ExchangeErrorReason;
  readonly params: ExchangeErrorParams;
  /** The English words, without the leading `not valid JSON: `. */
  readonly message: string;
}

/**
 * Where JSON text first goes wrong (JSON.parse does not always say): a small scanner over
 * RFC 8259's grammar, iterative so that deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): JsonErrorPlace {
  let p = 0;
  const n = text.length;
  const ws = () => {
    while (p < n && (text[p] === ' ' || text[p] === '\t' || text[p] === '\n' || text[p] === '\r')) p++;
  };
  const at = (offset: number, reason: ExchangeErrorReason, params: ExchangeErrorParams = {}) => ({
    offset,
    reason,
    params,
    message: exchangeErrorText(reason, params).replace(/^not valid JSON: /, ''),
  });
  const err = (reason: ExchangeErrorReason, params: ExchangeErrorParams = {}) => at(p, reason, params);
  // Stack of containers: '{' or '['; `expect` is what may come next.
  const stack: string[] = [];
  let expect: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  for (;;) {
    ws();
    if (p >= n) return err(stack.length > 0 || expect === 'value' ? 'json-end-of-file' : 'json-end');
    const c = text[p]!;
    const top = stack.at(-1);
    if (expect === 'after-value') {
      if (!top) return err('json-after-data', { char: JSON.stringify(c) });
      if (c === ',') {
        p++;
        expect = top === '{' ? 'key' : 'value';
        ws();
        if (text[p] === '}' || text[p] === ']') return err('json-trailing-comma');
        continue;
      }
      if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        p++;
        stack.pop();
        expect = 'after-value';
        if (stack.length === 0) {
          ws();
          if (p < n) return err('json-after-data', { char: JSON.stringify(text[p]) });
          return err('json-end');
        }
        continue;
      }
      return err(top === '{' ? 'json-expected-comma-brace' : 'json-expected-comma-bracket');
    }
    if (expect === 'colon') {
      if (c !== ':') return err('json-expected-colon');
      p++;
      expect = 'value';
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return err('json-expected-key');
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
          return p < n ? err('json-text-after-data') : err('json-end');
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
      if (!m.exec(text)) return err('json-bad-number');
      p = m.lastIndex;
    } else if (text.startsWith('true', p)) p += 4;
    else if (text.startsWith('false', p)) p += 5;
    else if (text.startsWith('null', p)) p += 4;
    else return err('json-unexpected', { char: JSON.stringify(c) });
    expect = 'after-value';
    if (stack.length === 0) {
      ws();
      return p < n ? err('json-text-after-data') : err('json-end');
    }
  }

  function scanString(): JsonErrorPlace | undefined {
    const start = p;
    p++;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 0x22) {
        p++;
        return undefined;
      }
      if (c < 0x20) return err('json-control-char');
      if (c === 0x5c) {
        const e = text[p + 1];
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(p + 2, p + 6))) return err('json-bad-unicode-escape');
          p += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) p += 2;
        else return err('json-bad-escape');
      } else p++;
    }
    return at(start, 'json-unclosed-string');
  }
}
