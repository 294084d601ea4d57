/**
 * UTF-8 with a few stray Windows-1252 bytes (an `é` pasted as the single byte 0xE9, a `’` as
 * 0x92) is read as UTF-8, each stray byte as its Windows-1252 character, and says where they
 * are; it was read wholly as Windows-1252, every correct accent garbled ('Ã©'). Windows-1252,
 * binary and UTF-16 files are read as before.
 *
 * The threshold, from the data: Windows-1252 text forms valid UTF-8 by chance only where an
 * accented capital or small letter is followed by another high byte ('CÔTÉ :' with a no-break
 * space, 'été »'); the sample reports, the French interface strings and the French and German
 * word lists (220,000 accents, in capitals too) hold 6 such sequences, every one a character
 * no French, English or German text holds (U+0260, CJK), and none of the characters it does.
 * So one likely UTF-8 character is strong evidence; a file is mixed UTF-8 when it holds at
 * least as many as stray bytes, Windows-1252 when most of its non-ASCII is not UTF-8.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExchangeError } from '../../../src/core/exchange/exchange-error.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { DecodeError, decodeBytes } from '../../../src/core/text/decode-bytes.ts';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const bytes = (...parts: (string | number | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? utf8(p) : p)));

/** Windows-1252 bytes of `text` (Latin-1, ’ « » œ … € – —). */
const CP1252_EXTRA: Record<string, number> = {
  '’': 0x92,
  œ: 0x9c,
  '…': 0x85,
  '€': 0x80,
  '–': 0x96,
  '—': 0x97,
};
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => CP1252_EXTRA[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)),
  );
}

const SAMPLES = ['000_5ce1033decd27cb8', '001_ec0fa46e45b6f4ef', '002_c9d7d274814d5f96'].map((name) =>
  readFileSync(new URL(`../../../data/sample/${name}.txt`, import.meta.url), 'utf8'),
);
const FRENCH_UI = readFileSync(new URL('../../../src/ui/i18n/fr.ts', import.meta.url), 'utf8');

describe('decodeBytes on UTF-8 with stray Windows-1252 bytes', () => {
  it('reads one stray é as é and the UTF-8 accents as UTF-8, and says on which line', () => {
    const lines = Array.from({ length: 11 }, (_, k) => `Ligne ${k + 1} : un été à Noël.`);
    const input = bytes(`${lines.join('\n')}\nLe th`, 0xe9, ' est servi.\nFin.\n');
    expect(decodeBytes(input)).toEqual({
      text: `${lines.join('\n')}\nLe thé est servi.\nFin.\n`,
      encoding: 'utf-8',
      bom: false,
      strayBytes: { count: 1, lines: [12], lineCount: 1 },
    });
  });

  it('reads a stray 0x92 as ’ (Windows French apostrophe) beside UTF-8 ’', () => {
    const decoded = decodeBytes(bytes('L’employé a dit : « c', 0x92, 'est non ».'));
    expect(decoded.text).toBe('L’employé a dit : « c’est non ».');
    expect(decoded.strayBytes).toEqual({ count: 1, lines: [1], lineCount: 1 });
  });

  it('reads a stray byte at the end of the file, and keeps a cut last character as U+FFFD', () => {
    // 0xE9 starts a 3-byte sequence: after a letter, at the very end, it is a stray é.
    expect(decodeBytes(bytes('Un café, puis un th', 0xe9))).toMatchObject({
      text: 'Un café, puis un thé',
      encoding: 'utf-8',
      strayBytes: { count: 1, lines: [1] },
    });
    expect(decodeBytes(bytes('Un café.\nLe th', 0xe9, '\n'))).toMatchObject({ text: 'Un café.\nLe thé\n' });
    // A UTF-8 é cut after its first byte (0xC3) is a cut character, not a stray byte.
    const cut = decodeBytes(bytes('Un café, puis un th', 0xc3));
    expect(cut).toEqual({ text: 'Un café, puis un th\ufffd', encoding: 'utf-8', bom: false });
    // Stray bytes and a cut end together.
    expect(decodeBytes(bytes('Été ', 0xe0, ' la mer, café ', 0xe2, 0x80))).toMatchObject({
      text: 'Été à la mer, café \ufffd',
      strayBytes: { count: 1 },
    });
  });

  it('reads a stray byte inside a multi-byte sequence byte by byte', () => {
    // 0xE9 between the two bytes of a UTF-8 é (C3 A9): neither is UTF-8 any more.
    expect(decodeBytes(bytes('Un été à Noël au caf', 0xc3, 0xe9, 0xa9, '.'))).toMatchObject({
      text: 'Un été à Noël au cafÃé©.',
      encoding: 'utf-8',
      strayBytes: { count: 3, lines: [1] },
    });
    // 0xE9 inside a UTF-8 ’ (E2 80 99): the cut lead, then E9 80 99, valid but a CJK ideograph.
    expect(decodeBytes(bytes('L’été, l', 0xe2, 0xe9, 0x80, 0x99, 'hiver à Noël.'))).toMatchObject({
      text: 'L’été, lâé€™hiver à Noël.',
      strayBytes: { count: 4 },
    });
  });

  it('reads the five bytes Windows-1252 leaves undefined as U+FFFD, not as hidden controls', () => {
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
      expect(decodeBytes(bytes('Un été', b, ' à Noël.'))).toMatchObject({
        text: 'Un été\ufffd à Noël.',
        encoding: 'utf-8',
        strayBytes: { count: 1, lines: [1] },
      });
    }
    // In a Windows-1252 file they stay as before (WHATWG: the C1 control of the same number).
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x81))).toMatchObject({ encoding: 'windows-1252' });
  });

  it('reads U+0092 in UTF-8 (a Latin-1 conversion of a Windows ’) as UTF-8, as a valid file reads it', () => {
    // C2 92 is valid UTF-8 for U+0092; the encoding check reports it as Latin-1 mojibake.
    expect(decodeBytes(bytes('L', [0xc2, 0x92], 'été à Noël, le th', 0xe9, '.'))).toMatchObject({
      text: 'L\u0092été à Noël, le thé.',
      strayBytes: { count: 1 },
    });
  });

  it('counts lines ended by CRLF and by CR alone, and lists at most 10', () => {
    expect(decodeBytes(bytes('Été\r\nLigne 2\r\nth', 0xe9, '\r\n')).strayBytes?.lines).toEqual([3]);
    expect(decodeBytes(bytes('Été\rLigne 2\rth', 0xe9, '\r')).strayBytes?.lines).toEqual([3]);
    const many = Array.from({ length: 15 }, (_, k) => ['Été ', 0xe0, ` ${k}\n`]).flat();
    expect(decodeBytes(bytes(...many)).strayBytes).toEqual({
      count: 15,
      lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      lineCount: 15,
    });
    // Two stray bytes on one line: one line.
    expect(decodeBytes(bytes('Un été, ', 0xe0, ' ', 0xe0, '.')).strayBytes).toEqual({
      count: 2,
      lines: [1],
      lineCount: 1,
    });
  });

  it('decides from the data: French and German Windows-1252 text stays Windows-1252', () => {
    const words = readFileSync(new URL('../../../data/wordlists/fr.txt', import.meta.url), 'utf8');
    const typeset = SAMPLES.join('\n').replace(/ ([»:;!?])/g, '\u00a0$1');
    for (const text of [
      typeset,
      typeset.toUpperCase(),
      FRENCH_UI,
      FRENCH_UI.toUpperCase(),
      words.toUpperCase(),
    ]) {
      const decoded = decodeBytes(cp1252(text));
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.strayBytes).toBeUndefined();
    }
    // 'CÔTÉ :' with a no-break space (C9 A0) and 'été »' (E9 A0 BB) are valid UTF-8, but U+0260
    // and a CJK ideograph: Windows-1252.
    expect(decodeBytes(cp1252('CÔTÉ\u00a0: un été\u00a0»')).text).toBe('CÔTÉ\u00a0: un été\u00a0»');
  });

  it('reads a file mostly not UTF-8 as Windows-1252, and one with as many UTF-8 accents as stray bytes as UTF-8', () => {
    // One UTF-8 é among three Windows-1252 accents: Windows-1252 (the é garbled, as any
    // other reading would garble the rest).
    expect(decodeBytes(bytes('caf', 0xe9, ' ', 0xe0, ' No', 0xeb, 'l, été')).encoding).toBe('windows-1252');
    expect(decodeBytes(bytes('caf', 0xe9, ' à Noël')).strayBytes?.count).toBe(1);
    // No UTF-8 character at all: Windows-1252 (which reads the ASCII and the byte the same).
    expect(decodeBytes(bytes('It', 0x92, 's fine.'))).toEqual({
      text: 'It’s fine.',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('reads the sample reports with every 40th accent pasted from Windows-1252', () => {
    const text = SAMPLES[0]!;
    let k = 0;
    let pasted = 0;
    const parts = [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return utf8(c);
      if (++k % 40 !== 0 || !(c in CP1252_EXTRA || c.charCodeAt(0) <= 0xff)) return utf8(c);
      pasted++;
      return [...cp1252(c)];
    });
    const decoded = decodeBytes(Uint8Array.from(parts));
    expect(pasted).toBeGreaterThan(5);
    expect(decoded.text).toBe(text);
    expect(decoded.strayBytes?.count).toBe(pasted);
  });

  it('reads a huge file (16 MB) with stray bytes spread through it', () => {
    const line = utf8('Le président a déclaré que l’accord « était signé » à Noël.\n');
    const count = Math.ceil((16 * 1024 * 1024) / line.length);
    const input = new Uint8Array(count * line.length);
    for (let k = 0; k < count; k++) input.set(line, k * line.length);
    // A Windows-1252 é for the 'é' of 'président' on lines 1, 1000, 100000 and the last.
    const at = line.indexOf(0xc3);
    const strayLines = [1, 1000, 100_000, count];
    for (const n of strayLines) {
      const start = (n - 1) * line.length;
      input.copyWithin(start + at + 1, start + at + 2, start + line.length);
      input[start + at] = 0xe9;
      input[start + line.length - 1] = 0x20; // the freed byte: a space before the newline
      input[start + line.length - 2] = 0x0a;
    }
    const decoded = decodeBytes(input);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.strayBytes).toEqual({ count: 4, lines: strayLines, lineCount: 4 });
    expect(decoded.text.startsWith('Le président a déclaré')).toBe(true);
    expect(decoded.text.includes('Ã')).toBe(false);
    // The same file in Windows-1252 throughout stays Windows-1252.
    const line1252 = cp1252('Le président a déclaré que l’accord « était signé » à Noël.\n');
    const whole = new Uint8Array(200_000 * line1252.length);
    for (let k = 0; k < 200_000; k++) whole.set(line1252, k * line1252.length);
    expect(decodeBytes(whole).encoding).toBe('windows-1252');
  });

  it('still refuses binary data and reads UTF-16 with and without a BOM', () => {
    const withNul = bytes('Un été à Noël, th', 0xe9, 0x00, 0x01, 0x02);
    expect(() => decodeBytes(withNul)).toThrow(DecodeError);
    const controls = bytes('Été', 0xe9, ...Array.from({ length: 40 }, () => 0x01));
    expect(() => decodeBytes(controls)).toThrow(/binary/);
    const text = 'Un été à Noël — « café »';
    const le = Uint8Array.from(Buffer.from(text, 'utf16le'));
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le]))).toEqual({
      text,
      encoding: 'utf-16le',
      bom: true,
    });
    // Behind a UTF-8 BOM too: NUL bytes (valid UTF-8) or a run of control bytes is binary, not
    // text with stray bytes; UTF-8 asked for reads it (a TSV whose cells hold control characters).
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], ...png))).toThrow(/binary/);
    expect(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Un été', 0x00, '.'))).toThrow(/binary/);
    expect(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Été', 0xe9, ...Array(40).fill(0x01)))).toThrow(
      /binary/,
    );
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'a\tb', 0x00, '\n'), 'utf-8').text).toBe('a\tb\u0000\n');
  });

  it('reads a mixed file again the same way when UTF-8 is chosen, and refuses forced UTF-8 on Windows-1252', () => {
    const input = bytes('Un été, le th', 0xe9, '.');
    expect(decodeBytes(input, 'utf-8')).toEqual(decodeBytes(input));
    expect(decodeBytes(input, 'windows-1252').text).toBe('Un Ã©tÃ©, le thé.');
    expect(() => decodeBytes(cp1252('Un été à Noël'), 'utf-8')).toThrow(/not valid UTF-8/);
    // Mostly Windows-1252 with one UTF-8 character: Windows-1252 when detected, mixed UTF-8 when
    // the user chooses UTF-8 (a passage pasted from a Windows file into a UTF-8 one).
    const pasted = bytes('caf', 0xe9, ' ', 0xe0, ' No', 0xeb, 'l, été');
    expect(decodeBytes(pasted).encoding).toBe('windows-1252');
    expect(decodeBytes(pasted, 'utf-8')).toMatchObject({
      text: 'café à Noël, été',
      encoding: 'utf-8',
      strayBytes: { count: 3 },
    });
  });

  it('after a UTF-8 BOM reads every stray byte as Windows-1252, however many (2 MB, half of them stray)', () => {
    const n = 2 * 1024 * 1024;
    const input = new Uint8Array(n + 3);
    input.set([0xef, 0xbb, 0xbf]);
    for (let i = 0; i < n; i++) input[i + 3] = i % 2 ? 0xe9 : 0x61;
    const decoded = decodeBytes(input);
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true, strayBytes: { count: n / 2, lines: [1] } });
    expect(decoded.text).toBe('aé'.repeat(n / 2));
  });

  it('reads a byte-order mark inside the text as U+FEFF, and a leading one as a BOM', () => {
    const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Un été.\n', [0xef, 0xbb, 0xbf], 'Un th', 0xe9));
    expect(decoded).toMatchObject({ text: 'Un été.\n\ufeffUn thé', bom: true, encoding: 'utf-8' });
    // Right after a stray byte, where the UTF-8 read resumes.
    expect(decodeBytes(bytes('Un été, un th', 0xe9, [0xef, 0xbb, 0xbf], '.')).text).toBe(
      'Un été, un thé\ufeff.',
    );
  });

  it('still refuses a TMX that says UTF-8 and holds a stray byte; reads a TSV’s as Windows-1252', () => {
    const tmx = (seg: string | number[]) =>
      bytes(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" segtype="sentence"/>',
        '<body><tu><tuv xml:lang="en"><seg>The summer</seg></tuv><tuv xml:lang="fr"><seg>Un été à Noël, th',
        seg,
        '</seg></tuv></tu></body></tmx>\n',
      );
    expect(importBilingual(tmx('é')).units[0]?.target).toBe('Un été à Noël, thé');
    expect(() => importBilingual(tmx([0xe9]))).toThrow(ExchangeError);
    expect(() => importBilingual(tmx([0xe9]))).toThrow(/not valid UTF-8/);
    const tsv = importBilingual(bytes('The summer\tUn été à Noël, th', 0xe9, '\n'), { format: 'tsv' });
    expect(tsv.units[0]?.target).toBe('Un été à Noël, thé');
  });
});
