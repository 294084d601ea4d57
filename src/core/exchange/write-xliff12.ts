/**
 * XLIFF 1.2, valid against the strict schema (xliff-core-1.2-strict.xsd): one `<trans-unit>`
 * per pair, `approved="yes"` when confirmed, `<target state>` from the pair status (see
 * xliff-status.ts; a pair with no target text has no `<target>` and is not approved, its
 * status in `<note from="status">`); notes: `from="confidence"`, `from="finding"` (priority 1 error, 5
 * warning, 9 info), `from="fix"`, free notes without `from`. Characters XML 1.0 cannot carry
 * are written as `<ph id="cpN" ctype="x-cp">HHHH</ph>` (the UTF-16 code unit in hex).
 */
import { type BilingualUnits, formatConfidence } from './bilingual-units.ts';
import { bcp47Tag } from './lang-tag.ts';
import { encodeNote, formatFindingLine, formatFixLine } from './unit-notes.ts';
import { safeText } from './write-tmx.ts';
import { uniqueNmtoken, untranslatedStatus, XLIFF12_STATE } from './xliff-status.ts';
import { FORBIDDEN_XML_CHAR, splitXmlText, XmlWriter } from './xml-writer.ts';

const PRIORITY = { error: '1', warning: '5', info: '9' } as const;

/** Write `file` as XLIFF 1.2. */
export function writeXliff12(file: BilingualUnits): string {
  const { header, units } = file;
  const w = new XmlWriter();
  w.start('xliff', { version: '1.2', xmlns: 'urn:oasis:names:tc:xliff:document:1.2' });
  const date = header.date && !Number.isNaN(new Date(header.date).getTime()) ? header.date : undefined;
  w.start('file', {
    original: safeText(header.srcName ?? 'document'),
    'source-language': bcp47Tag(header.srcLang),
    'target-language': bcp47Tag(header.tgtLang),
    datatype: 'plaintext',
    'tool-id': 'vis-a-vis',
    date: date === undefined ? undefined : new Date(date).toISOString(),
  });
  w.start('header');
  w.leaf('tool', {
    'tool-id': 'vis-a-vis',
    'tool-name': header.tool.name,
    'tool-version': header.tool.version,
  });
  // The translation's name: XLIFF has a place for the source's only (`original`).
  if (header.tgtName !== undefined) w.leaf('note', { from: 'target-name' }, safeText(header.tgtName));
  w.end('header');
  w.start('body');
  const seen = new Set<string>();
  const allowed = (s: string) => !FORBIDDEN_XML_CHAR.test(s);
  for (const [i, unit] of units.entries()) {
    // No target text: not approved and no <target> (an empty one would be an empty translation).
    const confirmed = unit.target !== '' && (unit.status === 'confirmed' || unit.status === 'final');
    w.start('trans-unit', {
      id: uniqueNmtoken(unit.id, i, seen),
      approved: confirmed ? 'yes' : 'no',
      'xml:space': 'preserve',
    });
    content(w, 'source', unit.source, {});
    if (unit.target !== '') content(w, 'target', unit.target, { state: XLIFF12_STATE[unit.status] });
    w.leaf('note', { from: 'confidence' }, formatConfidence(unit.confidence));
    const recorded = untranslatedStatus(unit);
    if (recorded !== undefined) w.leaf('note', { from: 'status' }, recorded);
    for (const f of unit.findings) {
      w.leaf('note', { from: 'finding', priority: PRIORITY[f.severity] }, formatFindingLine(f));
    }
    for (const f of unit.fixes) w.leaf('note', { from: 'fix' }, formatFixLine(f));
    for (const n of unit.notes) w.leaf('note', {}, encodeNote(n, allowed));
    w.end('trans-unit');
  }
  w.end('body');
  w.end('file');
  w.end('xliff');
  return w.toString();
}

function content(w: XmlWriter, name: string, text: string, attrs: Record<string, string>): void {
  w.start(name, attrs, true);
  let n = 0;
  for (const piece of splitXmlText(text)) {
    if (typeof piece === 'string') w.text(piece);
    else w.leaf('ph', { id: `cp${++n}`, ctype: 'x-cp' }, piece.toString(16).toUpperCase().padStart(4, '0'));
  }
  w.end(name);
}
