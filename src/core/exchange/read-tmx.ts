/**
 * Read TMX (1.1–1.4) into `BilingualUnits`. The source side is the `<tuv>` in the header's
 * `srclang` (or the first one when it is `*all*`); the target is the first other language
 * met. Inline codes: `<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>` hold native codes (formatting
 * markup), not text: they are dropped with their `<sub>`s — except `<ph type="x-cp">`, our
 * escape for characters XML cannot carry, which is read back into the character; `<hi>`
 * keeps its text. Units without our `x-status` prop come from other tools: they are
 * `confirmed` (a translation memory holds validated pairs), or `unpaired` when a side is
 * empty, with confidence 1.
 */
import type { Level } from '../model/document.ts';
import {
  type BilingualUnit,
  type BilingualUnits,
  EXCHANGE_TOOL,
  PAIR_STATUSES,
  type PairStatus,
  parseConfidence,
} from './bilingual-units.ts';
import { ExchangeError, invalidAt } from './exchange-error.ts';
import { childElements, localName, parseXml, type XmlElement } from './parse-xml.ts';
import { collectUnitLines } from './unit-notes.ts';

/** Read TMX text. Each `<tu>` is read as it closes and dropped from the tree. */
export function readTmx(input: string): BilingualUnits {
  let header: XmlElement | undefined;
  let srcLang: string | undefined;
  let tgtLang: string | undefined;
  const units: BilingualUnit[] = [];
  const doc = parseXml(input, {
    onClose(el, ancestors, text) {
      const name = localName(el.name);
      if (ancestors.length === 1 && name === 'header') {
        header = el;
        const srclang = el.attrs.srclang;
        if (srclang === undefined) invalidAt(text, el.offset, 'tmx-header-no-srclang');
        if (srclang !== '*all*') srcLang = srclang;
        return false;
      }
      if (name !== 'tu' || ancestors.length !== 2 || localName(ancestors[0]!.name) !== 'tmx') return false;
      if (!header) invalidAt(text, el.offset, 'tmx-tu-before-header');
      const tuvs = childElements(el, 'tuv').map((tuv) => ({ tuv, lang: tuvLang(tuv, text) }));
      if (tuvs.length === 0) invalidAt(text, el.offset, 'tmx-tu-no-tuv');
      srcLang ??= tuvs[0]!.lang;
      const src = tuvs.find((t) => sameLang(t.lang, srcLang!));
      const others = tuvs.filter((t) => t !== src);
      tgtLang ??= others[0]?.lang;
      const tgt = others.find((t) => sameLang(t.lang, tgtLang ?? ''));
      units.push(readTu(el, src?.tuv, tgt?.tuv, units.length, text));
      return true;
    },
  });
  const { root, text } = doc;
  if (localName(root.name) !== 'tmx') throw new ExchangeError('unsupported', 'tmx-root', { root: root.name });
  if (!header) invalidAt(text, root.offset, 'tmx-no-header');
  if (childElements(root, 'body').length === 0) invalidAt(text, root.offset, 'tmx-no-body');
  const headerProps = new Map(childElements(header, 'prop').map((p) => [p.attrs.type ?? '', plainText(p)]));
  const level: Level = header.attrs.segtype === 'sentence' ? 'sentence' : 'paragraph';
  const date = isoFromTmx(header.attrs.creationdate);
  const srcName = headerProps.get('x-source-name');
  const tgtName = headerProps.get('x-target-name');
  return {
    header: {
      srcLang: srcLang ?? 'und',
      tgtLang: tgtLang ?? 'und',
      level,
      ...(srcName === undefined ? {} : { srcName }),
      ...(tgtName === undefined ? {} : { tgtName }),
      tool: {
        name: header.attrs.creationtool ?? EXCHANGE_TOOL.name,
        version: header.attrs.creationtoolversion ?? '',
      },
      ...(date === undefined ? {} : { date }),
    },
    units,
  };
}

function readTu(
  tu: XmlElement,
  src: XmlElement | undefined,
  tgt: XmlElement | undefined,
  index: number,
  text: string,
): BilingualUnit {
  const props = childElements(tu, 'prop');
  const prop = (type: string) => props.find((p) => p.attrs.type === type);
  const lines = [
    ...props.filter((p) => p.attrs.type === 'x-finding' || p.attrs.type === 'x-fix').map(plainText),
    ...childElements(tu, 'note').map(plainText),
  ];
  const { findings, fixes, notes } = collectUnitLines(lines);
  const source = src ? segText(src, text) : '';
  const target = tgt ? segText(tgt, text) : '';
  const statusProp = prop('x-status');
  const statusText = statusProp ? plainText(statusProp) : undefined;
  const status = (PAIR_STATUSES as readonly string[]).includes(statusText ?? '')
    ? (statusText as PairStatus)
    : source === '' || target === ''
      ? 'unpaired'
      : 'confirmed';
  const confidenceProp = prop('x-confidence');
  const confidence = confidenceProp ? parseConfidence(plainText(confidenceProp)) : 1;
  if (confidence === undefined) invalidAt(text, confidenceProp!.offset, 'tmx-confidence');
  return {
    id: tu.attrs.tuid ?? String(index + 1),
    source,
    target,
    confidence,
    status,
    findings,
    fixes,
    notes,
  };
}

function tuvLang(tuv: XmlElement, text: string): string {
  const lang = tuv.attrs['xml:lang'] ?? tuv.attrs.lang;
  if (lang === undefined) invalidAt(text, tuv.offset, 'tmx-tuv-no-lang');
  return lang;
}

/** `en` matches `en-US` and `EN`; an exact match is not required. */
function sameLang(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.split('-')[0] === y.split('-')[0];
}

function segText(tuv: XmlElement, text: string): string {
  const seg = childElements(tuv, 'seg')[0];
  if (!seg) invalidAt(text, tuv.offset, 'tmx-tuv-no-seg');
  return inlineText(seg);
}

const CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut', 'sub']);

function inlineText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (localName(c.name) === 'ph' && c.attrs.type === 'x-cp') out += codeUnit(plainText(c));
    else if (!CODES.has(localName(c.name))) out += inlineText(c);
  }
  return out;
}

/** The character of a `x-cp` placeholder (hex code unit); nothing if unreadable. */
export function codeUnit(hex: string): string {
  return /^[0-9A-Fa-f]{1,4}$/.test(hex) ? String.fromCharCode(Number.parseInt(hex, 16)) : '';
}

function plainText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : plainText(c);
  return out;
}

function isoFromTmx(date: string | undefined): string | undefined {
  const m = date && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined;
}
