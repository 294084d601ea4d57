/**
 * Pairs scanned quotation marks into quotations with a stack, paragraph by paragraph.
 *
 * This is the quote module's own minimal pairing, written before the findings engineer's
 * `findQuotations` (src/core/check/quote-marks.ts) existed; it should give way to it.
 *
 * Rules: a closer closes the nearest open quotation of its group (double or single), closing
 * anything nested above it as unbalanced. A second opener of the same group while one is open
 * nests, unless a sentence ended in between with no mark: then the first one lost its closer
 * and ends at that sentence end; and one level of such nesting at most: a third opener closes
 * the innermost as unclosed, so that n unclosed openers give n short quotations (linear). A quotation still open at the end of a paragraph continues
 * if the next paragraph opens with a mark of its group (the French and English convention for
 * quotations over several paragraphs); otherwise it ends at the first sentence end after its
 * last inner mark. A closer with no opener starts a quotation at its sentence's start (or
 * after the previous mark, if nearer).
 */
import type { Span } from '../model/document.ts';
import type { ExtractedQuoteMark } from './quotation.ts';
import type { ScannedMark } from './scan-quote-marks.ts';

/** A paired quotation before ids, speakers and text are attached. */
export interface PairedQuote {
  readonly span: Span;
  readonly inner: Span;
  readonly unbalanced: 'no-closer' | 'no-opener' | null;
  readonly marks: readonly ExtractedQuoteMark[];
  /** Index in the returned list of the innermost enclosing quotation, or -1. */
  readonly parent: number;
  readonly paragraph: number;
}

type Unparented = Omit<PairedQuote, 'parent'>;

interface Open {
  readonly mark: ScannedMark;
  readonly paragraph: number;
  readonly continuations: ExtractedQuoteMark[];
  /** End of the last mark seen inside it (for the fallback end). */
  lastInner: number;
  slot: number;
}

const SENTENCE_END = /[.!?…](?=[\s\u00a0\u202f]|$)/gu;

/** First sentence end at or after `from` and before `limit`, or `limit`. */
function sentenceEndAfter(text: string, from: number, limit: number): number {
  SENTENCE_END.lastIndex = from;
  const match = SENTENCE_END.exec(text);
  return match && match.index < limit ? match.index + 1 : limit;
}

/** Start of the sentence holding `at`, not before `floor`. */
function sentenceStartBefore(text: string, at: number, floor: number): number {
  let start = floor;
  for (const match of text.slice(floor, at).matchAll(/[.!?…][\s\u00a0\u202f]+/gu)) {
    start = floor + match.index + match[0].length;
  }
  return start;
}

const hasSentenceEnd = (text: string, from: number, to: number): boolean =>
  /[.!?…][\s\u00a0\u202f]+\p{Lu}/u.test(text.slice(from, to));

/** Pair `marks` (from scanQuoteMarks) over `text` split into `paragraphs` (spans, in order). */
export function pairQuoteMarks(
  text: string,
  paragraphs: readonly Span[],
  marks: readonly ScannedMark[],
): PairedQuote[] {
  const out: (Unparented | null)[] = [];
  let stack: Open[] = [];
  let m = 0;
  const trim = (s: number, e: number): Span => {
    let a = s;
    let b = e;
    while (a < b && /\s/u.test(text[a]!)) a++;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
    return [a, b];
  };
  const emit = (open: Open, inner: Span, close: ScannedMark | null, end: number) => {
    const quoteMarks: ExtractedQuoteMark[] = [
      { span: open.mark.span, role: 'open', garbled: open.mark.garbled },
      ...open.continuations,
    ];
    if (close) quoteMarks.push({ span: close.span, role: 'close', garbled: close.garbled });
    out[open.slot] = {
      span: [open.mark.span[0], end],
      inner: trim(inner[0], inner[1]),
      unbalanced: close ? null : 'no-closer',
      marks: quoteMarks,
      paragraph: open.paragraph,
    };
  };
  // Close an unclosed quotation at the first sentence end after its last inner mark.
  const closeUnbalanced = (open: Open, limit: number) => {
    const end = sentenceEndAfter(text, Math.max(open.lastInner, open.mark.span[1]), limit);
    emit(open, [open.mark.span[1], end], null, end);
  };
  const push = (mark: ScannedMark, paragraph: number) => {
    const slot = out.length;
    out.push(null);
    stack.push({ mark, paragraph, continuations: [], lastInner: mark.span[1], slot });
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p]!;
    const first = marks[m];
    // Carried quotations: continue if this paragraph opens with a mark of the same group.
    if (stack.length > 0) {
      const carried = stack[0]!;
      const reopens =
        first !== undefined &&
        first.span[0] < pEnd &&
        first.role !== 'close' &&
        first.group === carried.mark.group &&
        text.slice(pStart, first.span[0]).trim() === '';
      if (reopens) {
        carried.continuations.push({ span: first.span, role: 'continuation', garbled: first.garbled });
        m++;
      } else {
        const pending = stack;
        stack = [];
        for (const open of pending) closeUnbalanced(open, paragraphs[open.paragraph]![1]);
      }
    }
    let lastMarkEnd = pStart;
    for (; m < marks.length && marks[m]!.span[0] < pEnd; m++) {
      const mark = marks[m]!;
      if (mark.span[0] < pStart) continue;
      let idx = -1;
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.mark.group === mark.group) {
          idx = i;
          break;
        }
      }
      const closes =
        mark.role === 'close' ||
        // A straight or lone mark closes when its group is open and the top has words in it.
        (mark.role === 'either' && idx >= 0 && stack[idx]!.mark.span[1] < mark.span[0]);
      if (closes) {
        if (idx < 0) {
          if (mark.group === 'double') {
            // A closer with no opener: the quotation starts at its sentence (or after the last mark).
            const start = sentenceStartBefore(text, mark.span[0], lastMarkEnd);
            out.push({
              span: [start, mark.span[1]],
              inner: trim(start, mark.span[0]),
              unbalanced: 'no-opener',
              marks: [{ span: mark.span, role: 'close', garbled: mark.garbled }],
              paragraph: p,
            });
          }
        } else {
          while (stack.length > idx + 1) {
            const nested = stack.pop()!;
            closeUnbalanced(nested, mark.span[0]);
          }
          const open = stack.pop()!;
          emit(open, [open.mark.span[1], mark.span[0]], mark, mark.span[1]);
          if (stack.length > 0) stack[stack.length - 1]!.lastInner = mark.span[1];
        }
      } else {
        // An opener (or an `either` with nothing to close).
        while (
          stack.length > 0 &&
          stack[stack.length - 1]!.mark.group === mark.group &&
          hasSentenceEnd(text, stack[stack.length - 1]!.lastInner, mark.span[0])
        ) {
          const lost = stack.pop()!;
          closeUnbalanced(lost, mark.span[0]);
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
        push(mark, p);
      }
      lastMarkEnd = mark.span[1];
    }
    // Look ahead: does the next non-empty paragraph reopen? Decided at the next iteration.
  }
  const pending = stack;
  stack = [];
  for (const open of pending) closeUnbalanced(open, paragraphs[open.paragraph]?.[1] ?? text.length);
  // Single-group marks are often apostrophes: drop unclosed single quotations.
  const kept = out
    .filter((quote): quote is Unparented => quote !== null && quote.inner[1] > quote.inner[0])
    .filter((quote) => !(quote.unbalanced && /^['‘‹]$/u.test(text.slice(...quote.marks[0]!.span))))
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  // Parent: the innermost earlier quotation whose span contains this one.
  return kept.map((quote, i) => {
    let parent = -1;
    for (let j = i - 1; j >= 0; j--) {
      const other = kept[j]!;
      if (other.span[0] <= quote.span[0] && other.span[1] >= quote.span[1]) {
        parent = j;
        break;
      }
    }
    return { ...quote, parent };
  });
}
