import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../../src/core/text/decode-bytes.ts';

const utf16 = (text: string, le: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};

describe('decodeBytes', () => {
  const french = 'L’employé a dit « non » à Noël — 4,5 €.';

  it('decodes UTF-8 with and without a BOM, removing the BOM', () => {
    const bytes = new TextEncoder().encode(french);
    expect(decodeBytes(bytes)).toEqual({ text: french, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeBytes(withBom)).toEqual({ text: french, encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16 LE and BE with a BOM, and without one by its NUL pattern', () => {
    expect(decodeBytes(utf16(french, true, true))).toEqual({ text: french, encoding: 'utf-16le', bom: true });
    expect(decodeBytes(utf16(french, false, true))).toEqual({
      text: french,
      encoding: 'utf-16be',
      bom: true,
    });
    expect(decodeBytes(utf16(french, true, false)).text).toBe(french);
    expect(decodeBytes(utf16(french, false, false)).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Noël « été » – 5 €" in Windows-1252.
    const bytes = new Uint8Array([
      0x4e, 0x6f, 0xeb, 0x6c, 0x20, 0xab, 0x20, 0xe9, 0x74, 0xe9, 0x20, 0xbb, 0x20, 0x96, 0x20, 0x35, 0x20,
      0x80,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Noël « été » – 5 €', encoding: 'windows-1252', bom: false });
    // 0x92 is the apostrophe of Windows French text (Node's own decoder gives U+0092 here).
    expect(decodeBytes(new Uint8Array([0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x85])).text).toBe('l’été…');
    expect(decodeBytes(new Uint8Array([0x6c, 0x92, 0x61]), 'windows-1252').text).toBe('l’a');
  });

  it('refuses binary data with a DecodeError', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
    try {
      decodeBytes(png);
    } catch (e) {
      expect((e as DecodeError).code).toBe('binary');
    }
  });

  it('reports undecodable bytes when an encoding is forced', () => {
    expect(() => decodeBytes(new Uint8Array([0xc3, 0x28]), 'utf-8')).toThrow(/not valid UTF-8/);
  });

  it('decodes the sample case files unchanged', () => {
    const path = new URL('../../../data/sample/000_5ce1033decd27cb8.txt', import.meta.url);
    expect(decodeBytes(new Uint8Array(readFileSync(path))).text).toBe(readFileSync(path, 'utf8'));
  });

  it('decodes empty input as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('round-trips any text through UTF-8 and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const clean = text.replace(/^\ufeff/, '');
        const enc = new TextEncoder().encode(clean);
        expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc])).text).toBe(clean);
        expect(decodeBytes(utf16(clean, true, true)).text).toBe(clean);
      }),
    );
  });
});
