/**
 * Hard-wrapped text with no blank line between its paragraphs (lines wrapped at some column,
 * every line non-empty) is read by the segmenter as one paragraph per line: a quotation that
 * runs on to the next line was cut in two (`« cette` / `loi … »`). A line break is a wrap when
 * the next line's first word would not have fitted on the line (the greedy wrapping of `fmt`,
 * mail clients and editors); a real paragraph end leaves room for it. Scraped text, one long
 * paragraph per line, has no wrap column and is left as it is.
 */
import type { Span } from '../model/document.ts';

/** Widest wrap column taken for one: scraped paragraphs run longer (as in split-paragraphs.ts). */
const MAX_COLUMN = 160;
/** A text needs this many wrapped line breaks: a scraped text's longest line alone is no column. */
const MIN_WRAPS = 2;

const SENTENCE_END = /[.!?…][\s\u00a0\u202f»”"’)]*$/u;

const isSpace = (ch: string): boolean => /[\s\u00a0\u202f]/u.test(ch);

/**
 * The spans (paragraphs as the segmenter or a caller read them, in order) with each run of
 * lines joined by wraps merged into one span. Spans holding a line break (blocks of
 * hard-wrapped text already joined) are kept and never merged.
 */
export function joinWrappedLines(text: string, spans: readonly Span[]): Span[] {
  const single = spans.map(([s, e]) => !/[\n\r]/u.test(text.slice(s, e)));
  const width = (k: number): number => {
    let [s, e] = spans[k]!;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    return e - s;
  };
  const widths: number[] = [];
  for (let k = 0; k < spans.length; k++) if (single[k]) widths.push(width(k));
  if (widths.length < MIN_WRAPS + 1) return [...spans];
  const sorted = Float64Array.from(widths).sort();
  const typical = sorted[Math.floor(sorted.length * 0.9)]!;
  if (typical < 20 || typical > MAX_COLUMN) return [...spans];
  // The column: the widest line not far beyond the typical one (a long URL or title is no wrap).
  let column = 0;
  for (const w of widths) if (w <= typical * 1.15 && w > column) column = w;
  const wraps: boolean[] = spans.map(() => false);
  let count = 0;
  for (let k = 1; k < spans.length; k++) {
    if (!single[k - 1] || !single[k]) continue;
    const gap = text.slice(spans[k - 1]![1], spans[k]![0]);
    // One line break: a blank line between is a paragraph end.
    if ((gap.match(/\r\n|\r|\n/gu) ?? []).length !== 1 || gap.trim() !== '') continue;
    const line = width(k - 1);
    if (line > column) continue;
    const next = text.slice(spans[k]![0], spans[k]![1]).trimStart();
    // A sentence ended and the next line opens with a quotation mark: where a quotation of
    // several paragraphs reopens (`« … lettre.¶« Second … »`), left to the pairer's rule.
    if (/^[«»“”„"]/u.test(next) && SENTENCE_END.test(text.slice(spans[k - 1]![0], spans[k - 1]![1])))
      continue;
    const firstWord = /^\S+/u.exec(next)?.[0].length ?? 0;
    if (line + 1 + firstWord > column) {
      wraps[k] = true;
      count++;
    }
  }
  if (count < MIN_WRAPS) return [...spans];
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (wraps[k] && out.length > 0) out[out.length - 1] = [out[out.length - 1]![0], span[1]];
    else out.push(span);
  }
  return out;
}
