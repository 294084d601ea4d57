/**
 * Decode a file's bytes to text, detecting the encoding: a BOM (UTF-8, UTF-16LE/BE) wins;
 * BOM-less UTF-16 is recognised by its pattern of NUL bytes; otherwise strict UTF-8; UTF-8
 * with a few stray Windows-1252 bytes (an `é` pasted as the single byte 0xE9) is read as
 * UTF-8, each stray byte as its Windows-1252 character, and says where they are; Windows-1252
 * when the bytes are mostly not UTF-8, or Mac Roman when they are plainly that (`looksMacRoman`).
 * Binary data is refused.
 */
import { decodeMacRoman, looksMacRoman } from './mac-roman.ts';

/** WHATWG labels; `macintosh` is Mac Roman, the encoding of text files from Macs before OS X. */
export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedText {
  readonly text: string;
  readonly encoding: DetectedEncoding;
  /** True when the input began with a byte-order mark (removed from `text`). */
  readonly bom: boolean;
  /**
   * UTF-8 with bytes that are not (mixed encoding): each was read as its Windows-1252
   * character (U+FFFD for the five bytes Windows-1252 leaves undefined). Absent otherwise.
   */
  readonly strayBytes?: StrayBytes;
}

/** Where the bytes of a mixed UTF-8 file that were read as Windows-1252 are. */
export interface StrayBytes {
  /** How many bytes were read as Windows-1252. */
  readonly count: number;
  /** The first 1-based lines (LF, CRLF or CR ends) they are on, in order, at most 10. */
  readonly lines: readonly number[];
  /** How many lines hold them (more than `lines` lists when above 10). */
  readonly lineCount: number;
}

/** How many of a mixed file's stray-byte lines `StrayBytes.lines` lists. */
const STRAY_LINES_LISTED = 10;

/**
 * A document format given where text was expected (a PDF, a Word file), known by its first
 * bytes: refused with what to do rather than as bare binary. `zip` covers .docx, .odt, .epub…;
 * `ole`, the Office formats before 2007 (.doc, .xls); `rtf` is text, but markup.
 */
export type DocumentFormat = 'pdf' | 'zip' | 'ole' | 'rtf';

/**
 * Thrown for input that is not text (binary, or undecodable in the encoding asked for).
 * `encoding` names the encoding that failed (`utf-32` for UTF-32, which is never decoded);
 * `document`, the document format a binary file is in, when known.
 */
export class DecodeError extends Error {
  readonly code: 'binary' | 'undecodable';
  readonly encoding: string | undefined;
  readonly document: DocumentFormat | undefined;
  constructor(code: 'binary' | 'undecodable', message: string, encoding?: string, document?: DocumentFormat) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
    this.encoding = encoding;
    this.document = document;
  }
}

/** What each document format is and what to do with it, as `DecodeError` says it. */
const DOCUMENT_MESSAGES: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'the file is a PDF document (binary, not text): copy its text into a text file',
  zip: 'the file is a ZIP archive or a document made of one, such as .docx or .odt (binary, not text): save it as text',
  ole: 'the file is an old Office document, such as .doc or .xls (binary, not text): save it as text or .docx',
  rtf: 'the file is an RTF document (markup, not plain text): save it as text or .docx',
};

/** The document format `bytes` begin with, if any. */
function documentFormat(bytes: Uint8Array): DocumentFormat | undefined {
  const starts = (...sig: number[]) => sig.every((b, k) => bytes[k] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip'; // PK
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf
  return undefined;
}

/** The encodings a user can force, as WHATWG labels. */
export const ENCODINGS: readonly DetectedEncoding[] = [
  'utf-8',
  'windows-1252',
  'macintosh',
  'utf-16le',
  'utf-16be',
];

/**
 * Decode `bytes`; `forced` overrides detection (a user's choice). Forced UTF-8 reads what
 * detection would read as UTF-8 (mixed, cut, after a BOM), and a file whose Windows-1252 bytes
 * outnumber its UTF-8 characters as mixed UTF-8 too (the user knows it is UTF-8 with pasted
 * text); a file with no UTF-8 character at all is refused as not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, forced?: DetectedEncoding): DecodedText {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forced === 'utf-8' && !utf8Bom) {
    try {
      return decodeAs(bytes, forced, false);
    } catch (error) {
      // Mostly Windows-1252 bytes, but the user says UTF-8: pasted text in a UTF-8 file.
      const mixed = mixedUtf8(bytes, false, true);
      if (mixed) return mixed;
      throw error;
    }
  }
  if (forced && forced !== 'utf-8') return decodeAs(bytes, forced, hasBom(bytes, forced));
  if (utf8Bom) {
    // Binary data behind a BOM is binary (NUL is valid UTF-8, and invalid bytes would read as
    // stray ones), unless UTF-8 is asked for (a TSV whose cells hold control characters).
    if (!forced && looksBinary(bytes.subarray(3)))
      throw new DecodeError('binary', 'the file is binary, not text');
    // The BOM says UTF-8: bytes that are not are stray, however many.
    try {
      return decodeAs(bytes, 'utf-8', true);
    } catch (error) {
      const mixed = mixedUtf8(bytes.subarray(3), true);
      if (mixed) return mixed;
      throw error;
    }
  }
  // UTF-32's BOMs (FF FE 00 00 begins like UTF-16LE's): no decoder for it, and read as UTF-16 it
  // is text with a NUL between every two characters.
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    throw new DecodeError(
      'undecodable',
      'the file is UTF-32, which is not supported: save it as UTF-8',
      'utf-32',
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be', true);
  const document = documentFormat(bytes);
  if (document) throw new DecodeError('binary', DOCUMENT_MESSAGES[document], undefined, document);
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return decodeAs(bytes, sniffed, false);
  // A DOS end-of-file mark (Ctrl-Z, 0x1A) ends the text: no character of it, and in a short
  // file it alone made the file look binary.
  const body = bytes[bytes.length - 1] === 0x1a ? bytes.subarray(0, -1) : bytes;
  if (looksBinary(body)) {
    throw new DecodeError('binary', 'the file is binary, not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom: false };
  } catch {
    // Mixed UTF-8, or UTF-8 cut inside its last character; else Mac Roman when its accented
    // letters say so, else Windows-1252 (a superset of Latin-1's printable range). Both decode
    // every byte.
    return mixedUtf8(body) ?? decodeAs(body, looksMacRoman(body) ? 'macintosh' : 'windows-1252', false);
  }
}

/** One run of non-ASCII bytes as `scanUtf8` sees it. */
type Piece =
  /** A valid UTF-8 sequence of `length` bytes, of a character text in our languages uses. */
  | 'utf-8'
  /** A byte read as Windows-1252: not part of a valid sequence, or of an unlikely one. */
  | 'stray'
  /** A valid start of a sequence the end of the file cuts (`head -c`, a broken download). */
  | 'cut';

/**
 * The length of the valid UTF-8 sequence at `i` (WHATWG's rules: no overlong form, no
 * surrogate, nothing past U+10FFFF), 0 when there is none, or minus the bytes left when the
 * file ends inside a valid start.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    else if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    else if (b === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    if (i + k >= bytes.length) return -(bytes.length - i);
    const c = bytes[i + k]!;
    if (c < low || c > high) return 0;
    low = 0x80;
    high = 0xbf;
  }
  return length;
}

/** The code point of the valid UTF-8 sequence of `length` bytes at `i`. */
function codePointAt(bytes: Uint8Array, i: number, length: number): number {
  let cp = bytes[i]! & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
  return cp;
}

/**
 * Characters a French, English or German text in UTF-8 holds beyond ASCII. Windows-1252 text
 * forms valid UTF-8 by chance with characters outside them: `été »` (E9 A0 BB, the no-break
 * space French puts before »), `È…`, `à «` read as a CJK ideograph, U+0245 and a Samaritan
 * letter; such a sequence is Windows-1252 evidence, not UTF-8.
 */
function likelyInText(cp: number): boolean {
  return (
    // Latin-1 letters and signs, Latin Extended-A (œ, ł, ş); and C1 controls, which UTF-8 from a
    // Latin-1 conversion of Windows-1252 text holds (’ as U+0092): read as valid UTF-8 reads them.
    (cp >= 0x80 && cp <= 0x17f) ||
    (cp >= 0x218 && cp <= 0x21b) || // Romanian ș ț
    (cp >= 0x2b0 && cp <= 0x36f) || // modifier letters, combining accents (decomposed text)
    (cp >= 0x370 && cp <= 0x4ff) || // Greek, Cyrillic
    (cp >= 0x1e00 && cp <= 0x1eff) || // Latin Extended Additional (Vietnamese)
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation ’ “ ” – — …, € ™, arrows, math, symbols
    cp === 0xfeff || // a byte-order mark inside the text
    cp === 0xfffd || // a replacement character left by an earlier decoding
    (cp >= 0x1f000 && cp <= 0x1faff) // emoji
  );
}

/**
 * Walk the non-ASCII bytes, calling `visit` with each piece's kind, offset and length. A file
 * that ends inside a valid start is cut (its last character lost), unless the piece is a lone
 * accented small letter after a letter (`thé` with a Windows-1252 é: 0xE9 starts a 3-byte
 * sequence), which is a stray byte.
 */
function scanUtf8(bytes: Uint8Array, visit: (piece: Piece, at: number, length: number) => void): void {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      const cp = codePointAt(bytes, i, length);
      if (likelyInText(cp)) visit('utf-8', i, length);
      else for (let k = 0; k < length; k++) visit('stray', i + k, 1);
      i += length;
    } else if (length < 0) {
      const before = i > 0 ? bytes[i - 1]! | 0x20 : 0;
      const strayLetter = length === -1 && b >= 0xe0 && b <= 0xef && before >= 0x61 && before <= 0x7a;
      if (strayLetter) visit('stray', i, 1);
      else visit('cut', i, -length);
      i = n;
    } else {
      visit('stray', i, 1);
      i++;
    }
  }
}

/**
 * UTF-8 that is not valid as a whole yet mostly is: at least one likely UTF-8 character, and
 * at least as many as stray bytes (a Windows-1252 file forms likely characters by chance only
 * once in thousands of accents: see tests/core/text/mixed-utf8.test.ts). Valid sequences read
 * as UTF-8, stray bytes as Windows-1252, a cut last character as U+FFFD. Undefined for a
 * Windows-1252 file. After a UTF-8 BOM (`bom`, removed from `bytes`) any file is UTF-8; with
 * UTF-8 asked for (`asked`), any file that holds a UTF-8 character, however many stray bytes.
 */
function mixedUtf8(bytes: Uint8Array, bom = false, asked = false): DecodedText | undefined {
  let likely = 0;
  let stray = 0;
  // The bytes the repaired text takes beyond the input's: a stray byte becomes its character's
  // UTF-8 (2 or 3 bytes), a cut character U+FFFD's 3.
  let extra = 0;
  scanUtf8(bytes, (piece, at, length) => {
    if (piece === 'utf-8') likely++;
    else if (piece === 'stray') {
      stray++;
      extra += CP1252_UTF8[bytes[at]! - 0x80]!.length - 1;
    } else extra += 3 - length;
  });
  if (!bom && (likely === 0 || (stray > likely && !asked))) return undefined;
  // The input with each stray byte (and a cut end) replaced by its UTF-8, decoded once: a part
  // per stray byte cost 40 bytes of memory per input byte on a file full of them.
  const out = new Uint8Array(bytes.length + extra);
  const lines: number[] = [];
  let from = 0;
  let o = 0;
  let line = 1;
  let counted = 0;
  let lineCount = 0;
  scanUtf8(bytes, (piece, at, length) => {
    if (piece === 'utf-8') return;
    out.set(bytes.subarray(from, at), o);
    o += at - from;
    from = at + length;
    if (piece === 'cut') {
      out.set(REPLACEMENT_UTF8, o);
      o += REPLACEMENT_UTF8.length;
      return;
    }
    const utf8 = CP1252_UTF8[bytes[at]! - 0x80]!;
    out.set(utf8, o);
    o += utf8.length;
    const before = line;
    line += countLineEnds(bytes, counted, at);
    counted = at;
    if (lineCount === 0 || line !== before) {
      lineCount++;
      if (lines.length < STRAY_LINES_LISTED) lines.push(line);
    }
  });
  out.set(bytes.subarray(from), o);
  // ignoreBOM: a U+FEFF at the start of `bytes` (after a BOM already removed) is text.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(out);
  return stray === 0
    ? { text, encoding: 'utf-8', bom }
    : { text, encoding: 'utf-8', bom, strayBytes: { count: stray, lines, lineCount } };
}

/** Line ends (LF, CRLF counted once, lone CR) in `bytes[from, to)`. */
function countLineEnds(bytes: Uint8Array, from: number, to: number): number {
  let ends = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) ends++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) ends++;
  }
  return ends;
}

function hasBom(bytes: Uint8Array, encoding: DetectedEncoding): boolean {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff;
  return false;
}

// Windows-1252's bytes 0x80–0x9F (WHATWG Encoding index), as U+0080–U+009F map to them. The
// five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as the C1 controls.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252's bytes 0x80–0xFF as a mixed file's stray bytes read: U+FFFD for the five it
 * leaves undefined (a C1 control would hide the fault in the text).
 */
const CP1252_HIGH: readonly string[] = [
  ...CP1252_C1,
  ...Array.from({ length: 0x60 }, (_, k) => String.fromCharCode(0xa0 + k)),
].map((c) => (c >= '\u0080' && c <= '\u009f' ? '\ufffd' : c));

/** `CP1252_HIGH` in UTF-8, as a mixed file's stray bytes are written before decoding. */
const CP1252_UTF8: readonly Uint8Array[] = CP1252_HIGH.map((c) => new TextEncoder().encode(c));
const REPLACEMENT_UTF8 = Uint8Array.of(0xef, 0xbf, 0xbd);

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 → U+0080 instead of €,
 * 0x92 → U+0092 instead of ’); browsers follow the WHATWG table. Mapping the C1 range fixes
 * Node and leaves correct output unchanged.
 */
function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

function decodeAs(bytes: Uint8Array, encoding: DetectedEncoding, bom: boolean): DecodedText {
  // Decoded from our own table: not every TextDecoder knows `macintosh` (Node without full ICU).
  if (encoding === 'macintosh') return { text: decodeMacRoman(bytes), encoding, bom };
  try {
    // TextDecoder strips a matching BOM itself (ignoreBOM: false).
    const decoded = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' }).decode(bytes);
    const text = encoding === 'windows-1252' ? fixCp1252(decoded) : decoded;
    if (encoding.startsWith('utf-16') && text.includes('\u0000')) {
      // A NUL code unit is binary data behind the BOM, as a NUL byte is in 8-bit text.
      throw new DecodeError('binary', 'the file is binary, not text');
    }
    return { text, encoding, bom };
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('undecodable', `the file is not valid ${encoding.toUpperCase()}`, encoding);
  }
}

/** BOM-less UTF-16: most code units of Latin text have one NUL byte, always on the same side. */
function sniffUtf16(bytes: Uint8Array): DetectedEncoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul > units * 0.4 && evenNul < units * 0.05) return 'utf-16le';
  if (evenNul > units * 0.4 && oddNul < units * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Control bytes other than tab, newline, form feed and carriage return mean binary data: a NUL
 * anywhere (searched in the whole file, at memchr speed: binary data appended to text begins
 * past any sample), or more than 2 % of other controls in the first 8 kB.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.02;
}
