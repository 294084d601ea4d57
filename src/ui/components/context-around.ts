/**
 * The words around a change, for a preview line: up to `chars` characters on each side, whole
 * words only, never past the paragraph (a line break) the change is in; says on which side the
 * text goes on, so that the preview marks it with "…" there and only there.
 */
import { headOf, tailOf } from './elide-middle.ts';

/** The context of [start, end) in `text`. */
export function contextAround(
  text: string,
  start: number,
  end: number,
  chars: number,
): { before: string; after: string; moreBefore: boolean; moreAfter: boolean } {
  // One character more than kept, so that a cut inside a word is seen and avoided.
  const rawBefore = text.slice(Math.max(0, start - chars - 1), start);
  const rawAfter = text.slice(end, end + chars + 1);
  const lineStart = rawBefore.lastIndexOf('\n');
  const lineEnd = rawAfter.indexOf('\n');
  const before = lineStart >= 0 ? rawBefore.slice(lineStart + 1) : tailOf(rawBefore, chars);
  const after = lineEnd >= 0 ? rawAfter.slice(0, lineEnd) : headOf(rawAfter, chars);
  return {
    before,
    after,
    moreBefore: lineStart < 0 && start - before.length > 0,
    moreAfter: lineEnd < 0 && end + after.length < text.length,
  };
}
