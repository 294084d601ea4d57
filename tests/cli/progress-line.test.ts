import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress-line.ts';

/** A stream that keeps what is written to it. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progressLine', () => {
  it('writes nothing when standard error is not a terminal', () => {
    const s = stream(false);
    const line = progressLine(s);
    expect(line.onProgress).toBeUndefined();
    line.done();
    expect(s.written).toEqual([]);
  });

  it('rewrites one line in place on a terminal, at most every 200 ms, and clears it at the end', () => {
    const s = stream(true);
    let t = 0;
    const line = progressLine(s, () => t);
    line.onProgress?.({ phase: 'align-sentences', done: 5, total: 20 });
    t = 100;
    line.onProgress?.({ phase: 'align-sentences', done: 6, total: 20 });
    t = 300;
    line.onProgress?.({ phase: 'trace', done: 20, total: 20 });
    line.done();
    expect(s.written).toEqual([
      '\r\u001b[Kaligning sentences… 25 %',
      '\r\u001b[Ktracing quotations… 100 %',
      '\r\u001b[K',
    ]);
  });
});
