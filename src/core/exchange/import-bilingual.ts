/**
 * Import any bilingual exchange file — TMX, XLIFF 2.0/1.2, TSV, CSV — from its bytes (or
 * decoded text): size limit first, then encoding detection (`decodeBytes`: BOM, UTF-16,
 * UTF-8, Windows-1252), then the format (by content, or as told). Every failure is an
 * `ExchangeError` with a message for people; nothing is half-imported.
 */
import { DecodeError, type DetectedEncoding, decodeBytes, type StrayBytes } from '../text/decode-bytes.ts';
import type { BilingualUnits } from './bilingual-units.ts';
import { ExchangeError, exchangeErrorOfDecoding, MAX_EXCHANGE_BYTES } from './exchange-error.ts';
import { readDelimited } from './read-delimited.ts';
import { readTmx } from './read-tmx.ts';
import { readXliff } from './read-xliff.ts';

/** The bilingual formats the importer reads. */
export type BilingualFormat = 'tmx' | 'xliff' | 'tsv' | 'csv';

export interface ImportBilingualOptions {
  /** The format; detected from the content when absent. */
  readonly format?: BilingualFormat;
  /** Refuse larger inputs (default `MAX_EXCHANGE_BYTES`, 64 MiB). */
  readonly maxBytes?: number;
  /** Languages for TSV/CSV files (which do not say). */
  readonly srcLang?: string;
  readonly tgtLang?: string;
}

/** Read an exchange file. Throws `ExchangeError`. */
export function importBilingual(
  input: Uint8Array | string,
  options: ImportBilingualOptions = {},
): BilingualUnits {
  const maxBytes = options.maxBytes ?? MAX_EXCHANGE_BYTES;
  if (input.length > maxBytes) {
    throw new ExchangeError(
      'too-large',
      typeof input === 'string' ? 'too-large-characters' : 'too-large-bytes',
      { size: input.length, limit: maxBytes },
    );
  }
  let text: string;
  let encoding: DetectedEncoding = 'utf-8';
  let stray: StrayBytes | undefined;
  if (typeof input === 'string') {
    text = input;
  } else {
    let decoded: ReturnType<typeof decodeBytes>;
    try {
      decoded = decodeBytes(input);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      // A TSV/CSV file the caller vouches for may hold control characters (even NUL) that
      // make it look binary: read it as strict UTF-8 then.
      if (error.code !== 'binary' || (options.format !== 'tsv' && options.format !== 'csv')) {
        throw exchangeErrorOfDecoding(error);
      }
      try {
        decoded = decodeBytes(input, 'utf-8');
      } catch {
        throw exchangeErrorOfDecoding(error);
      }
    }
    text = decoded.text;
    encoding = decoded.encoding;
    stray = decoded.strayBytes;
  }
  if (text.trim() === '') throw new ExchangeError('invalid', 'empty');
  const format = options.format ?? detectFormat(text);
  if (format === 'tmx' || format === 'xliff') {
    // XML without a declaration, or declaring UTF-8, must be UTF-8; bytes that were not
    // (decoded as Windows-1252, wholly or as stray bytes) mean a damaged or mislabelled file.
    const declared = /^\uFEFF?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][\w.-]*)["']/
      .exec(text)?.[1]
      ?.toLowerCase();
    if (
      (encoding === 'windows-1252' || encoding === 'macintosh' || stray) &&
      (declared ?? 'utf-8').replace('-', '') === 'utf8'
    ) {
      throw new ExchangeError('malformed', 'not-utf-8');
    }
    return format === 'tmx' ? readTmx(text) : readXliff(text);
  }
  const units = readDelimited(text, {
    delimiter: format === 'csv' ? csvDelimiter(text) : '\t',
    ...(options.srcLang === undefined ? {} : { srcLang: options.srcLang }),
    ...(options.tgtLang === undefined ? {} : { tgtLang: options.tgtLang }),
  });
  if (stray) return { ...units, strayBytes: stray };
  return encoding === 'utf-8' ? units : { ...units, encoding };
}

/** Guess the format from the text: XML by its root element, otherwise TSV or CSV. */
export function detectFormat(text: string): BilingualFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^\s*</.test(head)) {
    // Skip the declaration, comments, DOCTYPE and processing instructions to the root's name.
    const root = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
    const name = root?.[1]?.replace(/^.*:/, '').toLowerCase();
    if (name === 'tmx') return 'tmx';
    if (name === 'xliff') return 'xliff';
    throw new ExchangeError('unsupported', 'xml-not-exchange', { root: root?.[1] ?? '?' });
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') || !/[,;]/.test(firstLine) ? 'tsv' : 'csv';
}

/**
 * The delimiter of a CSV file: a semicolon when its first line has more of them than commas
 * (outside quotes), as a spreadsheet in a French (or German…) locale saves CSV, where the comma
 * is the decimal separator; otherwise a comma. Our CSV re-saved by French Excel read as one
 * column and was refused.
 */
function csvDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
