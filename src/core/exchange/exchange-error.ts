/**
 * The one error every importer throws: a malformed, oversized, dangerous or unsupported
 * file. Core words nothing of its own choosing for the interface: each error carries a
 * message code (`reason`) and its parameters, which the workbench translates
 * (`exchangeError.<reason>` in its catalogues); the English `message` (for the command line)
 * is built from `EXCHANGE_ERROR_MESSAGES` with the same parameters.
 */
import type { CaseFileErrorDetail } from '../model/case-file.ts';
import { fillTemplate } from '../model/fill-template.ts';
import type { DecodeError } from '../text/decode-bytes.ts';

export type ExchangeErrorCode = 'malformed' | 'too-large' | 'entity' | 'unsupported' | 'invalid';

// English templates, `{{name}}` standing for a parameter (i18next's syntax, so that the
// workbench's English catalogue can hold these very strings).
const MESSAGES = {
  'too-large-bytes': 'the file is too large ({{size}} bytes; the limit is {{limit}})',
  'too-large-characters': 'the file is too large ({{size}} characters; the limit is {{limit}})',
  binary: 'the file is binary, not text',
  'utf-32': 'the file is UTF-32, which is not supported: save it as UTF-8',
  'not-encoding': 'the file is not valid {{encoding}}',
  empty: 'the file is empty: no TMX, XLIFF, TSV or CSV content',
  'not-utf-8': 'the file says it is UTF-8 but holds bytes that are not valid UTF-8',
  'xml-not-exchange': 'an XML file whose root is <{{root}}>: not TMX or XLIFF',
  // XML well-formedness (parse-xml.ts).
  'xml-forbidden-char': 'character U+{{hex}} is not allowed in XML 1.0',
  'xml-eof-in-element': 'end of file inside <{{name}}> (opened at {{openLine}}:{{openColumn}})',
  'xml-no-root': 'no root element: this is not an XML document',
  'xml-unterminated-declaration': 'unterminated XML declaration',
  'xml-declaration-no-version': 'the XML declaration has no version',
  'xml-version': 'unsupported XML version "{{version}}"',
  'xml-text-after-root': 'text after the root element',
  'xml-text-before-root': 'text before the root element',
  'xml-cdata-end-in-text': "']]>' is not allowed in text (write ]]&gt;)",
  'xml-bare-ampersand': "a bare '&' (write &amp;)",
  'xml-bad-char-ref': '&{{ref}}; is not a character XML allows',
  'xml-undefined-entity': 'undefined entity &{{ref}}; (only &lt; &gt; &amp; &apos; &quot; are accepted)',
  'xml-expected-element-name': 'expected an element name after <',
  'xml-expected-end-tag-name': 'expected an element name after </',
  'xml-expected-attribute-name': "expected an attribute name or '>' in <{{name}}>",
  'xml-expected-pi-target': 'expected a processing-instruction target',
  'xml-second-root': 'a second root element',
  'xml-eof-in-tag': 'end of file inside the tag <{{name}}>',
  'xml-expected-space': "expected a space, '>' or '/>' in <{{name}}>",
  'xml-expected-equals': "expected '=' after the attribute {{attr}}",
  'xml-unquoted-value': 'the value of {{attr}} must be quoted',
  'xml-unterminated-value': 'unterminated value of {{attr}}',
  'xml-less-than-in-value': "'<' in the value of {{attr}} (write &lt;)",
  'xml-duplicate-attribute': 'duplicate attribute {{attr}}',
  'xml-too-deep': 'elements nested deeper than {{depth}}',
  'xml-expected-end-tag-close': "expected '>' to end </{{name}}",
  'xml-closes-nothing': '</{{name}}> closes nothing',
  'xml-mismatched-tag': '</{{name}}> does not match <{{open}}> (opened at {{openLine}}:{{openColumn}})',
  'xml-unterminated-comment': 'unterminated comment',
  'xml-double-dash-in-comment': "'--' inside a comment",
  'xml-cdata-outside-root': 'CDATA outside the root element',
  'xml-unterminated-cdata': 'unterminated CDATA section',
  'xml-unexpected-markup': "unexpected '<!'",
  'xml-misplaced-doctype': 'DOCTYPE must come once, before the root element',
  'xml-unterminated-doctype': 'unterminated DOCTYPE',
  'xml-unterminated-subset': 'unterminated DOCTYPE internal subset',
  'xml-entity-declared':
    'the file declares entities in its DOCTYPE; such files are refused, since entities can expand to gigabytes ("billion laughs") or read other files',
  'xml-misplaced-declaration': 'the XML declaration must be at the very start of the file',
  'xml-unterminated-pi': 'unterminated processing instruction',
  // TMX (read-tmx.ts).
  'tmx-root': 'not TMX: the root is <{{root}}>',
  'tmx-no-header': '<tmx> has no <header>',
  'tmx-no-body': '<tmx> has no <body>',
  'tmx-header-no-srclang': '<header> has no srclang',
  'tmx-tu-before-header': '<tu> before the <header>',
  'tmx-tu-no-tuv': '<tu> has no <tuv>',
  'tmx-tuv-no-lang': '<tuv> has no xml:lang',
  'tmx-tuv-no-seg': '<tuv> has no <seg>',
  'tmx-confidence': 'x-confidence is not a number in [0, 1]',
  // XLIFF 2.0 and 1.2 (read-xliff.ts).
  'xliff-root': 'not XLIFF: the root is <{{root}}>',
  'xliff-version': 'unsupported XLIFF version "{{version}}"',
  'xliff-no-srclang': '<xliff> has no srcLang',
  'xliff-no-file': '<xliff> has no <file>',
  'xliff-file-no-body': '<file> has no <body>',
  'xliff-file-no-source-language': '<file> has no source-language',
  'xliff-segment-no-source': '<segment> has no <source>',
  'xliff-trans-unit-no-source': '<trans-unit> has no <source>',
  'xliff-confidence': 'the confidence note is not a number in [0, 1]',
  // TSV and CSV (read-delimited.ts).
  'delimited-unclosed-quote': 'a quoted field is never closed',
  'delimited-text-after-quote': 'text after the closing quote of a field',
  'delimited-one-column-tab':
    'no line has two columns separated by a tab: this is not a bilingual TSV or CSV file',
  'delimited-one-column-comma':
    'no line has two columns separated by a comma: this is not a bilingual TSV or CSV file',
  'delimited-confidence': 'confidence "{{value}}" is not a number in [0, 1]',
  // Case-file JSON syntax (case-file-json.ts, `locateJsonError`).
  'json-end-of-file': 'not valid JSON: unexpected end of file',
  'json-after-data': 'not valid JSON: unexpected {{char}} after the end of the data',
  'json-text-after-data': 'not valid JSON: unexpected text after the end of the data',
  'json-trailing-comma': 'not valid JSON: a trailing comma',
  'json-expected-comma-brace': "not valid JSON: expected ',' or '}'",
  'json-expected-comma-bracket': "not valid JSON: expected ',' or ']'",
  'json-expected-colon': "not valid JSON: expected ':' after a property name",
  'json-expected-key': 'not valid JSON: expected a property name in double quotes',
  'json-bad-number': 'not valid JSON: a malformed number',
  'json-unexpected': 'not valid JSON: unexpected {{char}}',
  'json-control-char': 'not valid JSON: a control character inside a string (escape it)',
  'json-bad-unicode-escape': 'not valid JSON: a bad \\u escape',
  'json-bad-escape': 'not valid JSON: a bad escape',
  'json-unclosed-string': 'not valid JSON: a string is never closed',
  'json-end': 'not valid JSON: end',
  // A case file whose JSON is well formed but whose content is not a case.
  'case-file-invalid': 'not a valid case file: {{problem}}',
} as const;

/** Every message code an `ExchangeError` can carry. */
export type ExchangeErrorReason = keyof typeof MESSAGES;

/** The English message of each code (`{{name}}`: a parameter). The workbench translates the codes. */
export const EXCHANGE_ERROR_MESSAGES: Readonly<Record<ExchangeErrorReason, string>> = MESSAGES;

/** Parameters of a message: element and attribute names, values, sizes. */
export type ExchangeErrorParams = Readonly<Record<string, string | number>>;

/**
 * What went wrong, as plain data: the message code, its parameters and, when there is a place
 * to point at, `line` and `column` (1-based, in UTF-16 code units of the decoded text).
 */
export interface ExchangeErrorDetail {
  readonly reason: ExchangeErrorReason;
  readonly params: ExchangeErrorParams;
  readonly line?: number;
  readonly column?: number;
  /** For `case-file-invalid`: what is wrong with the case, and where (its `problem` in English). */
  readonly caseFile?: CaseFileErrorDetail;
}

/** The English message of `reason` with its parameters filled in (no line or column). */
export function exchangeErrorText(reason: ExchangeErrorReason, params: ExchangeErrorParams = {}): string {
  return fillTemplate(EXCHANGE_ERROR_MESSAGES[reason], params);
}

export class ExchangeError extends Error {
  readonly code: ExchangeErrorCode;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The message code, parameters and place, for the interface to word. */
  readonly detail: ExchangeErrorDetail;
  constructor(
    code: ExchangeErrorCode,
    reason: ExchangeErrorReason,
    params: ExchangeErrorParams = {},
    line?: number,
    column?: number,
    caseFile?: CaseFileErrorDetail,
  ) {
    const message = exchangeErrorText(reason, params);
    super(line === undefined ? message : `line ${line}, column ${column ?? 1}: ${message}`);
    this.name = 'ExchangeError';
    this.code = code;
    this.line = line;
    this.column = column;
    this.detail = {
      reason,
      params,
      ...(line === undefined ? {} : { line, column: column ?? 1 }),
      ...(caseFile === undefined ? {} : { caseFile }),
    };
  }
}

/** The `ExchangeError` of a file that is not text (same English words as the `DecodeError`). */
export function exchangeErrorOfDecoding(error: DecodeError): ExchangeError {
  if (error.code === 'binary') return new ExchangeError('malformed', 'binary');
  if (error.encoding === 'utf-32') return new ExchangeError('malformed', 'utf-32');
  return new ExchangeError('malformed', 'not-encoding', {
    encoding: (error.encoding ?? 'text').toUpperCase(),
  });
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
export function invalidAt(
  text: string,
  offset: number,
  reason: ExchangeErrorReason,
  params: ExchangeErrorParams = {},
): never {
  const { line, column } = lineColumnAt(text, offset);
  throw new ExchangeError('invalid', reason, params, line, column);
}
