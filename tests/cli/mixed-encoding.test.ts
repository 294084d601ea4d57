/**
 * Every command reads a UTF-8 file holding one stray Windows-1252 byte as UTF-8 (the stray
 * byte as its Windows-1252 character) and says so on stderr, with the line; the whole file was
 * read as Windows-1252, every accent garbled ('Ã©tÃ©'), without a word.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as align } from '../../src/cli/align-command.ts';
import { run as check } from '../../src/cli/check-command.ts';
import { run as exportPair } from '../../src/cli/export-command.ts';
import { run as fix } from '../../src/cli/fix-command.ts';
import { run as importFile } from '../../src/cli/import-command.ts';
import { run as quotes } from '../../src/cli/quotes-command.ts';
import { strayBytesNote } from '../../src/cli/read-text-file.ts';
import { ENGLISH, FRENCH, FRENCH_FIXED } from '../fixtures/bad-input/bad-inputs.ts';
import { captureCommand as capture } from './capture-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'mixed-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// FRENCH in UTF-8, but the é of line 2's 'été' is the Windows-1252 byte 0xE9.
const stray = FRENCH.indexOf('été où');
const encoder = new TextEncoder();
const mixed = join(dir, 'mixed.txt');
writeFileSync(
  mixed,
  Uint8Array.from([
    ...encoder.encode(FRENCH.slice(0, stray)),
    0xe9,
    ...encoder.encode(FRENCH.slice(stray + 1)),
  ]),
);
const english = join(dir, 'english.txt');
writeFileSync(english, ENGLISH);
const WARNING = `warning: ${mixed}: UTF-8 with 1 byte read as Windows-1252 (line 2)\n`;

describe('commands on UTF-8 with a stray Windows-1252 byte', () => {
  it('fix prints the text with every accent right, and warns with the line', async () => {
    const { code, out, err } = await capture(fix, mixed, '--categories', 'repetition');
    expect(code).toBe(0);
    expect(out).toBe(FRENCH_FIXED);
    expect(err).toContain(WARNING);
  });

  it('check, align, quotes and export read it the same way and warn', async () => {
    const checked = await capture(check, mixed, '--format', 'json', '--categories', 'repetition');
    expect(checked.err).toContain(WARNING);
    expect(checked.out).toContain('un été où le le soleil');
    const aligned = await capture(align, english, mixed, '--level', 'paragraph', '--format', 'json');
    expect(aligned.err).toContain(WARNING);
    expect(JSON.parse(aligned.out).documents[1].text).toBe(FRENCH);
    const quoted = await capture(quotes, mixed, '--sources', english, '--format', 'json');
    expect(quoted.err).toContain(WARNING);
    expect(quoted.out).toContain('le cœur');
    const exported = await capture(exportPair, english, mixed, '--format', 'case');
    expect(exported.err).toContain(WARNING);
    expect(exported.out).toContain(JSON.stringify(FRENCH).slice(1, -1));
  });

  it('import reads a TSV with a stray byte the same way and warns with the line', async () => {
    const tsv = join(dir, 'pairs.tsv');
    writeFileSync(
      tsv,
      Uint8Array.from([
        ...encoder.encode('source\ttarget\nThe summer\tL’été\nThe tea\tLe th'),
        0xe9,
        ...encoder.encode('\n'),
      ]),
    );
    const r = await capture(importFile, tsv, '--format', 'tsv');
    expect(r.code).toBe(0);
    expect(r.err).toBe(`warning: ${tsv}: UTF-8 with 1 byte read as Windows-1252 (line 3)\n`);
    expect(r.out).toContain('The tea\tLe thé');
  });

  it('says a file was read as Mac Roman (align, import)', async () => {
    // 'Le café est prêt, à côté.' from an old Mac: é = 8E, ê = 90, à = 88, ô = 99.
    const mac = join(dir, 'mac.txt');
    const macText = Uint8Array.from([
      ...encoder.encode('Le caf'),
      0x8e,
      ...encoder.encode(' est pr'),
      0x90,
      ...encoder.encode('t, '),
      0x88,
      ...encoder.encode(' c'),
      0x99,
      ...encoder.encode('t'),
      0x8e,
      ...encoder.encode('.\n'),
    ]);
    writeFileSync(mac, macText);
    const aligned = await capture(align, english, mac, '--level', 'paragraph', '--format', 'json');
    expect(aligned.err).toContain(`warning: ${mac}: read as Mac Roman (its accents are Mac Roman bytes`);
    expect(JSON.parse(aligned.out).documents[1].text).toBe('Le café est prêt, à côté.\n');
    const tsv = join(dir, 'mac.tsv');
    writeFileSync(tsv, Uint8Array.from([...encoder.encode('The coffee\t'), ...macText]));
    const imported = await capture(importFile, tsv, '--format', 'tsv');
    expect(imported.err).toContain(`warning: ${tsv}: read as Mac Roman`);
    expect(imported.out).toContain('The coffee\tLe café est prêt, à côté.');
  });

  it('words many stray bytes on many lines', () => {
    expect(strayBytesNote({ count: 3, lines: [2, 7], lineCount: 2 })).toBe(
      'UTF-8 with 3 bytes read as Windows-1252 (lines 2, 7)',
    );
    const lines = [...Array(10).keys()].map((k) => k + 1);
    expect(strayBytesNote({ count: 40, lines, lineCount: 25 })).toBe(
      'UTF-8 with 40 bytes read as Windows-1252 (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 15 more)',
    );
  });
});
