import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BilingualUnits, formatConfidence } from '../../../src/core/exchange/bilingual-units.ts';
import { buildBilingualUnits } from '../../../src/core/exchange/build-bilingual-units.ts';
import { caseFileFromBilingual } from '../../../src/core/exchange/case-file-from.ts';
import { parseCaseFile, serializeCaseFile } from '../../../src/core/exchange/case-file-json.ts';
import { type BilingualFormat, importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { writeCsv, writeTsv } from '../../../src/core/exchange/write-delimited.ts';
import { writeTmx } from '../../../src/core/exchange/write-tmx.ts';
import { writeXliff2 } from '../../../src/core/exchange/write-xliff2.ts';
import { writeXliff12 } from '../../../src/core/exchange/write-xliff12.ts';
import type { CaseEdit, CaseFile } from '../../../src/core/model/case-file.ts';
import { hostileText, unitsArb } from './arbitraries.ts';
import { sampleInput } from './sample-input.ts';

const RUNS = { numRuns: 100 };
// Written out again, independent of the code under test.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const encoder = new TextEncoder();

// XML formats escape lone surrogates (see write-tmx.ts); TSV and CSV are plain UTF-8 files,
// which cannot hold them (they would become U+FFFD): their texts are made well-formed first.
const FORMATS: [string, BilingualFormat, (u: BilingualUnits) => string, boolean][] = [
  ['TMX', 'tmx', writeTmx, false],
  ['XLIFF 2.0', 'xliff', writeXliff2, false],
  ['XLIFF 1.2', 'xliff', writeXliff12, false],
  ['TSV', 'tsv', (u) => writeTsv(u), true],
  ['TSV with BOM', 'tsv', (u) => writeTsv(u, { bom: true }), true],
  ['CSV', 'csv', (u) => writeCsv(u), true],
];

const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

function wellFormedUnits(file: BilingualUnits): BilingualUnits {
  return {
    ...file,
    units: file.units.map((u) => ({
      ...u,
      source: wellFormed(u.source),
      target: wellFormed(u.target),
      findings: u.findings.map((f) => ({
        ...f,
        actual: wellFormed(f.actual),
        ...(f.expected === undefined ? {} : { expected: wellFormed(f.expected) }),
      })),
      fixes: u.fixes.map((f) => ({ ...f, before: wellFormed(f.before), after: wellFormed(f.after) })),
      notes: u.notes.map(wellFormed),
    })),
  };
}

/** What a file must carry unchanged: texts, findings, fixes, notes, status, confidence. */
function content(file: BilingualUnits) {
  return file.units.map((u) => ({
    source: u.source,
    target: u.target,
    confidence: formatConfidence(u.confidence),
    status: u.status,
    findings: u.findings,
    fixes: u.fixes,
    notes: u.notes,
  }));
}

describe('round trips are lossless', () => {
  it('the sample case: export → import → export gives the same file in every bilingual format', () => {
    for (const level of ['paragraph', 'sentence'] as const) {
      const units = buildBilingualUnits(sampleInput(level));
      for (const [name, format, write] of FORMATS) {
        const first = write(units);
        expect(write(importBilingual(encoder.encode(first), { format })), name).toBe(first);
      }
    }
  });

  for (const [name, format, write, utf8Only] of FORMATS) {
    it(`${name}: export → import → export gives the same file, and the same texts`, () => {
      fc.assert(
        fc.property(unitsArb, (generated) => {
          const units = utf8Only ? wellFormedUnits(generated) : generated;
          const first = write(units);
          // Through bytes, as a file would go.
          const back = importBilingual(encoder.encode(first), { format });
          expect(content(back)).toEqual(content(units));
          expect(write(back)).toBe(first);
        }),
        RUNS,
      );
    });
  }

  it('XML exports never contain a raw character XML 1.0 forbids', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        for (const xml of [writeTmx(units), writeXliff2(units), writeXliff12(units)]) {
          expect(xml).not.toMatch(FORBIDDEN);
          expect(xml).not.toContain('\r');
        }
      }),
      RUNS,
    );
  });

  it('case files: write → read → write gives the same JSON, edit logs and all', () => {
    const edit = (length: number) =>
      fc.tuple(fc.nat({ max: length }), fc.nat({ max: length }), hostileText).map(
        ([a, b, text]): CaseEdit => ({
          start: Math.min(a, b),
          end: Math.max(a, b),
          text,
          origin: 'manual',
          at: '2026-11-22T20:00:00.000Z',
        }),
      );
    fc.assert(
      fc.property(unitsArb, fc.array(fc.nat(), { maxLength: 3 }), (units, seeds) => {
        const base = caseFileFromBilingual(units, {
          id: 'c1',
          name: 'Case "1" <x>',
          now: '2026-11-22T20:00:00.000Z',
        });
        // One valid edit per seed on the first document, each over the text the previous left.
        const doc = base.documents[0]!;
        let length = doc.originalText.length;
        const edits: CaseEdit[] = [];
        for (const seed of seeds) {
          const e = fc.sample(edit(length), { seed, numRuns: 1 })[0]!;
          edits.push(e);
          length += e.text.length - (e.end - e.start);
        }
        const file: CaseFile = {
          ...base,
          documents: [{ ...doc, edits }, ...base.documents.slice(1)],
          extra: { ui: { note: units.units[0]?.source ?? '', n: 3, list: [true, null] } },
        };
        const json = serializeCaseFile(file);
        const back = parseCaseFile(encoder.encode(json));
        expect(back).toEqual(file);
        expect(serializeCaseFile(back)).toBe(json);
      }),
      { numRuns: 50 },
    );
  });
});
