import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  locateJsonError,
  parseCaseFile,
  serializeCaseFile,
} from '../../../src/core/exchange/case-file-json.ts';
import { ExchangeError } from '../../../src/core/exchange/exchange-error.ts';
import {
  CASE_FILE_VERSION,
  type CaseFile,
  CaseFileError,
  caseDocumentText,
  createCaseFile,
  migrateCaseFile,
} from '../../../src/core/model/case-file.ts';

const v1 = readFileSync(`${process.cwd()}/tests/fixtures/exchange/case-v1.json`, 'utf8');
const NOW = '2026-11-22T20:00:00.000Z';

function sampleCase(): CaseFile {
  const base = createCaseFile('c1', 'Rekognition', NOW);
  return {
    ...base,
    documents: [
      {
        id: 'fr',
        name: 'fr.txt',
        lang: 'fr',
        originalText: 'Un «œ test ».',
        edits: [
          { start: 3, end: 6, text: '« ', origin: 'fix', rule: 'mojibake', replaced: '«œ ', at: NOW },
          { start: 0, end: 2, text: 'Le', origin: 'manual', at: NOW },
        ],
        origin: { kind: 'file', fileName: 'fr.txt', encoding: 'windows-1252', encodingOverridden: true },
        addedAt: NOW,
      },
      {
        id: 'en',
        name: 'en.txt',
        lang: 'en',
        originalText: 'A test.',
        edits: [],
        origin: { kind: 'paste' },
        addedAt: NOW,
      },
    ],
    alignments: [
      {
        srcDocId: 'en',
        tgtDocId: 'fr',
        level: 'sentence',
        beads: [{ src: [0], tgt: [0], confidence: 0.9, confirmed: true, traced: true, final: true }],
        parallelism: 1,
        alignedAt: NOW,
      },
    ],
    findings: [
      {
        docId: 'fr',
        rule: 'unbalanced-quote',
        category: 'quotes',
        severity: 'warning',
        span: [3, 4],
        actual: '«',
        status: 'dismissed',
        note: 'quoted title',
        at: NOW,
      },
    ],
    settings: {
      level: 'sentence',
      lowConfidence: 0.4,
      disabledRules: ['spelling'],
      dropNoise: false,
      activePair: { srcDocId: 'en', tgtDocId: 'fr' },
    },
    extra: { view: { scroll: 120, panels: ['findings', 'map'] } },
  };
}

describe('case file JSON', () => {
  it('writes, reads back equal, and writes the same bytes again', () => {
    const file = sampleCase();
    const json = serializeCaseFile(file);
    const back = parseCaseFile(json);
    expect(back).toEqual(file);
    expect(serializeCaseFile(back)).toBe(json);
    expect(caseDocumentText(back.documents[0]!)).toBe('Le « test ».');
  });

  it('migrates a version-1 file: two documents, one confirmed bead kept, parallelism computed', () => {
    const file = parseCaseFile(v1);
    expect(file.version).toBe(CASE_FILE_VERSION);
    expect(file.documents.map((d) => [d.id, d.name, d.lang])).toEqual([
      ['src', 'letter-en.txt', 'en'],
      ['tgt', 'lettre-fr.txt', 'fr'],
    ]);
    expect(file.alignments[0]!.beads).toEqual([
      { src: [0], tgt: [0], confidence: 0.97, confirmed: true },
      { src: [1], tgt: [1], confidence: 0.88 },
    ]);
    expect(file.alignments[0]!.parallelism).toBe(1);
    expect(file.createdAt).toBe('2025-03-01T10:00:00.000Z');
    // Migration is deterministic, and the migrated file is a fixed point.
    expect(parseCaseFile(v1)).toEqual(file);
    expect(migrateCaseFile(file)).toEqual(file);
  });

  it('reports bad JSON with line and column', () => {
    const bad = '{\n  "version": 2,\n  "name": "x",,\n}';
    try {
      parseCaseFile(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExchangeError);
      expect([(error as ExchangeError).line, (error as ExchangeError).column]).toEqual([3, 15]);
    }
  });

  it.each([
    ['{"a":}', 5],
    ['[1,2', 4],
    ['{"a" 1}', 5],
    ['"abc', 0],
    ['{"a":tru}', 5],
    ['{"a":1,}', 7],
    ['{ }x', 3],
    ['"a\u0001"', 2],
  ])('locateJsonError(%j) → offset %i', (text, offset) => {
    expect(locateJsonError(text).offset).toBe(offset);
  });

  it('names the offending field of an invalid case file', () => {
    const file = JSON.parse(serializeCaseFile(sampleCase()));
    file.documents[0].edits[1].start = -1;
    expect(() => parseCaseFile(JSON.stringify(file))).toThrow(
      /documents\[0\]\.edits\[1\]\.start: must be a non-negative integer/,
    );
    const file2 = JSON.parse(serializeCaseFile(sampleCase()));
    file2.alignments[0].tgtDocId = 'nope';
    expect(() => migrateCaseFile(file2)).toThrow(CaseFileError);
    expect(() => migrateCaseFile(file2)).toThrow(/alignments\[0\]\.tgtDocId: no document "nope"/);
    const file3 = JSON.parse(serializeCaseFile(sampleCase()));
    file3.documents[0].edits[0].end = 99;
    expect(() => migrateCaseFile(file3)).toThrow(/past the text's 13 characters/);
  });

  it('refuses versions from the future and things that are not case files', () => {
    expect(() => parseCaseFile('{"version": 99}')).toThrow(/newer than this program/);
    expect(() => parseCaseFile('[1, 2]')).toThrow(/must be an object/);
    expect(() => parseCaseFile('{"format": "other", "version": 2}')).toThrow(/format/);
    expect(() => parseCaseFile('x'.repeat(100), { maxBytes: 10 })).toThrow(/too large/);
  });
});
