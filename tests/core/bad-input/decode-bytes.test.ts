import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../../src/core/text/decode-bytes.ts';
import { encodeUtf16, encodeWindows1252, FRENCH } from '../../fixtures/bad-input/bad-inputs.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const decodeError = (input: Uint8Array): DecodeError => {
  try {
    decodeBytes(input);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('decodeBytes accepted the input');
};

describe('decodeBytes on bad input', () => {
  it('reads an empty file as empty UTF-8 text, not as binary', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('reads a file holding only a byte-order mark as empty text', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: '', encoding: 'utf-8', bom: true });
    expect(decodeBytes(bytes(0xff, 0xfe))).toMatchObject({ text: '', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(bytes(0xfe, 0xff))).toMatchObject({ text: '', encoding: 'utf-16be', bom: true });
  });

  it('decodes the Windows-1252 bytes of é à « » œ ’ to the right characters', () => {
    const decoded = decodeBytes(encodeWindows1252(FRENCH));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(FRENCH);
    expect(decodeBytes(bytes(0xe9, 0xe0, 0xab, 0xbb, 0x9c, 0x92)).text).toBe('éà«»œ’');
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, and UTF-8 with a BOM, without the BOM in the text', () => {
    expect(decodeBytes(encodeUtf16(FRENCH, 'le'))).toEqual({ text: FRENCH, encoding: 'utf-16le', bom: true });
    expect(decodeBytes(encodeUtf16(FRENCH, 'be'))).toEqual({ text: FRENCH, encoding: 'utf-16be', bom: true });
    const utf8bom = new TextEncoder().encode(`\ufeff${FRENCH}`);
    expect(decodeBytes(utf8bom)).toEqual({ text: FRENCH, encoding: 'utf-8', bom: true });
  });

  it('recognises BOM-less UTF-16 by its NUL bytes instead of calling it binary', () => {
    const le = encodeUtf16(FRENCH, 'le').slice(2);
    const be = encodeUtf16(FRENCH, 'be').slice(2);
    expect(decodeBytes(le)).toMatchObject({ text: FRENCH, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ text: FRENCH, encoding: 'utf-16be' });
  });

  it('keeps CRLF line ends and U+00A0 as they are', () => {
    const text = 'Un\r\n\u00a0\r\nDeux « trois\u00a0»\r\n';
    expect(decodeBytes(new TextEncoder().encode(text)).text).toBe(text);
  });

  it('refuses PNG, ZIP and NUL-laden bytes as binary with a readable reason', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48);
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x5a, 0x6b, 0x58);
    for (const input of [png, zip, new TextEncoder().encode('Bonjour\0le monde\0')]) {
      const error = decodeError(input);
      expect(error.code).toBe('binary');
      expect(error.message).toMatch(/binary/);
      expect(error.message).not.toContain('\n');
    }
  });

  it('names a PDF, a ZIP-based document, an old Office document and RTF, with what to do', () => {
    const enc = (text: string) => new TextEncoder().encode(text);
    // A PDF without a NUL in its first bytes, and RTF (which is text) were read as text.
    const pdf = enc('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n');
    const docx = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00);
    const doc = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x00, 0x00);
    const rtf = enc("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Un \\'e9t\\'e9.}\n");
    const expected: [Uint8Array, string, RegExp][] = [
      [pdf, 'pdf', /PDF document .*copy its text/],
      [docx, 'zip', /ZIP archive .*\.docx.*save it as text/],
      [doc, 'ole', /old Office document, such as \.doc/],
      [rtf, 'rtf', /RTF document .*save it as text/],
    ];
    for (const [input, document, message] of expected) {
      const error = decodeError(input);
      expect(error).toMatchObject({ code: 'binary', document });
      expect(error.message).toMatch(message);
    }
    // Text that only mentions them is text.
    expect(decodeBytes(enc('Le fichier %PDF-1.4 et {\\rtf1} cités.')).encoding).toBe('utf-8');
  });

  it('drops a DOS end-of-file mark (Ctrl-Z) instead of calling a short file binary', () => {
    const enc = (text: string) => new TextEncoder().encode(text);
    expect(decodeBytes(Uint8Array.from([...enc('Bonjour le monde.\r\n'), 0x1a]))).toEqual({
      text: 'Bonjour le monde.\r\n',
      encoding: 'utf-8',
      bom: false,
    });
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a, 0x1a))).toMatchObject({
      text: 'café\r\n',
      encoding: 'windows-1252',
    });
    // Anywhere else it is a control byte like any other.
    expect(decodeError(Uint8Array.from([...enc('Bonjour'), 0x1a, 0x1a, ...enc('.')])).code).toBe('binary');
  });

  it('refuses a NUL byte anywhere, not only in the first 8 kB it samples for control bytes', () => {
    // Text, then binary data (an image appended, a truncated copy): the NUL came out in the text.
    const text = new TextEncoder().encode(`${'Bonjour le monde. '.repeat(600)}\n`);
    const input = new Uint8Array(text.length + 6);
    input.set(text);
    input.set([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00], text.length);
    expect(text.length).toBeGreaterThan(8192);
    expect(decodeError(input).code).toBe('binary');
  });

  it('reads UTF-8 cut inside its last character as UTF-8, the cut character as U+FFFD', () => {
    // A file cut by `head -c` or a broken download: it was read as Windows-1252 ('Ã©tÃ©').
    const utf8 = new TextEncoder().encode('Un été où le soleil brillait.\nFin café');
    expect(decodeBytes(utf8.slice(0, -1))).toMatchObject({
      text: 'Un été où le soleil brillait.\nFin caf\ufffd',
      encoding: 'utf-8',
    });
    const emoji = new TextEncoder().encode('Un été 😀');
    for (const cut of [1, 2, 3])
      expect(decodeBytes(emoji.slice(0, -cut))).toMatchObject({ text: 'Un été \ufffd', encoding: 'utf-8' });
    // Without any other UTF-8 sequence a final accented byte is Windows-1252 (café in 1252).
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9))).toMatchObject({
      text: 'café',
      encoding: 'windows-1252',
    });
    // A Windows-1252 file with accents elsewhere stays Windows-1252.
    expect(decodeBytes(encodeWindows1252('Un été où\nFin café'))).toMatchObject({ encoding: 'windows-1252' });
  });

  it('refuses a run of control bytes without NUL as binary', () => {
    const controls = Uint8Array.from({ length: 500 }, (_, i) => 1 + (i % 8));
    expect(decodeError(controls).code).toBe('binary');
  });

  it('calls UTF-16 with a BOM but an odd byte or a lone surrogate undecodable, not garbage', () => {
    const odd = Uint8Array.from([...encodeUtf16('abc', 'le'), 0x41]);
    expect(decodeError(odd).code).toBe('undecodable');
    const loneSurrogate = bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00);
    expect(decodeError(loneSurrogate).code).toBe('undecodable');
  });

  it('refuses UTF-32 (which starts like a UTF-16LE BOM) instead of reading it as text full of NULs', () => {
    const utf32 = (le: boolean) => {
      const out = new Uint8Array((Array.from(FRENCH).length + 1) * 4);
      const view = new DataView(out.buffer);
      const points = [0xfeff, ...Array.from(FRENCH, (c) => c.codePointAt(0)!)];
      for (const [i, cp] of points.entries()) view.setUint32(i * 4, cp, le);
      return out;
    };
    for (const le of [true, false]) {
      const error = decodeError(utf32(le));
      expect(error.code).toBe('undecodable');
      expect(error.message).toMatch(/UTF-32/);
    }
  });

  it('refuses a UTF-16 BOM followed by binary data (NUL code units) as binary', () => {
    const data = new Uint8Array(200);
    data.set([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]);
    expect(decodeError(data).code).toBe('binary');
  });

  it('does not mistake a Windows-1252 file with many accents for UTF-16', () => {
    const text = 'été à côté, où ça ? « Déjà » - œuvre’\n'.repeat(50);
    expect(decodeBytes(encodeWindows1252(text))).toMatchObject({ text, encoding: 'windows-1252' });
  });
});
