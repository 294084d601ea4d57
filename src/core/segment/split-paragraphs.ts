/**
 * Paragraph spans of a plain text. Two layouts are recognised:
 *
 * - scraped text (the sample case, web pages saved as text): one non-empty line is one paragraph;
 * - hard-wrapped text (e-mails, Project Gutenberg, `fmt` output): blank-line-separated blocks of
 *   lines of similar width that mostly do not end a sentence; each block is one paragraph and
 *   the line breaks inside it are ordinary text.
 *
 * The choice is made once per document (see `isHardWrapped`), so that paragraph numbering is
 * predictable: for scraped text, paragraph n is the n-th non-empty line (a line holding only
 * whitespace, U+00A0 or a BOM counts as empty), which is the CLI's contract.
 */

/** One paragraph: a trimmed span over the text, and the 1-based line it starts on. */
export interface ParagraphSpan {
  readonly start: number;
  readonly end: number;
  /** 1-based line number of `start`. */
  readonly line: number;
}

/** A line of the text with its trimmed content span (start === end when the line is blank). */
export interface TextLine {
  /** 1-based line number. */
  readonly line: number;
  /** Offset of the line's first character. */
  readonly lineStart: number;
  /** Offset just after the line's last character, before its line break. */
  readonly lineEnd: number;
  /** Trimmed content: no leading/trailing whitespace (including U+00A0, BOM, zero-width spaces). */
  readonly start: number;
  readonly end: number;
}

// \s covers U+00A0, U+FEFF (BOM), U+2000–U+200A, U+3000…; zero-width characters are added so
// that a line holding only invisible characters counts as blank.
const SPACE = /\s|\u200b|\u200c|\u200d|\u2060/;

/** True when the character is whitespace or invisible (trimmed away at paragraph edges). */
export function isSpaceChar(ch: string): boolean {
  return SPACE.test(ch);
}

/**
 * The lines of a text. Line breaks are LF, CRLF and lone CR, the same as a text editor's;
 * U+2028/U+2029 are left to the sentence level.
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let lineStart = 0;
  let n = 1;
  const push = (lineEnd: number): void => {
    let start = lineStart;
    let end = lineEnd;
    while (start < end && SPACE.test(text[start]!)) start++;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    lines.push({ line: n, lineStart, lineEnd, start, end });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
      n++;
    }
  }
  push(text.length);
  return lines;
}

// Characters that end a sentence at the end of a line, possibly followed by closing quotes or
// brackets: a line of hard-wrapped prose usually stops mid-sentence instead.
const SENTENCE_END = /[.!?…:;][\s"'»”’)\]]*$/u;

/**
 * Decide whether a text is hard-wrapped: many of its blank-line-separated blocks hold several
 * lines, and the non-final lines of those blocks have a similar width (close to the wrap
 * column) and mostly do not end with sentence punctuation. Scraped one-paragraph-per-line
 * text fails the width test (its lines are whole paragraphs of very different lengths).
 */
export function isHardWrapped(text: string, lines: readonly TextLine[] = splitLines(text)): boolean {
  const blocks = groupBlocks(lines);
  if (blocks.length === 0) return false;
  const multi = blocks.filter((b) => b.length > 1);
  const multiLines = multi.reduce((n, b) => n + b.length, 0);
  const allLines = blocks.reduce((n, b) => n + b.length, 0);
  // Enough blocks have several lines: a quarter of the blocks, or half of the lines (a wrapped
  // novel has many one-line blocks of dialogue, a wrapped report many one-line headings). The
  // width test below is what tells wrapped prose from scraped one-paragraph lines.
  if (multi.length === 0) return false;
  if (multi.length / blocks.length < 0.25 && multiLines / allLines < 0.5) return false;
  // Non-final lines of multi-line blocks: where a wrap would be.
  const innerLines: TextLine[] = [];
  for (const block of multi) for (let i = 0; i < block.length - 1; i++) innerLines.push(block[i]!);
  if (innerLines.length < 2 && multiLines < 3) return false;
  const inner = innerLines.map((l) => l.end - l.start);
  const sorted = Float64Array.from(inner).sort();
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  // Wrapped prose is wrapped at some column; scraped paragraphs run to hundreds of characters.
  if (width < 20 || width > 160) return false;
  const nearWidth = inner.filter((w) => w >= width * 0.6 && w <= width * 1.15).length;
  if (nearWidth / inner.length < 0.7) return false;
  let unpunctuated = 0;
  for (const l of innerLines)
    if (!SENTENCE_END.test(text.slice(Math.max(l.start, l.end - 8), l.end))) unpunctuated++;
  return unpunctuated / inner.length >= 0.6;
}

function groupBlocks(lines: readonly TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const l of lines) {
    if (l.start === l.end) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(l);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Split a text into paragraph spans, in order, trimmed of surrounding whitespace. Scraped text
 * gives one paragraph per non-empty line; hard-wrapped text one per blank-line-separated block.
 */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const lines = splitLines(text);
  if (isHardWrapped(text, lines)) {
    return groupBlocks(lines).map((b) => ({
      start: b[0]!.start,
      end: b[b.length - 1]!.end,
      line: b[0]!.line,
    }));
  }
  const out: ParagraphSpan[] = [];
  for (const l of lines) if (l.end > l.start) out.push({ start: l.start, end: l.end, line: l.line });
  return out;
}
