/**
 * Quotation marks and the quotations they delimit: a pure, reusable module (the checks and the
 * quote tracer use it). Marks are « » ‹ › “ ” „ ‘ ’ ‚ and the straight " and ', plus the
 * makeshift `''` and `,,` and the `œ` remnant of a lost “ (see quote-remnants.ts). Which side a
 * mark is on is read from its glyph and, when the glyph is ambiguous or contradicted, from its
 * flanks (the left/right-flanking test of CommonMark's emphasis rules): a mark glued to the
 * next word and not to the previous one opens; glued to the previous and not the next, it
 * closes. Pairing (../quote/pair-quote-marks.ts, shared with the quote extraction) is a stack
 * per family, within a paragraph; a quotation left open continues into the next paragraph when
 * that paragraph reopens with « or » (or “ in English), the convention for quotations of
 * several paragraphs.
 */
import { joinWrappedLines } from '../quote/join-wrapped-lines.ts';
import { type PairableMark, type PairedRole, pairQuoteMarks } from '../quote/pair-quote-marks.ts';
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
  /** Span of the quotation, marks included (an unclosed one ends at the first sentence end after its last inner mark). */
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
    if (glyph === "'" || glyph === '’' || glyph === "''") {
      // Apostrophes: between two letters (l'homme, don’t, and doubled: l''homme), or after a
      // letter before a letter-free stretch is ambiguous; only a following letter with a
      // preceding space makes ' an opener.
      const prev = text[index - 1];
      const next = text[index + glyph.length];
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
  marks.sort((a, b) => a.index - b.index);
  guillemetMakeshifts(text, marks);
  return marks;
}

/**
 * A makeshift `''` glued to a word on one side, with a guillemet next to it on that side (no mark
 * between, on the same line), stands for the other guillemet: the closer of
 * `«œDes conséquences néfastes découleront'', a déclaré`, the opener of `a dit ''Nous … »`. It is
 * read as one of their family (a spaced one, `réputation '' peuvent … fin  »`, says nothing).
 */
function guillemetMakeshifts(text: string, marks: RawMark[]): void {
  if (!marks.some((m) => m.glyph === "''")) return;
  // The line of each mark, in one pass (a search per mark is quadratic on a long line).
  const lineOf: number[] = [];
  let line = 0;
  let end = text.indexOf('\n');
  for (const m of marks) {
    while (end !== -1 && m.index > end) {
      end = text.indexOf('\n', end + 1);
      line++;
    }
    lineOf.push(line);
  }
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (m.glyph !== "''") continue;
    const before = lineOf[k - 1] === lineOf[k] ? marks[k - 1] : undefined;
    const after = lineOf[k + 1] === lineOf[k] ? marks[k + 1] : undefined;
    // Its flanks must say the same side: a spaced '' (`réputation '' peuvent`) stays as it is.
    const { left, right } = flanks(text, m.index, m.length);
    const closes = left && !right && before?.glyph === '«';
    const opens = right && !left && after?.glyph === '»';
    if (closes === opens) continue;
    m.family = 'guillemet';
    m.glyph_side = closes ? 'close' : 'open';
  }
}

/** Spans of the non-blank lines (paragraphs) of a text: a quotation continues across blank lines. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // By indexOf, not a /[^\n]+/u match: V8 overflows its stack matching a line of 10 MB.
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end > start && /\S/u.test(text.slice(start, end))) spans.push([start, end]);
    start = end + 1;
  }
  return spans;
}

/**
 * Find every quotation mark of `text` and pair them into quotations. The marks are read here
 * (glyph, flanks, makeshift forms); the pairing is the engine's one pairer
 * (src/core/quote/pair-quote-marks.ts), shared with the quote extraction.
 */
export function analyzeQuotes(text: string, lang = 'fr', isWord?: (w: string) => boolean): QuoteAnalysis {
  const raw = rawMarks(text, lang, isWord);
  const pairable: PairableMark[] = raw.map((m) => ({
    span: [m.index, m.index + m.length],
    group: m.family,
    role: m.glyph_side,
    garbled: m.makeshift,
    // « or » (or “ and " in English) at a paragraph's start continue a quotation carried over.
    continues:
      (m.family === 'guillemet' && (m.glyph === '«' || m.glyph === '»')) ||
      (m.family === 'double' && (m.glyph === '“' || m.glyph === '"')),
  }));
  const reversedOf = raw.map(() => false);
  // The side of a mark from its glyph, corrected by its flanks and by whether one of its family is open.
  const resolve = (k: number, open: PairableMark | null): 'open' | 'close' | 'skip' => {
    const m = raw[k]!;
    const pending = open !== null;
    const { left, right } = flanks(text, m.index, m.length);
    if (m.glyph_side === 'open') {
      // An opener glued to the word before it and followed by a space, while one of its family is
      // open, is a closer written with the wrong glyph.
      if (left && !right && pending && !m.makeshift) {
        reversedOf[k] = true;
        return 'close';
      }
      return 'open';
    }
    if (m.glyph_side === 'close') {
      if (m.glyph === '’' && !pending) return 'skip'; // possessive or elision after a word: employees’ letter
      if (right && !left && !pending && m.glyph !== '»' && m.glyph !== '›') {
        reversedOf[k] = true;
        return 'open';
      }
      return 'close';
    }
    // Straight marks and '': the flanks decide, and when they do not, whether one is open.
    if (right && !left) return 'open';
    if (left && !right) return pending ? 'close' : m.glyph === "'" ? 'skip' : 'close';
    return pending ? 'close' : 'open';
  };
  // The lines of hard-wrapped text are joined back into paragraphs, as the quote extraction does.
  const lines = joinWrappedLines(text, lineSpans(text));
  const pairing = pairQuoteMarks(text, lines, pairable, {
    resolve,
    // Straight single quotes that never close were apostrophes after all (’90s, 'em).
    keep: (q) => !(q.unbalanced === 'no-closer' && raw[q.firstMark]!.glyph === "'"),
    // French dialogue inside guillemets: turns opening with — continue the « quotation.
    dialogue: (k) => raw[k]!.glyph === '«',
  });
  // Line number of each mark (from 0, blank lines counted).
  const lineOf: number[] = [];
  let line = 0;
  // The first line break not yet passed, found once: searching again from each mark ran to the
  // end of a long last line every time (quadratic in a one-line file).
  let newline = text.indexOf('\n');
  for (const m of raw) {
    while (newline !== -1 && newline < m.index) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    lineOf.push(line);
  }
  const ROLE: Record<PairedRole, MarkRole> = {
    open: 'open',
    close: 'close',
    continuation: 'reopen',
    skip: 'apostrophe',
  };
  const marks: QuoteMark[] = raw.map((m, k) => {
    const p = pairing.marks[k]!;
    let role = ROLE[p.role];
    if (role === 'open' && p.pair === -1 && m.glyph === "'") role = 'apostrophe';
    return {
      index: m.index,
      length: m.length,
      glyph: m.glyph,
      family: m.family,
      role,
      reversed: reversedOf[k]!,
      makeshift: m.makeshift,
      pair: p.pair,
      depth: p.depth,
      paragraph: lineOf[k]!,
    };
  });
  const quotations: Quotation[] = pairing.quotes.map((q) => {
    const first = marks[q.firstMark]!;
    const opened = first.role !== 'close';
    const closer = opened ? (first.pair === -1 ? undefined : marks[first.pair]) : first;
    return {
      open: opened ? first.index : -1,
      close: closer ? closer.index : -1,
      start: q.span[0],
      end: q.span[1],
      innerStart: q.inner[0],
      innerEnd: q.inner[1],
      mark: first.glyph,
      closeMark: closer ? closer.glyph : '',
      balanced: q.unbalanced === null,
      depth: first.depth,
    };
  });
  return { marks, quotations };
}

/** The quotations of `text` (balanced or not), in text order. */
export function findQuotations(text: string, lang = 'fr'): Quotation[] {
  return [...analyzeQuotes(text, lang).quotations];
}
