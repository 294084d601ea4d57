/**
 * Decode a file's bytes to text, detecting the encoding: a BOM (UTF-8, UTF-16LE/BE) wins;
 * BOM-less UTF-16 is recognised by its pattern of NUL bytes; otherwise strict UTF-8, and
 * Windows-1252 when the bytes are not valid UTF-8. Binary data is refused.
 */

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: DetectedEncoding;
  /** True when the input began with a byte-order mark (removed from `text`). */
  readonly bom: boolean;
}

/**
 * Thrown for input that is not text (binary, or undecodable in the encoding asked for).
 * `encoding` names the encoding that failed (`utf-32` for UTF-32, which is never decoded).
 */
export class DecodeError extends Error {
  readonly code: 'binary' | 'undecodable';
  readonly encoding: string | undefined;
  constructor(code: 'binary' | 'undecodable', message: string, encoding?: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
    this.encoding = encoding;
  }
}

/** The encodings a user can force, as WHATWG labels. */
export const ENCODINGS: readonly DetectedEncoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

/** Decode `bytes`; `forced` overrides detection (a user's choice). */
export function decodeBytes(bytes: Uint8Array, forced?: DetectedEncoding): DecodedText {
  if (forced) return decodeAs(bytes, forced, hasBom(bytes, forced));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', true);
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
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return decodeAs(bytes, sniffed, false);
  if (looksBinary(bytes)) {
    throw new DecodeError('binary', 'the file is binary, not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    const cut = cutUtf8(bytes);
    if (cut) return cut;
    // Not UTF-8: Windows-1252 (a superset of Latin-1's printable range) decodes every byte.
    return decodeAs(bytes, 'windows-1252', false);
  }
}

/**
 * UTF-8 cut inside its last character (`head -c`, a broken download): valid up to an
 * incomplete final sequence, and holding other multi-byte sequences (a Windows-1252 text
 * ending in `café` is not UTF-8). The cut character reads as U+FFFD; undefined otherwise.
 */
function cutUtf8(bytes: Uint8Array): DecodedText | undefined {
  // The lead byte of the last sequence, at most 3 bytes from the end.
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return undefined;
  const b = bytes[lead]!;
  const needs = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (needs === 0 || bytes.length - lead >= needs) return undefined;
  const head = bytes.subarray(0, lead);
  if (!head.some((x) => x >= 0x80)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head);
    return { text: `${text}\ufffd`, encoding: 'utf-8', bom: false };
  } catch {
    return undefined;
  }
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
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 → U+0080 instead of €,
 * 0x92 → U+0092 instead of ’); browsers follow the WHATWG table. Mapping the C1 range fixes
 * Node and leaves correct output unchanged.
 */
function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

function decodeAs(bytes: Uint8Array, encoding: DetectedEncoding, bom: boolean): DecodedText {
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
