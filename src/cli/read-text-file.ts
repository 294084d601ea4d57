import { readFileSync, statSync } from 'node:fs';
import { type DecodedText, DecodeError, decodeBytes, type StrayBytes } from '../core/text/decode-bytes.ts';
import { extractHtmlText, looksLikeHtml } from '../core/text/extract-html-text.ts';
import { InputError } from './cli-error.ts';
import { fileErrorReason } from './file-error-reason.ts';

/** Largest input the CLI accepts, in bytes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** HTML files, read as their text (as the workbench imports them). */
const HTML_FILE = /\.x?html?$/i;

/**
 * Read and decode a text file, or throw an InputError with a one-line reason. A file that holds
 * no text is read (as empty) with a warning on stderr, and so is UTF-8 with stray bytes read
 * as Windows-1252 (saying where they are), and Mac Roman (`readingNote`). An HTML file (.html, .htm, .xhtml, or a page
 * saved under another name: `looksLikeHtml`) is read as its text, one paragraph a line,
 * without markup, scripts or styles, as the workbench reads it,
 * with a warning (positions count in that text, and `fix` prints text).
 */
export function readTextFile(path: string): DecodedText {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (!stat.isFile()) throw new InputError(`${path}: not a regular file`);
    const size = stat.size;
    if (size > MAX_INPUT_BYTES)
      throw new InputError(`${path}: file too large (${size} bytes; limit ${MAX_INPUT_BYTES})`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${fileErrorReason(error)}`);
  }
  try {
    let decoded = decodeBytes(bytes);
    if (HTML_FILE.test(path) || looksLikeHtml(decoded.text)) {
      decoded = { ...decoded, text: extractHtmlText(decoded.text) };
      process.stderr.write(
        `warning: ${path}: read as HTML: its text only, without markup (lines count in that text)\n`,
      );
    }
    // Not an error (an empty side aligns, an empty report has no findings), but rarely meant.
    if (decoded.text.trim() === '')
      process.stderr.write(`warning: ${path}: holds no text (empty or white space only)\n`);
    const note = readingNote(decoded);
    if (note) process.stderr.write(`warning: ${path}: ${note}\n`);
    return decoded;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

/**
 * What to say of how a file was read, when it is worth a warning: UTF-8 with stray bytes, or
 * Mac Roman (told from Windows-1252 by its accented letters, which only a person can confirm).
 */
export function readingNote(decoded: DecodedText): string | undefined {
  if (decoded.strayBytes) return strayBytesNote(decoded.strayBytes);
  if (decoded.encoding === 'macintosh') return MAC_ROMAN_NOTE;
  return undefined;
}

/** The warning for a file read as Mac Roman. */
export const MAC_ROMAN_NOTE =
  'read as Mac Roman (its accents are Mac Roman bytes: é is 0x8E there, Ž in Windows-1252)';

/** `UTF-8 with 1 byte read as Windows-1252 (line 12)`; the lines past the first 10 counted. */
export function strayBytesNote({ count, lines, lineCount }: StrayBytes): string {
  const more = lineCount - lines.length;
  const where = `line${lineCount === 1 ? '' : 's'} ${lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return `UTF-8 with ${count} byte${count === 1 ? '' : 's'} read as Windows-1252 (${where})`;
}
