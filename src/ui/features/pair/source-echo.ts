/**
 * Where in the original a finding of the translation points: the number or name it says is
 * missing or changed (`params.srcStart` and the text `params.source` or `params.name`), or the
 * sentence left out (`params.srcStart`…`params.srcEnd`). A missing number is marked over the
 * whole translated sentence; this is the place in the original the person must look at.
 */
import type { Finding, TextDocument } from '../../../core/index.ts';

/** A stretch of the original, in its text's offsets. */
export interface SourceEcho {
  readonly start: number;
  readonly end: number;
}

/** The stretch of `src` that `finding` (on the translation) points to, if it names one that is still there. */
export function sourceEcho(finding: Finding, src: TextDocument): SourceEcho | null {
  const { srcStart, srcEnd, source, name } = finding.params;
  if (typeof srcStart !== 'number' || srcStart < 0) return null;
  const written = typeof source === 'string' ? source : typeof name === 'string' ? name : undefined;
  if (written !== undefined) {
    // Checked on the text as it is now: an edit of the original since the check moved it.
    const end = srcStart + written.length;
    return written !== '' && src.text.slice(srcStart, end) === written ? { start: srcStart, end } : null;
  }
  if (typeof srcEnd !== 'number' || srcEnd <= srcStart || srcEnd > src.text.length) return null;
  return { start: srcStart, end: srcEnd };
}
