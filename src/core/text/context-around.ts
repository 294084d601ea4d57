/**
 * Cutting a line of context around a span at whole words, for an excerpt or a preview: a reader
 * checking a quotation or a correction must not meet half-words (“de four … me aux polices”)
 * that look like the text's own errors. Pure: the CLI's excerpts and the UI's previews share it.
 */

/** The first `keep` characters of `text` or fewer, ending at a word's end when one is near. */
export function headOf(text: string, keep: number): string {
  if (text.length <= keep) return text;
  const midWord = /\S/.test(text[keep] ?? ' ') && /\S/.test(text[keep - 1] ?? ' ');
  let end = keep;
  if (midWord) {
    // Drop the half-word; a kept part that is one word of its own stays cut.
    const space = text.slice(0, keep).search(/\s\S*$/);
    if (space > 0) end = space;
  }
  return text.slice(0, end).trimEnd();
}

/** The last `keep` characters of `text` or fewer, starting at a word's start when one is near. */
export function tailOf(text: string, keep: number): string {
  if (text.length <= keep) return text;
  const from = text.length - keep;
  const midWord = /\S/.test(text[from - 1] ?? ' ') && /\S/.test(text[from] ?? ' ');
  let start = from;
  if (midWord) {
    const space = text.slice(from).search(/\s/);
    if (space >= 0) start = from + space + 1;
  }
  return text.slice(start).trimStart();
}

/** The words around a span: what comes before and after it, and on which side the line goes on. */
export interface SpanContext {
  readonly before: string;
  readonly after: string;
  /** The line goes on before `before` (an excerpt marks it with “…” there and only there). */
  readonly moreBefore: boolean;
  readonly moreAfter: boolean;
}

/**
 * The context of [start, end) in `text`: up to `chars` characters on each side, whole words
 * only, never past the line (paragraph) the span is in (ended by LF, CRLF or a lone CR).
 */
export function contextAround(text: string, start: number, end: number, chars: number): SpanContext {
  // One character more than kept, so that a cut inside a word is seen and avoided.
  const rawBefore = text.slice(Math.max(0, start - chars - 1), start);
  const rawAfter = text.slice(end, end + chars + 1);
  // Lines end at LF, CRLF or a lone CR (old Mac files), as the segmenter reads them.
  const lineStart = Math.max(rawBefore.lastIndexOf('\n'), rawBefore.lastIndexOf('\r'));
  const lineEnd = rawAfter.search(/[\r\n]/);
  const before = lineStart >= 0 ? rawBefore.slice(lineStart + 1) : tailOf(rawBefore, chars);
  const after = lineEnd >= 0 ? rawAfter.slice(0, lineEnd) : headOf(rawAfter, chars);
  return {
    before,
    after,
    moreBefore: lineStart < 0 && start - before.length > 0,
    moreAfter: lineEnd < 0 && end + after.length < text.length,
  };
}
