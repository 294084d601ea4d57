/**
 * XLIFF 2.0 (OASIS, core only), valid against xliff_core_2.0.xsd: one `<unit>` with one
 * `<segment>` per pair; `state` from the pair status (see xliff-status.ts; a pair with no
 * target text is `initial`, without `<target>`); notes:
 * `category="confidence"`, one `category="finding"` per finding (priority 1 error, 5 warning,
 * 9 info), one `category="fix"` per applied fix, free notes without a category. Characters
 * XML 1.0 cannot carry are written as the standard `<cp hex="…"/>`.
 */
import { type BilingualUnits, formatConfidence } from './bilingual-units.ts';
import { bcp47Tag } from './lang-tag.ts';
import { encodeNote, formatFindingLine, formatFixLine } from './unit-notes.ts';
import { safeText } from './write-tmx.ts';
import { SUBSTATE_PREFIX, uniqueNmtoken, untranslatedStatus, XLIFF2_STATE } from './xliff-status.ts';
import { FORBIDDEN_XML_CHAR, splitXmlText, XmlWriter } from './xml-writer.ts';

const PRIORITY = { error: '1', warning: '5', info: '9' } as const;

/** Write `file` as XLIFF 2.0. */
export function writeXliff2(file: BilingualUnits): string {
  const { header, units } = file;
  const w = new XmlWriter();
  w.start('xliff', {
    xmlns: 'urn:oasis:names:tc:xliff:document:2.0',
    version: '2.0',
    srcLang: bcp47Tag(header.srcLang),
    trgLang: bcp47Tag(header.tgtLang),
  });
  w.start('file', {
    id: 'f1',
    original: header.srcName === undefined ? undefined : safeText(header.srcName),
  });
  // The translation's name: XLIFF has a place for the source's only (`original`).
  if (header.tgtName !== undefined) {
    w.start('notes');
    w.leaf('note', { category: 'target-name' }, safeText(header.tgtName));
    w.end('notes');
  }
  const seen = new Set<string>();
  const allowed = (s: string) => !FORBIDDEN_XML_CHAR.test(s);
  for (const [i, unit] of units.entries()) {
    w.start('unit', { id: uniqueNmtoken(unit.id, i, seen) });
    w.start('notes');
    w.leaf('note', { category: 'confidence' }, formatConfidence(unit.confidence));
    for (const f of unit.findings) {
      w.leaf('note', { category: 'finding', priority: PRIORITY[f.severity] }, formatFindingLine(f));
    }
    for (const f of unit.fixes) w.leaf('note', { category: 'fix' }, formatFixLine(f));
    for (const n of unit.notes) w.leaf('note', {}, encodeNote(n, allowed));
    w.end('notes');
    // No target text: `initial` and no <target> (an empty one would be an empty translation).
    const recorded = untranslatedStatus(unit);
    w.start('segment', {
      state: unit.target === '' ? 'initial' : XLIFF2_STATE[unit.status],
      subState: recorded === undefined ? undefined : SUBSTATE_PREFIX + recorded,
    });
    content(w, 'source', unit.source);
    if (unit.target !== '') content(w, 'target', unit.target);
    w.end('segment');
    w.end('unit');
  }
  // A <file> holds at least one unit or group: with no pairs (nothing confirmed yet, say), one
  // empty group keeps the file valid and imports as no units.
  if (units.length === 0) w.leaf('group', { id: 'g1' });
  w.end('file');
  w.end('xliff');
  return w.toString();
}

function content(w: XmlWriter, name: string, text: string): void {
  w.start(name, { 'xml:space': 'preserve' }, true);
  for (const piece of splitXmlText(text)) {
    if (typeof piece === 'string') w.text(piece);
    else w.leaf('cp', { hex: piece.toString(16).toUpperCase().padStart(4, '0') });
  }
  w.end(name);
}
