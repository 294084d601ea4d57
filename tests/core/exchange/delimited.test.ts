import { describe, expect, it } from 'vitest';
import type { BilingualUnits } from '../../../src/core/exchange/bilingual-units.ts';
import type { ExchangeError } from '../../../src/core/exchange/exchange-error.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { parseDelimited, readDelimited } from '../../../src/core/exchange/read-delimited.ts';
import { writeCsv, writeTsv } from '../../../src/core/exchange/write-delimited.ts';

const FILE: BilingualUnits = {
  header: { srcLang: 'en', tgtLang: 'fr', level: 'paragraph', tool: { name: 'Vis-a-vis', version: '0' } },
  units: [
    {
      id: '1',
      source: 'He said "no", twice',
      target: 'Il a dit « non »,\ndeux fois',
      confidence: 0.875,
      status: 'confirmed',
      findings: [
        {
          side: 'target',
          rule: 'nbsp',
          category: 'typography',
          severity: 'warning',
          actual: '« ',
          expected: '«\u00a0',
        },
      ],
      fixes: [],
      notes: [],
    },
    {
      id: '2',
      source: '=SUM(A1)',
      target: '-1 point',
      confidence: 0.5,
      status: 'aligned',
      findings: [],
      fixes: [],
      notes: [],
    },
  ],
};

describe('writeTsv / writeCsv', () => {
  it('quotes per RFC 4180, ends records with CRLF, guards formulas', () => {
    expect(writeCsv(FILE, { bom: false })).toBe(
      'source,target,confidence,status,findings\r\n' +
        '"He said ""no"", twice","Il a dit « non »,\ndeux fois",0.875,confirmed,"target warning typography/nbsp: ""« "" → ""«\\u00a0"""\r\n' +
        "'=SUM(A1),'-1 point,0.5,aligned,\r\n",
    );
    expect(writeTsv(FILE).split('\r\n')[1]).toBe(
      '"He said ""no"", twice"\t"Il a dit « non »,\ndeux fois"\t0.875\tconfirmed\t"target warning typography/nbsp: ""« "" → ""«\\u00a0"""',
    );
  });

  it('starts a CSV with a BOM by default (Excel reads one without it as ANSI), not a TSV', () => {
    expect(writeCsv(FILE).startsWith('\uFEFFsource,target,')).toBe(true);
    expect(writeTsv(FILE).startsWith('source\ttarget\t')).toBe(true);
    // The BOM is the file's first three bytes, as Excel looks for them.
    expect([...new TextEncoder().encode(writeCsv(FILE)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // And it reads back: the header is found, the BOM is not part of the first column's name.
    expect(importBilingual(new TextEncoder().encode(writeCsv(FILE))).units.map((u) => u.source)).toEqual([
      'He said "no", twice',
      '=SUM(A1)',
    ]);
  });

  it('writes CSV with semicolons and decimal commas for Excel in French, and reads it back', () => {
    const csv = writeCsv(FILE, { semicolons: true });
    expect(csv).toBe(
      '\uFEFFsource;target;confidence;status;findings\r\n' +
        '"He said ""no"", twice";"Il a dit « non »,\ndeux fois";0,875;confirmed;"target warning typography/nbsp: ""« "" → ""«\\u00a0"""\r\n' +
        "'=SUM(A1);'-1 point;0,5;aligned;\r\n",
    );
    const back = importBilingual(new TextEncoder().encode(csv)).units;
    expect(back.map((u) => [u.source, u.target, u.confidence, u.status])).toEqual(
      FILE.units.map((u) => [u.source, u.target, u.confidence, u.status]),
    );
    expect(back[0]!.findings).toEqual(FILE.units[0]!.findings);
    // A field holding a semicolon is quoted.
    const withSemicolon = { ...FILE, units: [{ ...FILE.units[1]!, source: 'a; b' }] };
    expect(writeCsv(withSemicolon, { semicolons: true })).toContain('\r\n"a; b";');
  });

  it('adds or leaves out the BOM on request, and can leave formulas unguarded', () => {
    expect(writeTsv(FILE, { bom: true }).startsWith('\uFEFFsource\t')).toBe(true);
    expect(writeCsv(FILE, { bom: false }).startsWith('source,')).toBe(true);
    expect(writeCsv(FILE, { formulaGuard: false })).toContain('\r\n=SUM(A1),-1 point,');
  });
});

describe('readDelimited', () => {
  it('reads a plain two-column TSV without header: rows confirmed, confidence 1', () => {
    const { units } = importBilingual(new TextEncoder().encode('Hello\tBonjour\nBye\t\n'), {
      srcLang: 'en',
      tgtLang: 'fr',
    });
    expect(units.map((u) => [u.source, u.target, u.status, u.confidence])).toEqual([
      ['Hello', 'Bonjour', 'confirmed', 1],
      ['Bye', '', 'unpaired', 1],
    ]);
  });

  it('finds columns by header name in any order, keeps raw quotes inside unquoted fields', () => {
    const { units } = readDelimited('target,source,status\nIl dit "oui",He says "yes",aligned\n', {
      delimiter: ',',
    });
    expect(units[0]).toMatchObject({ source: 'He says "yes"', target: 'Il dit "oui"', status: 'aligned' });
  });

  it('reads Windows-1252 bytes (from old spreadsheet programs)', () => {
    const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x09, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(importBilingual(bytes, { format: 'tsv' }).units[0]).toMatchObject({
      source: 'café',
      target: 'café',
    });
  });

  it('reports an unclosed quote and text after a closing quote with line and column', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as ExchangeError;
      }
      throw new Error('no error');
    };
    const a = err(() => parseDelimited('a,b\n"open,x\n', ','));
    expect([a.line, a.column, a.message]).toEqual([2, 1, 'line 2, column 1: a quoted field is never closed']);
    const b = err(() => parseDelimited('a,"b"c\n', ','));
    expect([b.line, b.column]).toEqual([1, 6]);
    const c = err(() => readDelimited('source,target,confidence\nx,y,high\n', { delimiter: ',' }));
    expect([c.line, c.column]).toEqual([2, 5]);
  });

  it('reads a TSV written without quoting: a text that starts with a quotation mark is text', () => {
    // A spreadsheet's or a script's TSV (the IANA format has no quoting): each field as it is.
    const tsv =
      '"We refuse," they wrote.\t« Nous refusons », ont-ils écrit.\n' +
      'They said "no".\tIls ont dit « non ».\n' +
      '"Unclosed\t"Pas fermé\n';
    const { units } = readDelimited(tsv);
    expect(units.map((u) => [u.source, u.target])).toEqual([
      ['"We refuse," they wrote.', '« Nous refusons », ont-ils écrit.'],
      ['They said "no".', 'Ils ont dit « non ».'],
      ['"Unclosed', '"Pas fermé'],
    ]);
    // Well-formed quoted fields (ours) are still read as such.
    expect(readDelimited('"a\tb ""c"""\td\n').units.map((u) => [u.source, u.target])).toEqual([
      ['a\tb "c"', 'd'],
    ]);
  });

  it('refuses plain text, whose lines have one column each, instead of making units without translations', () => {
    expect(() => readDelimited('A first paragraph of notes.\nAnd a second one.\n')).toThrow(
      /no line has two columns separated by a tab: this is not a bilingual TSV or CSV file/,
    );
    // One line with both columns is enough: the others are unpaired units.
    expect(readDelimited('only a source\nsource\ttarget\n').units.map((u) => u.status)).toEqual([
      'unpaired',
      'confirmed',
    ]);
  });
});
