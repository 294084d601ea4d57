/**
 * Quotation marks and the quotations they delimit: a pure, reusable module (the checks and the
 * quote tracer use it). Marks are « » ‹ › “ ” „ ‘ ’ ‚ and the straight " and ', plus the
 * makeshift `''` and `,,` and the `œ` remnant of a lost “ (see quote-remnants.ts). Which side a
 * mark is on is read from its glyph and, when the glyph is ambiguous or contradicted, from its
 * flanks (the left/right-flanking test of CommonMark's emphasis rules): a mark glued to the
 * next word and not to the previous one opens; glued to the previous and not the next, it
 * closes. Pairing is a stack per family, within a paragraph; a quotation left open continues
 * into the next paragraph when that paragraph reopens with « or » (or “ in English), the
 * convention for quotations of several paragraphs.
 */
import { findQuoteRemnants } from './quote-remnants.ts';

/** Families of marks that pair with each other. */
export type QuoteFamily = 'guillemet' | 'single-guillemet' | 'double' | 'single';

/** What a mark does once its context is read. */
export type MarkRole = 'open' | 'close' | 'reopen' | 'apostrophe';

/** One quotation mark in the text. */
export interface QuoteMark {
  readonly index: number;
  readonly length: number;
  readonly glyph: string;
  readonly family: QuoteFamily;
  readonly role: MarkRole;
  /** A mark of the wrong side for its role (`jamais« ce…` closing with «). */
  readonly reversed: boolean;
  /** A makeshift mark: `''`, `,,`, or the `œ` remnant of a lost “. */
  readonly makeshift: boolean;
  /** Index in `marks` of the mark it pairs with, or -1. */
  readonly pair: number;
  /** Nesting depth of the quotation it opens or closes (0 = outermost). */
  readonly depth: number;
  /** Paragraph (line) number, from 0. */
  readonly paragraph: number;
}

/** One quotation: from its opening mark to its closing mark. */
export interface Quotation {
  /** Offset of the opening mark, or -1 for a closing mark with no opener. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the quotation is never closed. */
  readonly close: number;
  /** Span of the quotation, marks included (an unclosed one runs to its paragraph's end). */
  readonly start: number;
  readonly end: number;
  /** Span of the quoted words, marks and their inner spaces excluded. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** The opening mark as written (the closing one when there is no opener). */
  readonly mark: string;
  readonly closeMark: string;
  readonly balanced: boolean;
  readonly depth: number;
}

/** All marks and quotations of a text. */
export interface QuoteAnalysis {
  readonly marks: readonly QuoteMark[];
  readonly quotations: readonly Quotation[];
}

const MARK = /''|,,|[«»‹›“”„‘’‚"']/g;
const SPACE = /[\s\u00a0\u202f\u2009]/;
const WORDISH = /[\p{L}\p{N}]/u;
const OPEN_PUNCT = /[([{—–-]/;
const SENTENCE_BREAK = /[.!?…][\s\u00a0\u202f]+\p{Lu}/u;

interface RawMark {
  index: number;
  length: number;
  glyph: string;
  family: QuoteFamily;
  /** Side the glyph says: open, close, or either. */
  glyph_side: 'open' | 'close' | 'either';
  makeshift: boolean;
}

function familyOf(glyph: string): QuoteFamily {
  if (glyph === '«' || glyph === '»') return 'guillemet';
  if (glyph === '‹' || glyph === '›') return 'single-guillemet';
  if (glyph === '‘' || glyph === '’' || glyph === '‚' || glyph === "'") return 'single';
  return 'double';
}

function glyphSide(glyph: string, lang: string): RawMark['glyph_side'] {
  const de = lang === 'de';
  switch (glyph) {
    case '«':
    case '‹':
      return de ? 'close' : 'open';
    case '»':
    case '›':
      return de ? 'open' : 'close';
    case '“':
    case '‘':
      return de ? 'close' : 'open';
    case '”':
    case '’':
      return 'close';
    case '„':
    case '‚':
    case ',,':
      return 'open';
    default:
      return 'either';
  }
}

// Flanks: does the mark touch a word on its left, on its right?
function flanks(text: string, index: number, length: number): { left: boolean; right: boolean } {
  const prev = text[index - 1];
  const next = text[index + length];
  const left = prev !== undefined && !SPACE.test(prev) && !OPEN_PUNCT.test(prev) && prev !== '«';
  const right = next !== undefined && !SPACE.test(next) && !/[.,;:!?)\]}»…]/.test(next);
  return { left, right };
}

function rawMarks(text: string, lang: string, isWord?: (w: string) => boolean): RawMark[] {
  const marks: RawMark[] = [];
  for (const m of text.matchAll(MARK)) {
    const glyph = m[0];
    const index = m.index;
    if (glyph === "'" || glyph === '’') {
      // Apostrophes: between two letters (l'homme, don’t), or after a letter before a letter-free
      // stretch is ambiguous; only a following letter with a preceding space makes ' an opener.
      const prev = text[index - 1];
      const next = text[index + 1];
      if (prev !== undefined && next !== undefined && WORDISH.test(prev) && WORDISH.test(next)) continue;
    }
    marks.push({
      index,
      length: glyph.length,
      glyph,
      family: familyOf(glyph === "''" ? '"' : glyph === ',,' ? '„' : glyph),
      glyph_side: glyphSide(glyph, lang),
      makeshift: glyph === "''" || glyph === ',,',
    });
  }
  // A word-initial œ remnant is a lost “ that opened a quotation.
  for (const r of findQuoteRemnants(text, isWord)) {
    if (r.role !== 'word-initial') continue;
    marks.push({
      index: r.index,
      length: 1,
      glyph: 'œ',
      family: 'double',
      glyph_side: 'open',
      makeshift: true,
    });
  }
  return marks.sort((a, b) => a.index - b.index);
}

interface Open {
  mark: number;
}

/** Find every quotation mark of `text` and pair them into quotations. */
export function analyzeQuotes(text: string, lang = 'fr', isWord?: (w: string) => boolean): QuoteAnalysis {
  const raw = rawMarks(text, lang, isWord);
  const marks: QuoteMark[] = [];
  const pairOf: number[] = [];
  const depthOf: number[] = [];
  const roleOf: MarkRole[] = [];
  const reversedOf: boolean[] = [];
  const paraOf: number[] = [];
  // Paragraph boundaries (lines).
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineEnd = (p: number): number => (p + 1 < lineStarts.length ? lineStarts[p + 1]! - 1 : text.length);
  const firstCharOf = (p: number): number => {
    let i = lineStarts[p]!;
    const end = lineEnd(p);
    while (i < end && SPACE.test(text[i]!)) i++;
    return i;
  };

  let stack: Open[] = [];
  let para = 0;
  const closeParagraph = (next: number): void => {
    // Carry open quotations into paragraph `next` when it reopens with the same family.
    if (stack.length > 0 && next < lineStarts.length) {
      const first = firstCharOf(next);
      const g = text[first];
      const top = raw[stack[stack.length - 1]!.mark]!;
      const reopens =
        (top.family === 'guillemet' && (g === '«' || g === '»')) ||
        (top.family === 'double' && (g === '“' || g === '"'));
      if (reopens) return;
    }
    stack = [];
  };

  for (let k = 0; k < raw.length; k++) {
    const m = raw[k]!;
    while (para + 1 < lineStarts.length && m.index >= lineStarts[para + 1]!) {
      closeParagraph(para + 1);
      para++;
    }
    paraOf[k] = para;
    pairOf[k] = -1;
    reversedOf[k] = false;
    const { left, right } = flanks(text, m.index, m.length);
    const pending = stack.findLastIndex((o) => raw[o.mark]!.family === m.family);
    let role: MarkRole;
    if (
      m.index === firstCharOf(para) &&
      stack.length > 0 &&
      pending !== -1 &&
      k > 0 &&
      paraOf[k - 1]! < para
    ) {
      // The mark that reopens a quotation continued from the previous paragraph.
      role = 'reopen';
    } else if (m.glyph_side === 'open') {
      // An opener glued to the word before it and followed by a space, while one of its family is
      // open, is a closer written with the wrong glyph.
      if (left && !right && pending !== -1 && !m.makeshift) {
        role = 'close';
        reversedOf[k] = true;
      } else role = 'open';
    } else if (m.glyph_side === 'close') {
      if (m.glyph === '’' && pending === -1) {
        role = 'apostrophe'; // possessive or elision after a word: employees’ letter
      } else if (right && !left && pending === -1 && m.glyph !== '»' && m.glyph !== '›') {
        role = 'open';
        reversedOf[k] = true;
      } else role = 'close';
    } else {
      // Straight marks and '': the flanks decide, and when they do not, whether one is open.
      if (right && !left) role = 'open';
      else if (left && !right) role = pending !== -1 ? 'close' : m.glyph === "'" ? 'apostrophe' : 'close';
      else role = pending !== -1 ? 'close' : 'open';
    }
    roleOf[k] = role;
    if (role === 'open' && stack.length > 0) {
      // The same opening glyph again, after a sentence ended: the previous quotation was left
      // open (« a. Puis « b » …), not nested, since nesting uses the other style of marks.
      const top = raw[stack[stack.length - 1]!.mark]!;
      if (top.glyph === m.glyph && SENTENCE_BREAK.test(text.slice(top.index + top.length, m.index)))
        stack.pop();
    }
    if (role === 'open') {
      depthOf[k] = stack.length;
      stack.push({ mark: k });
    } else if (role === 'close') {
      if (pending === -1) {
        depthOf[k] = stack.length;
      } else {
        // Everything opened above the match is left unclosed (its pair stays -1).
        const o = stack[pending]!;
        pairOf[k] = o.mark;
        pairOf[o.mark] = k;
        depthOf[k] = pending;
        stack = stack.slice(0, pending);
      }
    } else {
      depthOf[k] = Math.max(0, stack.length - 1);
    }
  }
  while (para + 1 < lineStarts.length) {
    closeParagraph(para + 1);
    para++;
  }

  for (let k = 0; k < raw.length; k++) {
    const m = raw[k]!;
    // Straight single quotes that never close were apostrophes after all (’90s, 'em).
    let role = roleOf[k]!;
    if (role === 'open' && pairOf[k] === -1 && m.glyph === "'") role = 'apostrophe';
    marks.push({
      index: m.index,
      length: m.length,
      glyph: m.glyph,
      family: m.family,
      role,
      reversed: reversedOf[k]!,
      makeshift: m.makeshift,
      pair: pairOf[k]!,
      depth: depthOf[k] ?? 0,
      paragraph: paraOf[k]!,
    });
  }

  const quotations: Quotation[] = [];
  const inner = (s: number, e: number): [number, number] => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    return [s, e];
  };
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (m.role === 'open') {
      const c = m.pair === -1 ? undefined : marks[m.pair];
      const end = c ? c.index + c.length : lineEnd(m.paragraph);
      const [innerStart, innerEnd] = inner(m.index + m.length, c ? c.index : end);
      quotations.push({
        open: m.index,
        close: c ? c.index : -1,
        start: m.index,
        end,
        innerStart,
        innerEnd,
        mark: m.glyph,
        closeMark: c ? c.glyph : '',
        balanced: c !== undefined,
        depth: m.depth,
      });
    } else if (m.role === 'close' && m.pair === -1) {
      const start = lineStarts[m.paragraph]!;
      const [innerStart, innerEnd] = inner(start, m.index);
      quotations.push({
        open: -1,
        close: m.index,
        start,
        end: m.index + m.length,
        innerStart,
        innerEnd,
        mark: m.glyph,
        closeMark: m.glyph,
        balanced: false,
        depth: m.depth,
      });
    }
  }
  quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { marks, quotations };
}

/** The quotations of `text` (balanced or not), in text order. */
export function findQuotations(text: string, lang = 'fr'): Quotation[] {
  return [...analyzeQuotes(text, lang).quotations];
}
