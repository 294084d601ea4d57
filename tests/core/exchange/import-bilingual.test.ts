import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileFromBilingual } from '../../../src/core/exchange/case-file-from.ts';
import { ExchangeError } from '../../../src/core/exchange/exchange-error.ts';
import { exportPair } from '../../../src/core/exchange/export-pair.ts';
import { detectFormat, importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { caseDocumentText } from '../../../src/core/model/case-file.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { HAVE_XMLLINT, validateTmx, validateXliff } from './validate-xml.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/exchange/${name}`, import.meta.url));
const text = (name: string) => fixture(name).toString('utf8');

function errorOf(f: () => unknown): ExchangeError {
  try {
    f();
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected an ExchangeError');
}

describe('importBilingual: files from other tools', () => {
  it('the fixtures are themselves valid TMX / XLIFF', async () => {
    if (HAVE_XMLLINT) expect(validateTmx(text('okapi-inline.tmx'))).toEqual([]);
    expect(await validateXliff(text('inline-1.2.xlf'), '1.2')).toEqual([]);
    expect(await validateXliff(text('inline-2.0.xlf'), '2.0')).toEqual([]);
  });

  it('TMX: keeps the text of inline markup, drops the codes, finds the source tuv by language', () => {
    const { header, units } = importBilingual(fixture('okapi-inline.tmx'));
    expect(header).toMatchObject({ srcLang: 'en-US', tgtLang: 'fr-FR', level: 'sentence' });
    expect(header.tool).toEqual({ name: 'Okapi Rainbow', version: '6.0' });
    expect(units.map((u) => [u.id, u.source, u.target, u.status])).toEqual([
      ['t1', 'Amazon workers protest.', 'Des employés d’Amazon protestent.', 'confirmed'],
      ['2', 'Source second, text isolated', "Cible d'abord, texte isolé", 'confirmed'],
      ['t3', 'Fish & <chips> “ok”', '', 'unpaired'],
    ]);
    expect(units[0]!.notes).toEqual(['Imported from the press kit']);
    expect(units.every((u) => u.confidence === 1)).toBe(true);
  });

  it('TMX in UTF-16LE reads the same as in UTF-8', () => {
    expect(importBilingual(fixture('okapi-inline-utf16le.tmx'))).toEqual(
      importBilingual(fixture('okapi-inline.tmx')),
    );
  });

  it('XLIFF 1.2: <g>, <mrk> keep their text; <x>, <bpt>, <ept>, <ph>, <it> are dropped; groups are walked', () => {
    const { header, units } = importBilingual(fixture('inline-1.2.xlf'));
    expect(header).toMatchObject({ srcLang: 'en', tgtLang: 'fr', srcName: 'letter.html' });
    expect(units.map((u) => [u.id, u.source, u.target, u.status])).toEqual([
      ['1', 'We refuse to build the platform.', 'Nous refusons de construire la plateforme.', 'confirmed'],
      ['2', 'Click here now.', 'Cliquez ici maintenant.', 'final'],
      ['3', 'Untranslated yet', '', 'unpaired'],
    ]);
    expect(units[0]!.notes).toEqual(['From the letter of June 2018']);
  });

  it('XLIFF 2.0: one unit per segment; <pc>, <mrk> keep their text; <ph>, <sc>, <ec> dropped; <cp> restored', () => {
    const { header, units } = importBilingual(fixture('inline-2.0.xlf'));
    expect(header).toMatchObject({ srcLang: 'en', tgtLang: 'fr' });
    expect(units.map((u) => [u.id, u.source, u.target, u.status])).toEqual([
      ['u1-s1', 'We refuse to build.', 'Nous refusons de construire.', 'confirmed'],
      ['u1-s2', 'Bold start and term\u0007.', 'Début gras et terme\u0007.', 'final'],
    ]);
    expect(units[0]!.notes).toEqual(['Checked against the wire copy']);
  });

  it('detects the format from the content', () => {
    expect(detectFormat(text('okapi-inline.tmx'))).toBe('tmx');
    expect(detectFormat(text('inline-2.0.xlf'))).toBe('xliff');
    expect(detectFormat('source\ttarget\na\tb\n')).toBe('tsv');
    expect(detectFormat('source,target\na,b\n')).toBe('csv');
    expect(() => detectFormat('<html><body/></html>')).toThrow(/not TMX or XLIFF/);
  });

  it('reads our CSV re-saved by a spreadsheet in a French locale: semicolons, decimal commas', () => {
    // What French Excel writes: `;` between fields, `0,9` for 0.9, quotes where a field holds `;`.
    const csv =
      'source;target;confidence;status;findings\r\n' +
      'Hello, world;Bonjour, monde;0,9;confirmed;\r\n' +
      '"They said; no";"Ils ont dit ; non";1;aligned;"target info spacing/double-space: ""  "" → "" """\r\n';
    expect(detectFormat(csv)).toBe('csv');
    const { units } = importBilingual(csv);
    expect(units.map((u) => [u.source, u.target, u.confidence, u.status])).toEqual([
      ['Hello, world', 'Bonjour, monde', 0.9, 'confirmed'],
      ['They said; no', 'Ils ont dit ; non', 1, 'aligned'],
    ]);
    expect(units[1]!.findings.map((f) => f.rule)).toEqual(['double-space']);
    // A comma CSV whose texts hold semicolons stays a comma CSV.
    expect(importBilingual('source,target\r\n"a; b; c",x; y\r\n').units.map((u) => u.target)).toEqual([
      'x; y',
    ]);
  });
});

describe('importBilingual: refusing bad input', () => {
  it('refuses an entity-expansion bomb before expanding anything', () => {
    const e = errorOf(() => importBilingual(fixture('billion-laughs.tmx')));
    expect(e.code).toBe('entity');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/line 3, column 3: .*entities/);
  });

  it('refuses external entities (XXE)', () => {
    expect(errorOf(() => importBilingual(fixture('xxe.xlf'))).code).toBe('entity');
  });

  it('refuses undeclared entities and reports where', () => {
    const xml = '<?xml version="1.0"?>\n<tmx version="1.4">\n  <body>&nbsp;</body>\n</tmx>';
    const e = errorOf(() => importBilingual(xml, { format: 'tmx' }));
    expect([e.code, e.line, e.column]).toEqual(['malformed', 3, 9]);
    expect(e.message).toMatch(/undefined entity &nbsp;/);
  });

  it('reports mismatched tags with line and column, and where the open tag was', () => {
    const xml = '<xliff version="2.0" srcLang="en">\n<file id="f">\n<unit id="u"></file>\n</xliff>';
    const e = errorOf(() => importBilingual(xml));
    expect([e.line, e.column]).toEqual([3, 14]);
    expect(e.message).toMatch(/<\/file> does not match <unit> \(opened at 3:1\)/);
  });

  it.each([
    ['<tmx version="1.4" a="1" a="2"/>', 1, 26, /duplicate attribute a/],
    ['<tmx>\n  a & b</tmx>', 2, 5, /bare '&'/],
    ['<tmx a="x<y"/>', 1, 10, /'<' in the value/],
    ['<tmx>\n<body>\n', 3, 1, /end of file inside <body>/],
    ['<tmx/>\n<tmx/>', 2, 1, /second root/],
    ['<tmx><!-- a -- b --></tmx>', 1, 13, /'--' inside a comment/],
    ['<tmx>\u0001</tmx>', 1, 6, /U\+0001 is not allowed/],
    ['<tmx>&#1;</tmx>', 1, 6, /not a character XML allows/],
    ['text<tmx/>', 1, 1, /text before the root/],
    ['<?xml version="1.0"?><tmx>]]></tmx>', 1, 27, /']]>' is not allowed/],
  ])('malformed %j → line %i, column %i', (xml, line, column, message) => {
    const e = errorOf(() => importBilingual(xml, { format: 'tmx' }));
    expect([e.code, e.line, e.column]).toEqual(['malformed', line, column]);
    expect(e.message).toMatch(message);
  });

  it('refuses files over the size limit, with the limit in the message', () => {
    const e = errorOf(() => importBilingual(new Uint8Array(2000), { maxBytes: 1000 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/limit is 1000/);
  });

  it('refuses XML that declares UTF-8 but is not', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><tmx>caf\u00e9</tmx>');
    const latin1 = Uint8Array.from([...bytes.slice(0, -11), 0xe9, ...new TextEncoder().encode('</tmx>')]);
    expect(errorOf(() => importBilingual(latin1)).message).toMatch(/not valid UTF-8/);
  });

  it('reports a missing required part of TMX with its position', () => {
    const e = errorOf(() => importBilingual('<tmx version="1.4">\n  <header srclang="en"/>\n</tmx>'));
    expect([e.code, e.line]).toEqual(['invalid', 1]);
    expect(e.message).toMatch(/no <body>/);
  });
});

describe('caseFileFromBilingual: an imported pair becomes a case', () => {
  it('keeps on both documents the stray Windows-1252 bytes of a UTF-8 TSV, with their lines', () => {
    // UTF-8, but the é of line 2's `été` is the Windows-1252 byte 0xE9.
    const utf8 = new TextEncoder().encode('source\ttarget\nSummer.\t\u00c9t\u00e9.\nA day.\tUn jour.\n');
    const bytes = new Uint8Array([...utf8.slice(0, 25), 0xe9, ...utf8.slice(27)]);
    const units = importBilingual(bytes);
    expect(units.units.map((u) => u.target)).toEqual(['\u00c9t\u00e9.', 'Un jour.']);
    expect(units.strayBytes).toEqual({ count: 1, lines: [2], lineCount: 1 });
    const file = caseFileFromBilingual(units, { id: 'c', name: 'c', now: '2026-11-24T00:00:00.000Z' });
    expect(file.documents.map((d) => d.origin.strayBytes)).toEqual([units.strayBytes, units.strayBytes]);
    // A clean file says nothing.
    const clean = caseFileFromBilingual(importBilingual(utf8), {
      id: 'c',
      name: 'c',
      now: '2026-11-24T00:00:00.000Z',
    });
    expect(clean.documents.map((d) => d.origin.strayBytes)).toEqual([undefined, undefined]);
  });

  it('keeps on both documents the encoding a TSV was read in when not UTF-8 (Mac Roman, Windows-1252)', () => {
    const ascii = (s: string) => [...new TextEncoder().encode(s)];
    // 'Le café est prêt.' from an old Mac (é = 8E, ê = 90), and from Windows (é = E9, ê = EA).
    const mac = Uint8Array.from([
      ...ascii('Coffee.\tLe caf'),
      0x8e,
      ...ascii(' est pr'),
      0x90,
      ...ascii('t.\n'),
    ]);
    const windows = Uint8Array.from([
      ...ascii('Coffee.\tLe caf'),
      0xe9,
      ...ascii(' est pr'),
      0xea,
      ...ascii('t.\n'),
    ]);
    const now = '2026-11-24T00:00:00.000Z';
    for (const [bytes, encoding] of [
      [mac, 'macintosh'],
      [windows, 'windows-1252'],
    ] as const) {
      const units = importBilingual(bytes, { format: 'tsv' });
      expect(units.units[0]!.target).toBe('Le café est prêt.');
      expect(units.encoding).toBe(encoding);
      const file = caseFileFromBilingual(units, { id: 'c', name: 'c', now });
      expect(file.documents.map((d) => d.origin.encoding)).toEqual([encoding, encoding]);
    }
    // UTF-8 says nothing.
    const utf8 = importBilingual(new TextEncoder().encode('Coffee.\tLe café est prêt.\n'), { format: 'tsv' });
    expect(utf8.encoding).toBeUndefined();
    expect(
      caseFileFromBilingual(utf8, { id: 'c', name: 'c', now }).documents[0]!.origin.encoding,
    ).toBeUndefined();
  });

  it('gives two documents whose segmentation matches the beads, rows confirmed', () => {
    const units = importBilingual(fixture('inline-1.2.xlf'));
    const file = caseFileFromBilingual(units, { id: 'c', name: 'letter', now: '2026-11-22T20:00:00.000Z' });
    const [src, tgt] = file.documents;
    const alignment = file.alignments[0]!;
    expect(alignment.beads.map((b) => [b.src, b.tgt, b.confirmed ?? false, b.final ?? false])).toEqual([
      [[0], [0], true, false],
      [[1], [1], true, true],
      [[2], [], false, false],
    ]);
    // The bead indexes are those of the workbench's own segmentation of the texts.
    const s = segmentDocument(caseDocumentText(src!), { id: 'src', name: 'x', lang: 'en' });
    const t = segmentDocument(caseDocumentText(tgt!), { id: 'tgt', name: 'x', lang: 'fr' });
    expect(s.paragraphs.map((p) => s.text.slice(p.start, p.end))).toEqual(units.units.map((u) => u.source));
    expect(t.paragraphs.map((p) => t.text.slice(p.start, p.end))).toEqual([
      'Nous refusons de construire la plateforme.',
      'Cliquez ici maintenant.',
    ]);
  });

  it('gives a TSV or CSV export read back its languages and two names (they came as und, one name)', () => {
    const en =
      'The employees wrote to the chief executive on Monday.\n\nThey asked the company to stop selling its software to the police.';
    const fr =
      'Les employés ont écrit lundi au directeur général.\n\nIls ont demandé à l’entreprise de cesser de vendre son logiciel à la police.';
    const s = segmentDocument(en, { id: 's', name: 'letter.txt', lang: 'en' });
    const t = segmentDocument(fr, { id: 't', name: 'lettre.txt', lang: 'fr' });
    const beads = [
      { src: [0], tgt: [0], confidence: 0.9 },
      { src: [1], tgt: [1], confidence: 0.9 },
    ];
    const input = {
      source: { doc: s },
      target: { doc: t },
      alignment: { level: 'paragraph' as const, beads },
    };
    for (const format of ['tsv', 'csv'] as const) {
      const units = importBilingual(exportPair(input, format), { format });
      const file = caseFileFromBilingual(units, { id: 'c', name: 'lettre', now: '2026-11-22T20:00:00.000Z' });
      expect(file.documents.map((d) => [d.lang, d.name])).toEqual([
        ['en', 'lettre (en)'],
        ['fr', 'lettre (fr)'],
      ]);
    }
  });

  it('names the languages of a CAT tool’s file (en-US, FR-FR) as the engine does: en, fr', () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="EN-US" datatype="plaintext"/>
<body><tu><tuv xml:lang="EN-US"><seg>The employees wrote to the chief executive on Monday.</seg></tuv><tuv xml:lang="FR-FR"><seg>Les employés ont écrit lundi au directeur général.</seg></tuv></tu></body></tmx>`;
    const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx" source-language="en-us" target-language="fr_CA" datatype="plaintext"><body>
<trans-unit id="1"><source>The employees wrote a letter.</source><target>Les employés ont écrit une lettre.</target></trans-unit></body></file></xliff>`;
    const xliff2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="eng" trgLang="fra"><file id="f"><unit id="u"><segment>
<source>The employees wrote a letter.</source><target>Les employés ont écrit une lettre.</target></segment></unit></file></xliff>`;
    for (const text of [tmx, xliff12, xliff2]) {
      const file = caseFileFromBilingual(importBilingual(text), {
        id: 'c',
        name: 'tm',
        now: '2026-11-22T20:00:00.000Z',
      });
      expect(file.documents.map((d) => d.lang)).toEqual(['en', 'fr']);
    }
  });

  it('gives an XLIFF export (2.0, 1.2) read back both documents’ names, as TMX does', () => {
    const s = segmentDocument('The employees wrote a letter.', { id: 's', name: 'letter.txt', lang: 'en' });
    const t = segmentDocument('Les employés ont écrit une lettre.', {
      id: 't',
      name: 'lettre.txt',
      lang: 'fr',
    });
    const input = {
      source: { doc: s },
      target: { doc: t },
      alignment: { level: 'paragraph' as const, beads: [{ src: [0], tgt: [0], confidence: 0.9 }] },
    };
    for (const format of ['xliff', 'xliff12', 'tmx'] as const) {
      const units = importBilingual(exportPair(input, format));
      const file = caseFileFromBilingual(units, { id: 'c', name: 'export', now: '2026-11-22T20:00:00.000Z' });
      expect(
        file.documents.map((d) => d.name),
        format,
      ).toEqual(['letter.txt', 'lettre.txt']);
    }
  });
});
