/**
 * Read XLIFF 2.0 or 1.2 into `BilingualUnits` (the version from the root's `version`).
 *
 * Inline content keeps its text and drops its codes:
 * - 2.0: `<pc>` and `<mrk>` keep their content; `<ph>`, `<sc>`, `<ec>`, `<sm>`, `<em>` (codes
 *   and marker ends) are dropped; `<cp hex>` becomes its character.
 * - 1.2: `<g>` and `<mrk>` keep their content; `<x>`, `<bx>`, `<ex>` are dropped; `<bpt>`,
 *   `<ept>`, `<ph>`, `<it>` hold native codes and are dropped with their `<sub>`s, except
 *   `<ph ctype="x-cp">`, our escape for characters XML cannot carry, read back exactly.
 * Every 2.0 `<segment>` and every 1.2 `<trans-unit>` gives one unit (`<ignorable>` and
 * `<seg-source>` are skipped; `<group>`s are walked). Files from other tools (no
 * `confidence` note of ours) come in confirmed, with confidence 1, or `unpaired` when a side
 * is empty; `final` stays final.
 */
import {
  type BilingualHeader,
  type BilingualUnit,
  type BilingualUnits,
  EXCHANGE_TOOL,
  type PairStatus,
  parseConfidence,
} from './bilingual-units.ts';
import { ExchangeError, invalidAt } from './exchange-error.ts';
import { childElements, localName, parseXml, textContent, type XmlElement } from './parse-xml.ts';
import { collectUnitLines } from './unit-notes.ts';
import { parseRecordedStatus, statusOfXliffState } from './xliff-status.ts';

/**
 * Read XLIFF text (2.0 or 1.2). Each unit is read as it closes and dropped from the tree, so
 * that memory stays flat on large files.
 */
export function readXliff(input: string): BilingualUnits {
  const units: BilingualUnit[] = [];
  const doc = parseXml(input, {
    onClose(el, ancestors, text) {
      const root = ancestors[0]!;
      if (localName(root.name) !== 'xliff') return false;
      const name = localName(el.name);
      const version = root.attrs.version ?? '';
      if (name === 'unit' && version.startsWith('2.')) readUnit2(el, text, units);
      else if (name === 'trans-unit' && version.startsWith('1.')) readTransUnit(el, text, units);
      else return false;
      return true;
    },
  });
  const { root, text } = doc;
  if (localName(root.name) !== 'xliff') {
    throw new ExchangeError('unsupported', 'xliff-root', { root: root.name });
  }
  const version = root.attrs.version ?? '';
  const header = version.startsWith('2.')
    ? header2(root, text)
    : version.startsWith('1.')
      ? header12(root, text)
      : invalidAt(text, root.offset, 'xliff-version', { version });
  return { header, units };
}

interface NoteSet {
  confidence: string | undefined;
  lines: string[];
  /** The status of a unit without target text (2.0 `subState`, 1.2 `<note from="status">`). */
  status?: string | undefined;
}

function makeUnit(
  id: string,
  source: string,
  target: string,
  state: string | undefined,
  notes: NoteSet,
  at: () => never,
): BilingualUnit {
  const ours = notes.confidence !== undefined;
  const confidence = ours ? parseConfidence(notes.confidence!) : 1;
  if (confidence === undefined) at();
  const mapped = statusOfXliffState(state);
  let status: PairStatus;
  if (ours) status = (target === '' ? parseRecordedStatus(notes.status) : undefined) ?? mapped ?? 'unpaired';
  else if (mapped === 'final') status = 'final';
  else status = source === '' || target === '' ? 'unpaired' : 'confirmed';
  return { id, source, target, confidence, status, ...collectUnitLines(notes.lines) };
}

// --- XLIFF 2.0 ---

function header2(root: XmlElement, text: string): BilingualHeader {
  const srcLang = root.attrs.srcLang;
  if (srcLang === undefined) invalidAt(text, root.offset, 'xliff-no-srclang');
  const files = childElements(root, 'file');
  if (files.length === 0) invalidAt(text, root.offset, 'xliff-no-file');
  const srcName = files[0]!.attrs.original;
  const tgtName = childElements(files[0]!, 'notes')
    .flatMap((n) => childElements(n, 'note'))
    .find((n) => n.attrs.category === 'target-name');
  return {
    srcLang,
    tgtLang: root.attrs.trgLang ?? 'und',
    level: 'paragraph',
    ...(srcName === undefined ? {} : { srcName }),
    ...(tgtName === undefined ? {} : { tgtName: textContent(tgtName) }),
    tool: EXCHANGE_TOOL,
  };
}

function readUnit2(unit: XmlElement, text: string, units: BilingualUnit[]): void {
  const unitId = unit.attrs.id ?? String(units.length + 1);
  const notes: NoteSet = { confidence: undefined, lines: [] };
  let confidenceAt = unit.offset;
  for (const notesEl of childElements(unit, 'notes')) {
    for (const note of childElements(notesEl, 'note')) {
      const category = note.attrs.category;
      if (category === 'confidence' && notes.confidence === undefined) {
        notes.confidence = textContent(note);
        confidenceAt = note.offset;
      } else {
        notes.lines.push(textContent(note));
      }
    }
  }
  const segments = childElements(unit, 'segment');
  for (const [k, segment] of segments.entries()) {
    const source = childElements(segment, 'source')[0];
    if (!source) invalidAt(text, segment.offset, 'xliff-segment-no-source');
    const target = childElements(segment, 'target')[0];
    const id = segments.length === 1 ? unitId : `${unitId}-${segment.attrs.id ?? k + 1}`;
    units.push(
      makeUnit(
        id,
        inline2(source),
        target ? inline2(target) : '',
        segment.attrs.state ?? 'initial',
        // Unit notes go with the unit's first segment only.
        {
          ...(k === 0 ? notes : { confidence: notes.confidence, lines: [] }),
          status: segment.attrs.subState,
        },
        () => invalidAt(text, confidenceAt, 'xliff-confidence'),
      ),
    );
  }
}

const DROPPED_2 = new Set(['ph', 'sc', 'ec', 'sm', 'em']);

function inline2(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else {
      const name = localName(c.name);
      if (name === 'cp') out += fromHex(c.attrs.hex ?? '');
      else if (!DROPPED_2.has(name)) out += inline2(c);
    }
  }
  return out;
}

function fromHex(hex: string): string {
  if (!/^[0-9A-Fa-f]{1,6}$/.test(hex)) return '';
  const code = Number.parseInt(hex, 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

// --- XLIFF 1.2 ---

function header12(root: XmlElement, text: string): BilingualHeader {
  const files = childElements(root, 'file');
  const first = files[0];
  if (!first) invalidAt(text, root.offset, 'xliff-no-file');
  for (const file of files) {
    if (childElements(file, 'body').length === 0) invalidAt(text, file.offset, 'xliff-file-no-body');
  }
  const srcLang = first.attrs['source-language'];
  if (srcLang === undefined) invalidAt(text, first.offset, 'xliff-file-no-source-language');
  const tool = childElements(childElements(first, 'header')[0] ?? first, 'tool')[0];
  const date = first.attrs.date && new Date(first.attrs.date);
  const srcName = first.attrs.original;
  const tgtName = childElements(childElements(first, 'header')[0] ?? first, 'note').find(
    (n) => n.attrs.from === 'target-name',
  );
  return {
    srcLang,
    tgtLang: first.attrs['target-language'] ?? 'und',
    level: 'paragraph',
    ...(srcName === undefined ? {} : { srcName }),
    ...(tgtName === undefined ? {} : { tgtName: textContent(tgtName) }),
    tool: tool
      ? { name: tool.attrs['tool-name'] ?? EXCHANGE_TOOL.name, version: tool.attrs['tool-version'] ?? '' }
      : EXCHANGE_TOOL,
    ...(date && !Number.isNaN(date.getTime()) ? { date: date.toISOString() } : {}),
  };
}

function readTransUnit(tu: XmlElement, text: string, units: BilingualUnit[]): void {
  const source = childElements(tu, 'source')[0];
  if (!source) invalidAt(text, tu.offset, 'xliff-trans-unit-no-source');
  const target = childElements(tu, 'target')[0];
  const notes: NoteSet = { confidence: undefined, lines: [] };
  let confidenceAt = tu.offset;
  for (const note of childElements(tu, 'note')) {
    if (note.attrs.from === 'confidence' && notes.confidence === undefined) {
      notes.confidence = textContent(note);
      confidenceAt = note.offset;
    } else if (note.attrs.from === 'status' && notes.status === undefined) {
      notes.status = textContent(note);
    } else {
      notes.lines.push(textContent(note));
    }
  }
  units.push(
    makeUnit(
      tu.attrs.id ?? String(units.length + 1),
      inline12(source),
      target ? inline12(target) : '',
      target?.attrs.state,
      notes,
      () => invalidAt(text, confidenceAt, 'xliff-confidence'),
    ),
  );
}

const DROPPED_12 = new Set(['x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it', 'sub']);

function inline12(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else {
      const name = localName(c.name);
      if (name === 'ph' && c.attrs.ctype === 'x-cp') out += fromHex(textContent(c));
      else if (!DROPPED_12.has(name)) out += inline12(c);
    }
  }
  return out;
}
