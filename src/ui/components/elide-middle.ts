/**
 * Shorten a long text in its middle, at word boundaries: `head … tail`. A reader checking a
 * quotation or a correction must not meet half-words (“de four … me aux polices”) that look
 * like the text's own errors; a word longer than the room (a URL) is still cut.
 */

/** `text` if it fits in `max` characters, else its start and end joined by ` … `, whole words. */
export function elideMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(1, Math.floor((max - 3) / 2));
  return `${headOf(text, keep)} … ${tailOf(text, keep)}`;
}

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
