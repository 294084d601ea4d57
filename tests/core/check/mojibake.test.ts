import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMojibake, garbleText, repairMojibake } from '../../../src/core/check/mojibake.ts';

const SAMPLE = new URL('../../../data/sample/', import.meta.url);
const files = [
  '000_5ce1033decd27cb8',
  '001_ec0fa46e45b6f4ef',
  '002_c9d7d274814d5f96',
  '003_9be7f01c49a02bb1',
];
const read = (f: string) => readFileSync(new URL(`${f}.txt`, SAMPLE), 'utf8');

describe('repairMojibake', () => {
  it('re-decodes Windows-1252 misreadings of UTF-8', () => {
    expect(repairMojibake('sociÃ©tÃ© dâ€™Amazon')).toBe('société d’Amazon');
    expect(repairMojibake('Â«Â prendreÂ Â»')).toBe('«\u00a0prendre\u00a0»');
    expect(repairMojibake('â€œIBMâ€\u009d')).toBe('“IBM”');
    expect(repairMojibake('Å“uvre')).toBe('œuvre');
  });

  it('repeats until stable on text garbled twice', () => {
    expect(repairMojibake('sociÃƒÂ©tÃƒÂ©')).toBe('société');
    const [r] = findMojibake('ÃƒÂ©tÃƒÂ©');
    expect(r).toMatchObject({ rounds: 2, replacement: 'été', encoding: 'windows-1252' });
  });

  it('repairs the à whose no-break byte became a space, and a lost third byte', () => {
    expect(repairMojibake('dÃ©jÃ  vu, Ã  la une')).toBe('déjà vu, à la une');
    expect(repairMojibake('lâ€homme')).toBe('l’homme');
    expect(repairMojibake('dit â€non')).toBe('dit “non');
    const [r] = findMojibake('Ã  la');
    expect(r?.guessed).toBe(true);
  });

  it('reports Latin-1 when C1 controls show the misreading', () => {
    const [r] = findMojibake(garbleText('“x”', 'latin-1'));
    expect(r?.encoding).toBe('latin-1');
  });

  it('leaves clean text alone, accented capitals before punctuation included', () => {
    for (const f of files) expect(findMojibake(read(f))).toEqual([]);
    for (const s of ['L’ÉTÉ»', 'CAFÉ…', 'ÉCOLE–', 'São Paulo', 'Ärger', 'naïve', 'Mettre en œuvre']) {
      expect(findMojibake(s)).toEqual([]);
    }
  });

  it('undoes garbleText on the sample case, once, twice and in Latin-1', () => {
    for (const f of files) {
      const text = read(f);
      expect(repairMojibake(garbleText(text))).toBe(text);
      expect(repairMojibake(garbleText(text, 'windows-1252', 2))).toBe(text);
      expect(repairMojibake(garbleText(text, 'latin-1'))).toBe(text);
      expect(repairMojibake(garbleText(text).replaceAll('\u00a0', ' '))).toBe(text);
    }
  });

  it('is the inverse of garbleText on text that is not itself mojibake (property)', () => {
    const alphabet = fc.constantFrom(
      ...'aeiouléèàçâêîôûœæëïü ÉÀÇ’“”«»–—…€ \u00a0.,;:!?0123456789Ab'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        // Text that already reads as mojibake (`â—…`) is ambiguous, for ftfy too.
        fc.pre(findMojibake(text).length === 0);
        expect(repairMojibake(garbleText(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
