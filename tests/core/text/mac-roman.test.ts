import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeError } from '../../../src/core/exchange/exchange-error.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { decodeBytes } from '../../../src/core/text/decode-bytes.ts';
import { decodeMacRoman, looksMacRoman } from '../../../src/core/text/mac-roman.ts';

const ALL_HIGH = Uint8Array.from({ length: 128 }, (_, k) => 0x80 + k);
/** Each encoding's character → byte, from the decoders' own tables (Windows-1252 as forced). */
const MAC = new Map([...decodeMacRoman(ALL_HIGH)].map((c, k) => [c, 0x80 + k]));
const CP1252 = new Map([...decodeBytes(ALL_HIGH, 'windows-1252').text].map((c, k) => [c, 0x80 + k]));

function encode(text: string, table: Map<string, number>): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
    const b = table.get(c);
    if (b === undefined) throw new Error(`not encodable: ${c}`);
    return b;
  });
}

const SAMPLES = [
  '000_5ce1033decd27cb8',
  '001_ec0fa46e45b6f4ef',
  '002_c9d7d274814d5f96',
  '003_9be7f01c49a02bb1',
  '004_bd4a0573e9b7c7ee',
];
const sample = (name: string) =>
  readFileSync(new URL(`../../../data/sample/${name}.txt`, import.meta.url), 'utf8');

describe('Mac Roman', () => {
  it('decodes as the WHATWG macintosh table does', () => {
    let whatwg: TextDecoder | undefined;
    try {
      whatwg = new TextDecoder('macintosh');
    } catch {
      // Node without full ICU: the table is then checked by the letters below only.
    }
    if (whatwg) expect(decodeMacRoman(ALL_HIGH)).toBe(whatwg.decode(ALL_HIGH));
    expect(
      decodeMacRoman(Uint8Array.of(0x8e, 0x8f, 0x88, 0x90, 0x8d, 0x9d, 0x9e, 0xcf, 0xc7, 0xca, 0xc8)),
    ).toBe('éèàêçùûœ«\u00a0»');
  });

  it('reads the French reports of the sample case saved as Mac Roman, and says so', () => {
    for (const name of SAMPLES.slice(0, 3)) {
      const text = sample(name);
      expect(decodeBytes(encode(text, MAC))).toEqual({ text, encoding: 'macintosh', bom: false });
    }
  });

  it('reads a short French sentence from a Mac, and Mac text chosen by hand', () => {
    const bytes = encode('Le café est prêt, à côté du gâteau.', MAC);
    expect(decodeBytes(bytes)).toMatchObject({
      text: 'Le café est prêt, à côté du gâteau.',
      encoding: 'macintosh',
    });
    expect(decodeBytes(encode('Le café', MAC), 'macintosh').text).toBe('Le café');
  });

  it('leaves Windows-1252 files as Windows-1252: the whole sample case, English with curly quotes, ™, Žižek', () => {
    for (const name of SAMPLES) {
      const text = sample(name);
      expect(decodeBytes(encode(text, CP1252))).toEqual({ text, encoding: 'windows-1252', bom: false });
    }
    for (const text of [
      'Don’t “stop” – now… 5 €',
      'Amazon™ and Rekognition™ — the “cloud”',
      'Slavoj Žižek, Škoda, š and ž',
      'Le café coûte 5 ‰ de plus : « là-bas » c’était l’été.',
    ]) {
      expect(decodeBytes(encode(text, CP1252))).toMatchObject({ text, encoding: 'windows-1252' });
    }
  });

  it('never takes text written in Windows-1252 for Mac Roman (it has no byte Windows-1252 leaves undefined)', () => {
    const chars = [...CP1252.keys()].filter((c) => c >= '\u00a0' || !/[\u0080-\u009f]/.test(c));
    const letter = fc.oneof(fc.constantFrom(...chars), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz  .,'));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 200 }), (cs) => {
        expect(looksMacRoman(encode(cs.join(''), CP1252))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('stays conservative on a Mac file with too little to go on: one é reads as Windows-1252', () => {
    // "Le café" alone has no byte Windows-1252 leaves undefined: not enough to be sure.
    expect(decodeBytes(encode('Le café', MAC)).encoding).toBe('windows-1252');
  });

  it('refuses a Mac Roman TMX that says it is UTF-8, as a Windows-1252 one is refused', () => {
    const tmx = encode(
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" ' +
        'datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>' +
        '<tu><tuv xml:lang="en"><seg>The coffee is ready.</seg></tuv><tuv xml:lang="fr"><seg>Le café est prêt.</seg></tuv></tu>' +
        '</body></tmx>',
      MAC,
    );
    expect(decodeBytes(tmx).encoding).toBe('macintosh');
    expect(() => importBilingual(tmx)).toThrow(
      expect.objectContaining({ code: 'malformed' }) as ExchangeError,
    );
  });
});
