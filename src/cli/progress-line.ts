/**
 * A progress line on a terminal: long calls (a large pair's alignment, a case's quote tracing)
 * report their phase and count, rewritten in place on standard error at most every 200 ms, and
 * cleared at the end. Nothing is written when the stream is not a terminal (a pipe, a file, a
 * test), so the output of scripts stays clean.
 */
import type { Progress } from '../core/model/alignment.ts';

/** The stream written to: a terminal when isTTY is true. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** What a long call reports to, and `done` to clear the line. */
export interface ProgressLine {
  readonly onProgress: ((progress: Progress) => void) | undefined;
  done(): void;
}

/** Wording of a phase (the engine's phase ids). */
const PHASES: Readonly<Record<string, string>> = {
  'align-paragraphs': 'aligning paragraphs',
  'align-sentences': 'aligning sentences',
  align: 'aligning',
  index: 'indexing the sources',
  learn: 'learning word pairs',
  trace: 'tracing quotations',
};

/** A progress line on `stream` (process.stderr), or nothing when it is not a terminal. */
export function progressLine(stream: ProgressStream, now: () => number = Date.now): ProgressLine {
  if (!stream.isTTY) return { onProgress: undefined, done: () => {} };
  let last = -Infinity;
  let shown = false;
  return {
    onProgress: (p) => {
      const t = now();
      if (t - last < 200) return;
      last = t;
      shown = true;
      const share = p.total > 0 ? ` ${Math.min(100, Math.floor((100 * p.done) / p.total))} %` : '';
      stream.write(`\r\u001b[K${PHASES[p.phase] ?? p.phase}…${share}`);
    },
    done: () => {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
