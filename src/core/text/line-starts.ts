import { partitionPoint } from '../model/partition-point.ts';

/**
 * The offsets at which the lines of `text` begin (the first is 0). Line breaks are LF, CRLF
 * and lone CR, as `splitLines` and text editors read them: a file saved with old Mac line ends
 * is not one line.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line of `offset`, given the text's `lineStarts` (O(log lines)). */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  return Math.max(
    1,
    partitionPoint(starts.length, (k) => starts[k]! <= offset),
  );
}
