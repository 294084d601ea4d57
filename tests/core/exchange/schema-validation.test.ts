import { describe, expect, it } from 'vitest';
import type { BilingualUnits } from '../../../src/core/exchange/bilingual-units.ts';
import { buildBilingualUnits } from '../../../src/core/exchange/build-bilingual-units.ts';
import { exportPair } from '../../../src/core/exchange/export-pair.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { writeTmx } from '../../../src/core/exchange/write-tmx.ts';
import { writeXliff2 } from '../../../src/core/exchange/write-xliff2.ts';
import { writeXliff12 } from '../../../src/core/exchange/write-xliff12.ts';
import { sampleInput } from './sample-input.ts';
import { HAVE_XMLLINT, validateTmx, validateXliff } from './validate-xml.ts';

// Texts that stress the escaping: markup, entities, quotes, controls, emoji, RTL, combining marks.
const HOSTILE: BilingualUnits = {
  header: {
    srcLang: 'en',
    tgtLang: 'fr',
    level: 'sentence',
    srcName: 'a <b>&"name"',
    tool: { name: 'Vis-a-vis', version: '0.1.0' },
    date: '2026-11-22T20:40:00.000Z',
  },
  units: [
    {
      id: 'id with spaces',
      source:
        '<script>alert("x")</script> & ]]> \u0001\u0008\u000b\u000c\u001f\uffff\ud800 tab\there\r\nCRLF',
      target: '« œ » \u05e9\u05dc\u05d5\u05dd e\u0301 👩‍👩‍👧 &amp; <![CDATA[x]]>',
      confidence: 0.123456,
      status: 'aligned',
      findings: [
        {
          side: 'target',
          rule: 'mojibake',
          category: 'encoding',
          severity: 'error',
          actual: '\u0001«œ',
          expected: '«',
        },
      ],
      fixes: [{ side: 'source', rule: 'x', before: '\uffff', after: '"' }],
      notes: ['free note <with> & \u0002 control'],
    },
    {
      id: 'id with spaces',
      source: '',
      target: 'only target',
      confidence: 0,
      status: 'unpaired',
      findings: [],
      fixes: [],
      notes: [],
    },
  ],
};

describe('exports of the sample case validate against the official schemas', () => {
  const paragraph = sampleInput('paragraph');
  const sentence = sampleInput('sentence');

  it('TMX 1.4 against tmx14.dtd, both levels, all pairs and confirmed only', () => {
    // xmllint-wasm is built without DTD validation: the DTD check needs Debian's libxml2-utils.
    expect(HAVE_XMLLINT, 'install Debian libxml2-utils (xmllint) to validate TMX against tmx14.dtd').toBe(
      true,
    );
    for (const input of [paragraph, sentence]) {
      expect(validateTmx(exportPair(input, 'tmx'))).toEqual([]);
      expect(validateTmx(exportPair(input, 'tmx', { confirmedOnly: true }))).toEqual([]);
    }
    expect(validateTmx(writeTmx(HOSTILE))).toEqual([]);
  });

  it('XLIFF 2.0 against xliff_core_2.0.xsd', async () => {
    const files = [exportPair(paragraph, 'xliff'), exportPair(sentence, 'xliff'), writeXliff2(HOSTILE)];
    expect(await validateXliff(files, '2.0')).toEqual([]);
  });

  it('XLIFF 1.2 against the strict schema', async () => {
    const files = [exportPair(paragraph, 'xliff12'), exportPair(sentence, 'xliff12'), writeXliff12(HOSTILE)];
    expect(await validateXliff(files, '1.2')).toEqual([]);
  });

  it('an export without pairs (--confirmed-only before any is confirmed) validates too', async () => {
    // XLIFF 2.0 wants at least one unit or group in a <file>: an empty <file/> was invalid.
    const none: BilingualUnits = { ...HOSTILE, units: [] };
    expect(await validateXliff(writeXliff2(none), '2.0')).toEqual([]);
    expect(await validateXliff(writeXliff12(none), '1.2')).toEqual([]);
    if (HAVE_XMLLINT) expect(validateTmx(writeTmx(none))).toEqual([]);
    expect(importBilingual(writeXliff2(none)).units).toEqual([]);
  });

  it('language tags are written as BCP 47 the same way by every writer, and validate', async () => {
    // A hand-edited case's `fr_FR` went into XLIFF 2.0 as it was (the spec wants BCP 47; the
    // schema leaves srcLang untyped), while the 1.2 writer wrote `und` for it.
    const cases: [string, string][] = [
      ['fr_FR', 'fr-FR'],
      ['FR-FR', 'fr-FR'],
      ['en_us', 'en-US'],
      ['fr_FR.UTF-8', 'fr-FR'],
      ['fra', 'fr'],
      ['zh-hant-tw', 'zh-Hant-TW'],
      ['en-GB-x-Legal', 'en-GB-x-legal'],
      ['fr', 'fr'],
      ['français', 'und'],
      ['French (France)', 'und'],
      ['', 'und'],
    ];
    const xliff2: string[] = [];
    const xliff12: string[] = [];
    for (const [tag, expected] of cases) {
      const file: BilingualUnits = { ...HOSTILE, header: { ...HOSTILE.header, srcLang: 'EN', tgtLang: tag } };
      const x2 = writeXliff2(file);
      const x12 = writeXliff12(file);
      const tmx = writeTmx(file);
      expect(x2, tag).toContain(`srcLang="en" trgLang="${expected}"`);
      expect(x12, tag).toContain(`source-language="en" target-language="${expected}"`);
      expect(tmx, tag).toContain('srclang="en"');
      expect(tmx, tag).toContain(`<tuv xml:lang="${expected}">`);
      for (const xml of [x2, x12, tmx]) expect(importBilingual(xml).header.tgtLang, tag).toBe(expected);
      if (HAVE_XMLLINT) expect(validateTmx(tmx), tag).toEqual([]);
      xliff2.push(x2);
      xliff12.push(x12);
    }
    expect(await validateXliff(xliff2, '2.0')).toEqual([]);
    expect(await validateXliff(xliff12, '1.2')).toEqual([]);
  });

  it('the validators do reject invalid files (they are not vacuous)', async () => {
    const xliff2 = exportPair(paragraph, 'xliff').replace('state="reviewed"', 'state="bogus"');
    expect(await validateXliff(xliff2, '2.0')).not.toEqual([]);
    const xliff12 = exportPair(paragraph, 'xliff12')
      .replace('<source', '<sauce')
      .replace('</source>', '</sauce>');
    expect(await validateXliff(xliff12, '1.2')).not.toEqual([]);
    if (HAVE_XMLLINT)
      expect(validateTmx(exportPair(paragraph, 'tmx').replace('<tuv ', '<tuv bogus="1" '))).not.toEqual([]);
  });

  it('the sample export carries findings, applied fixes, confidence and status', () => {
    const units = buildBilingualUnits(paragraph);
    expect(units.units.some((u) => u.findings.length > 0)).toBe(true);
    expect(units.units.some((u) => u.fixes.length > 0)).toBe(true);
    const tmx = exportPair(paragraph, 'tmx');
    expect(tmx).toContain('<prop type="x-finding">target ');
    expect(tmx).toContain('<prop type="x-fix">target fix ');
    expect(tmx).toContain('segtype="paragraph"');
    expect(tmx).toContain('creationdate="20261122T204000Z"');
    const confirmedOnly = buildBilingualUnits(paragraph, { confirmedOnly: true }).units;
    expect(confirmedOnly.length).toBeGreaterThan(0);
    expect(confirmedOnly.every((u) => u.status === 'confirmed' || u.status === 'final')).toBe(true);
  });
});
