/**
 * TMX 1.4 (LISA OSCAR): one translation unit per pair, valid against tmx14.dtd.
 * Per unit: `<prop type="x-confidence">`, `<prop type="x-status">`, one
 * `<prop type="x-finding">` per finding and one `<prop type="x-fix">` per applied fix (lines
 * of `unit-notes.ts`), free notes as `<note>`. Characters XML 1.0 cannot carry (C0 controls
 * other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) are written as
 * `<ph type="x-cp">HHHH</ph>` (the UTF-16 code unit in hex) and read back exactly. A row with one
 * side empty (an omission, an addition) has one `<tuv>`, not an empty `<seg/>`.
 */
import { type BilingualUnits, formatConfidence } from './bilingual-units.ts';
import { bcp47Tag } from './lang-tag.ts';
import { encodeNote, formatFindingLine, formatFixLine } from './unit-notes.ts';
import { FORBIDDEN_XML_CHAR, splitXmlText, XmlWriter } from './xml-writer.ts';

/** TMX's date format: `YYYYMMDDThhmmssZ`, from an ISO 8601 date; undefined if unreadable. */
export function tmxDate(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Write `file` as TMX 1.4. */
export function writeTmx(file: BilingualUnits): string {
  const { header, units } = file;
  const srcLang = bcp47Tag(header.srcLang);
  const tgtLang = bcp47Tag(header.tgtLang);
  const w = new XmlWriter('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
  w.start('tmx', { version: '1.4' });
  w.start('header', {
    creationtool: header.tool.name,
    creationtoolversion: header.tool.version,
    segtype: header.level,
    'o-tmf': 'vis-a-vis',
    adminlang: 'en',
    srclang: srcLang,
    datatype: 'plaintext',
    creationdate: tmxDate(header.date),
  });
  if (header.srcName !== undefined) w.leaf('prop', { type: 'x-source-name' }, safeText(header.srcName));
  if (header.tgtName !== undefined) w.leaf('prop', { type: 'x-target-name' }, safeText(header.tgtName));
  w.end('header');
  w.start('body');
  const allowed = (s: string) => !FORBIDDEN_XML_CHAR.test(s);
  for (const unit of units) {
    w.start('tu', { tuid: unit.id });
    w.leaf('prop', { type: 'x-confidence' }, formatConfidence(unit.confidence));
    w.leaf('prop', { type: 'x-status' }, unit.status);
    for (const f of unit.findings) w.leaf('prop', { type: 'x-finding' }, formatFindingLine(f));
    for (const f of unit.fixes) w.leaf('prop', { type: 'x-fix' }, formatFixLine(f));
    for (const n of unit.notes) w.leaf('note', {}, encodeNote(n, allowed));
    // An empty side has no <tuv>: an empty <seg/> is an empty translation to a CAT tool (OmegaT
    // takes it as one deliberately left empty), which it would offer for the source. Both are
    // written when the two languages are the same (the tuvs are then told apart by order only;
    // readers match `en` with `en-GB`, so the primary languages are compared).
    const same = primaryLang(srcLang) === primaryLang(tgtLang);
    if (unit.source !== '' || unit.target === '' || same) segment(w, srcLang, unit.source);
    if (unit.target !== '' || same) segment(w, tgtLang, unit.target);
    w.end('tu');
  }
  w.end('body');
  w.end('tmx');
  return w.toString();
}

function segment(w: XmlWriter, lang: string, text: string): void {
  w.start('tuv', { 'xml:lang': lang });
  w.start('seg', {}, true);
  for (const piece of splitXmlText(text)) {
    if (typeof piece === 'string') w.text(piece);
    else w.leaf('ph', { type: 'x-cp' }, piece.toString(16).toUpperCase().padStart(4, '0'));
  }
  w.end('seg');
  w.end('tuv');
}

function primaryLang(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Names and other header text: a character XML cannot carry becomes U+FFFD. */
export function safeText(text: string): string {
  return text.replace(new RegExp(FORBIDDEN_XML_CHAR.source, 'g'), '\uFFFD');
}
