/**
 * Shorten a long text in its middle, at word boundaries: `head … tail`. A reader checking a
 * quotation or a correction must not meet half-words (“de four … me aux polices”) that look
 * like the text's own errors; a word longer than the room (a URL) is still cut. The word-end
 * cuts are core's (`headOf`, `tailOf`), shared with the CLI's excerpts.
 */
import { headOf, tailOf } from '../../core/index.ts';

/** `text` if it fits in `max` characters, else its start and end joined by ` … `, whole words. */
export function elideMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(1, Math.floor((max - 3) / 2));
  return `${headOf(text, keep)} … ${tailOf(text, keep)}`;
}
