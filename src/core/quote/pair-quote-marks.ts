/**
 * The one quotation-mark pairer of the engine, shared by the checks' quote rules
 * (src/core/check/quote-marks.ts) and the quote extraction (extract-quotations.ts). Each caller
 * reads marks its own way (glyph, flanks, garbled forms) and says which group a mark pairs
 * within; the pairing is the same stack machine for both, paragraph by paragraph.
 *
 * Rules: a closer closes the nearest open quotation of its group, leaving anything nested above
 * it unclosed. A second opener of the same group while one is open nests, unless a sentence
 * ended in between with no mark and the next two marks of the group are not both closers: then
 * the first one lost its closer and ends at that sentence end; and one level of such nesting at most: a third opener closes the innermost as unclosed,
 * so that n unclosed openers give n short quotations (linear). A quotation still open at the
 * end of a paragraph continues if it opened its paragraph or a sentence (or followed a colon, comma or dash)
 * and the next paragraph opens with a mark of its group that may continue one (« or » in French, “ in English: the convention for quotations over several
 * paragraphs), or, once so continued, if the next paragraph's first mark of its group closes it
 * (`« A.¶« B.¶C. »`), or, where the caller allows it, if the next paragraph opens with a
 * dialogue dash (`« A, dit-il.¶— B ?¶— C. »`); otherwise it ends at the first sentence end after its last inner mark
 * (or continuation mark) in its last paragraph. So does
 * a quotation still open MAX_QUOTATION_PART characters into a paragraph. A closer
 * with no opener starts a quotation at its sentence's start (or after the previous mark, if
 * nearer).
 */
import type { Span } from '../model/document.ts';
import type { ExtractedQuoteMark } from './quotation.ts';

/** A mark as a caller read it, ready for pairing. */
export interface PairableMark {
  readonly span: Span;
  /** Marks pair only within their group. */
  readonly group: string;
  /** The side the caller read; `either` is decided by `resolve` (or by the default rule). */
  readonly role: 'open' | 'close' | 'either';
  readonly garbled: boolean;
  /** Whether, first in a paragraph, it may continue a quotation carried from the previous one. */
  readonly continues: boolean;
}

/** What a mark does once paired. */
export type PairedRole = 'open' | 'close' | 'continuation' | 'skip';

/** The pairing of one mark. */
export interface MarkPairing {
  readonly role: PairedRole;
  /** Index of the mark it pairs with, or -1. */
  readonly pair: number;
  /** Nesting depth of the quotation it opens, closes or continues (0 = outermost). */
  readonly depth: number;
  /** Index of the paragraph it lies in. */
  readonly paragraph: number;
}

/** A paired quotation before ids, speakers and text are attached. */
export interface PairedQuote {
  readonly span: Span;
  readonly inner: Span;
  readonly unbalanced: 'no-closer' | 'no-opener' | null;
  readonly marks: readonly ExtractedQuoteMark[];
  /** Index in the returned list of the innermost enclosing quotation, or -1. */
  readonly parent: number;
  readonly paragraph: number;
  /** Group of its marks. */
  readonly group: string;
  /** Index (in the marks given) of its first mark: the opener, or the closer with no opener. */
  readonly firstMark: number;
}

/** The pairing of every mark and the quotations they delimit, in text order. */
export interface QuotePairing {
  readonly marks: readonly MarkPairing[];
  readonly quotes: readonly PairedQuote[];
}

/**
 * Decides the role of mark `index` given the innermost open mark of its group (or null):
 * 'open', 'close', or 'skip' (not a quotation mark after all: an apostrophe).
 */
export type ResolveRole = (index: number, open: PairableMark | null) => 'open' | 'close' | 'skip';

/** Options of pairQuoteMarks. */
export interface PairOptions {
  /** How a mark's role is decided in context (default: `either` closes an open quotation with words). */
  readonly resolve?: ResolveRole;
  /** Which quotations to return (default all with words inside); parents are computed among those kept. */
  readonly keep?: (quote: Omit<PairedQuote, 'parent'>) => boolean;
  /**
   * Whether the quotation opened by mark `index` runs on over paragraphs that open with a dash
   * (`« Nous avons tout essayé, dit-il.¶— Et maintenant ?¶— Nous continuerons. »`: French
   * dialogue inside guillemets, each turn a paragraph opening with —). Default: none does.
   */
  readonly dialogue?: (index: number) => boolean;
}

/** The default rule: a mark read as `either` closes when its group is open with words inside. */
const defaultResolve =
  (marks: readonly PairableMark[]): ResolveRole =>
  (index, open) => {
    const mark = marks[index]!;
    if (mark.role !== 'either') return mark.role;
    return open !== null && open.span[1] < mark.span[0] ? 'close' : 'open';
  };

type Unparented = Omit<PairedQuote, 'parent'>;

interface Open {
  readonly index: number;
  readonly mark: PairableMark;
  readonly paragraph: number;
  readonly continuations: ExtractedQuoteMark[];
  /** End of the last mark seen inside it (for the fallback end). */
  lastInner: number;
  /** Start of its part in the current paragraph: its opener, or the mark that continued it here. */
  partStart: number;
  /** Paragraph of that part: an unclosed quotation ends there, not in its first paragraph. */
  partParagraph: number;
  slot: number;
}

/**
 * Longest part of a quotation within one paragraph, in characters: an opener whose closer has
 * not come this far after it lost its closer. A news paragraph quoted whole is shorter (the
 * longest quotation in newstest2012's French, one paragraph per line, is 711 characters); a
 * text pasted as one line is one paragraph, where a straight quote read as an opener (`'il`)
 * was closed by an apostrophe 95,000 characters on, and the diff of two such quotations ran out
 * of memory.
 */
export const MAX_QUOTATION_PART = 3000;

const SENTENCE_END = /[.!?…](?=[\s\u00a0\u202f]|$)/u;

/**
 * First sentence end at or after `from` and before `limit`, or `limit`. The search stops at
 * `limit`: a search to the end of the text, for each unclosed opener of a text without a full
 * stop, was quadratic.
 */
function sentenceEndAfter(text: string, from: number, limit: number): number {
  // One character past the limit, for the lookahead on the character after a final stop.
  const match = SENTENCE_END.exec(text.slice(from, limit + 1));
  const end = match ? from + match.index : limit;
  return end < limit ? end + 1 : limit;
}

/**
 * Start of the sentence holding `at`, not before `floor`. A stop right before `at` ends that
 * sentence, not the one before (`… rien. »`: the closer's sentence is the one the stop ends).
 */
function sentenceStartBefore(text: string, at: number, floor: number): number {
  let start = floor;
  const head = text.slice(floor, at).replace(/[.!?…]+[\s\u00a0\u202f]*$/u, '');
  for (const match of head.matchAll(/[.!?…][\s\u00a0\u202f]+/gu)) {
    start = floor + match.index + match[0].length;
  }
  return start;
}

/**
 * Whether an opener can start a quotation of several paragraphs: at its paragraph's start, at
 * a sentence's start, or after a colon, comma or dash (`écrivent-ils : « …`). An opener inside a phrase (`une politique
 * « zéro tolérance`) quotes a few words; if it is left open, the next paragraph's « is a new
 * quotation, not a continuation.
 */
function opensPassage(text: string, at: number, paragraphStart: number): boolean {
  let i = at - 1;
  while (i >= paragraphStart && /[\s\u00a0\u202f]/u.test(text[i]!)) i--;
  return i < paragraphStart || /[:,—–.!?…-]/u.test(text[i]!);
}

/**
 * Whether the quotation `carried`, already continued into a paragraph of its own, is closed in
 * the paragraph whose marks start at `m` (and end before `pEnd`): that paragraph's first mark of
 * its group is a closer.
 */
function closesUnreopened(marks: readonly PairableMark[], m: number, pEnd: number, carried: Open): boolean {
  if (carried.continuations.length === 0) return false;
  for (let k = m; k < marks.length && marks[k]!.span[0] < pEnd; k++) {
    if (marks[k]!.group === carried.mark.group) return marks[k]!.role === 'close';
  }
  return false;
}

/**
 * Whether the next two marks of mark `m`'s group in its paragraph are closers: the one it opens
 * is closed, and so is one still open before it, which had not lost its closer (`"Cela a été …
 * 1981. À partir de là, "Cuco" Ortiz … l'équipe", indique Reyes.`).
 */
function closedTwiceAhead(marks: readonly PairableMark[], m: number, pEnd: number): boolean {
  let closers = 0;
  for (let k = m + 1; k < marks.length && marks[k]!.span[0] < pEnd; k++) {
    if (marks[k]!.group !== marks[m]!.group) continue;
    if (marks[k]!.role !== 'close') return false;
    if (++closers === 2) return true;
  }
  return false;
}

// A paragraph opening with a dialogue dash (em dash, or the en dash some typesetters use).
const DIALOGUE_DASH = /^[\s\u00a0\u202f]*[—–]/u;

const hasSentenceEnd = (text: string, from: number, to: number): boolean =>
  /[.!?…][\s\u00a0\u202f]+\p{Lu}/u.test(text.slice(from, to));

/**
 * Pair `marks` (in text order) over `text` split into `paragraphs` (spans, in order; blank
 * lines left out, so that a quotation continues across them).
 */
export function pairQuoteMarks(
  text: string,
  paragraphs: readonly Span[],
  marks: readonly PairableMark[],
  options: PairOptions = {},
): QuotePairing {
  const resolve = options.resolve ?? defaultResolve(marks);
  const out: (Unparented | null)[] = [];
  const pairing: { role: PairedRole; pair: number; depth: number; paragraph: number }[] = marks.map(() => ({
    role: 'skip',
    pair: -1,
    depth: 0,
    paragraph: 0,
  }));
  let stack: Open[] = [];
  let m = 0;
  const trim = (s: number, e: number): Span => {
    let a = s;
    let b = e;
    while (a < b && /\s/u.test(text[a]!)) a++;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
    return [a, b];
  };
  const emit = (
    open: Open,
    inner: Span,
    close: { index: number; mark: PairableMark } | null,
    end: number,
  ) => {
    const quoteMarks: ExtractedQuoteMark[] = [
      { span: open.mark.span, role: 'open', garbled: open.mark.garbled },
      ...open.continuations,
    ];
    if (close) quoteMarks.push({ span: close.mark.span, role: 'close', garbled: close.mark.garbled });
    out[open.slot] = {
      span: [open.mark.span[0], end],
      inner: trim(inner[0], inner[1]),
      unbalanced: close ? null : 'no-closer',
      marks: quoteMarks,
      paragraph: open.paragraph,
      group: open.mark.group,
      firstMark: open.index,
    };
  };
  // Close an unclosed quotation at the first sentence end after its last inner mark.
  const closeUnbalanced = (open: Open, limit: number) => {
    const end = sentenceEndAfter(text, Math.max(open.lastInner, open.mark.span[1]), limit);
    emit(open, [open.mark.span[1], end], null, end);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p]!;
    while (m < marks.length && marks[m]!.span[0] < pStart) m++;
    const first = marks[m];
    // Carried quotations: continue if this paragraph opens with a mark that continues the outermost.
    if (stack.length > 0) {
      const carried = stack[0]!;
      const reopens =
        opensPassage(text, carried.mark.span[0], paragraphs[carried.paragraph]![0]) &&
        first !== undefined &&
        first.span[0] < pEnd &&
        first.continues &&
        first.group === carried.mark.group &&
        text.slice(pStart, first.span[0]).trim() === '';
      // A dialogue turn (`— Et maintenant ?`) continues the quotation; the dash stays a word of it.
      const dialogueTurn =
        !reopens &&
        (options.dialogue?.(carried.index) ?? false) &&
        opensPassage(text, carried.mark.span[0], paragraphs[carried.paragraph]![0]) &&
        DIALOGUE_DASH.test(text.slice(pStart, pEnd));
      if (dialogueTurn) {
        for (const open of stack) {
          open.partStart = pStart;
          open.partParagraph = p;
          open.lastInner = pStart;
        }
      } else if (reopens) {
        carried.continuations.push({ span: first.span, role: 'continuation', garbled: first.garbled });
        for (const open of stack) {
          open.partStart = first.span[0];
          open.partParagraph = p;
          open.lastInner = first.span[1];
        }
        pairing[m] = { role: 'continuation', pair: -1, depth: stack.length - 1, paragraph: p };
        m++;
      } else if (closesUnreopened(marks, m, pEnd, carried) && stack.length === 1) {
        // A quotation carried over paragraphs whose last one closes it without reopening it
        // (`« A.¶« B.¶C. »`): it runs on to that closer.
        carried.partStart = pStart;
        carried.partParagraph = p;
      } else {
        const pending = stack;
        stack = [];
        for (const open of pending) closeUnbalanced(open, paragraphs[open.partParagraph]![1]);
      }
    }
    let lastMarkEnd = pStart;
    for (; m < marks.length && marks[m]!.span[0] < pEnd; m++) {
      const mark = marks[m]!;
      // Quotations open for too long lost their closer (and those nested in them with them).
      const stale = stack.findIndex((open) => mark.span[0] - open.partStart > MAX_QUOTATION_PART);
      if (stale >= 0) while (stack.length > stale) closeUnbalanced(stack.pop()!, mark.span[0]);
      let idx = -1;
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.mark.group === mark.group) {
          idx = i;
          break;
        }
      }
      const role = resolve(m, idx >= 0 ? stack[idx]!.mark : null);
      if (role === 'skip') {
        pairing[m] = { role: 'skip', pair: -1, depth: Math.max(0, stack.length - 1), paragraph: p };
        continue;
      }
      if (role === 'close') {
        if (idx < 0) {
          pairing[m] = { role: 'close', pair: -1, depth: stack.length, paragraph: p };
          // A closer with no opener: the quotation starts at its sentence (or after the last mark).
          const start = sentenceStartBefore(text, mark.span[0], lastMarkEnd);
          out.push({
            span: [start, mark.span[1]],
            inner: trim(start, mark.span[0]),
            unbalanced: 'no-opener',
            marks: [{ span: mark.span, role: 'close', garbled: mark.garbled }],
            paragraph: p,
            group: mark.group,
            firstMark: m,
          });
        } else {
          while (stack.length > idx + 1) closeUnbalanced(stack.pop()!, mark.span[0]);
          const open = stack.pop()!;
          pairing[m] = { role: 'close', pair: open.index, depth: idx, paragraph: p };
          pairing[open.index]!.pair = m;
          emit(open, [open.mark.span[1], mark.span[0]], { index: m, mark }, mark.span[1]);
          if (stack.length > 0) stack[stack.length - 1]!.lastInner = mark.span[1];
        }
      } else {
        while (
          stack.length > 0 &&
          stack[stack.length - 1]!.mark.group === mark.group &&
          hasSentenceEnd(text, stack[stack.length - 1]!.lastInner, mark.span[0]) &&
          !closedTwiceAhead(marks, m, pEnd)
        ) {
          closeUnbalanced(stack.pop()!, mark.span[0]);
        }
        // One level of same-group nesting at most (« … « … » … »): a third opener of the
        // group means the innermost one lost its closer, so it ends here. Without this limit a
        // run of unclosed openers nests without end: n quotations of O(n) text each.
        const sameGroup: number[] = [];
        for (let i = 0; i < stack.length; i++) if (stack[i]!.mark.group === mark.group) sameGroup.push(i);
        if (sameGroup.length >= 2) {
          const innermost = sameGroup[sameGroup.length - 1]!;
          while (stack.length > innermost) closeUnbalanced(stack.pop()!, mark.span[0]);
        }
        if (stack.length > 0) stack[stack.length - 1]!.lastInner = mark.span[1];
        pairing[m] = { role: 'open', pair: -1, depth: stack.length, paragraph: p };
        const slot = out.length;
        out.push(null);
        stack.push({
          index: m,
          mark,
          paragraph: p,
          continuations: [],
          lastInner: mark.span[1],
          partStart: mark.span[0],
          partParagraph: p,
          slot,
        });
      }
      lastMarkEnd = mark.span[1];
    }
  }
  for (const open of stack) closeUnbalanced(open, paragraphs[open.partParagraph]?.[1] ?? text.length);
  const kept = out
    .filter((quote): quote is Unparented => quote !== null && quote.inner[1] > quote.inner[0])
    .filter((quote) => options.keep?.(quote) ?? true)
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  // Parent: the innermost earlier quotation whose span contains this one. The quotations that
  // contain the last one form a chain (a stack, innermost on top); those ending before this one
  // ends contain neither it nor any later one, and leave it (a scan back over every earlier
  // quotation was quadratic: 40,000 side by side took seconds).
  const chain: number[] = [];
  const quotes = kept.map((quote, i) => {
    while (chain.length > 0 && kept[chain[chain.length - 1]!]!.span[1] < quote.span[1]) chain.pop();
    const parent = chain.length > 0 ? chain[chain.length - 1]! : -1;
    chain.push(i);
    return { ...quote, parent };
  });
  return { marks: pairing, quotes };
}
