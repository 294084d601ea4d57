/**
 * The one error every importer throws: a malformed, oversized, dangerous or unsupported
 * file. `line` and `column` (1-based, in UTF-16 code units of the decoded text) locate the
 * problem when there is a place to point at; the message already includes them.
 */
export type ExchangeErrorCode = 'malformed' | 'too-large' | 'entity' | 'unsupported' | 'invalid';

export class ExchangeError extends Error {
  readonly code: ExchangeErrorCode;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(code: ExchangeErrorCode, message: string, line?: number, column?: number) {
    super(line === undefined ? message : `line ${line}, column ${column ?? 1}: ${message}`);
    this.name = 'ExchangeError';
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

/** Largest exchange file the importers accept (bytes, or UTF-16 code units for text input). */
export const MAX_EXCHANGE_BYTES = 64 * 1024 * 1024;

/** 1-based line and column of `offset` in `text` (lines end at LF). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Throw an `invalid` error located at `offset` of `text`. */
export function invalidAt(text: string, offset: number, message: string): never {
  const { line, column } = lineColumnAt(text, offset);
  throw new ExchangeError('invalid', message, line, column);
}
