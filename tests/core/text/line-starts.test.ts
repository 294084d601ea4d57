import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/segment/split-paragraphs.ts';
import { lineOfOffset, lineStarts } from '../../../src/core/text/line-starts.ts';

describe('lineStarts', () => {
  it('breaks lines at LF, CRLF and lone CR, as splitLines does', () => {
    const text = 'un\r\ndeux\rtrois\nquatre\r\rsix';
    expect(lineStarts(text)).toEqual([0, 4, 9, 15, 22, 23]);
    expect(lineStarts(text)).toEqual(splitLines(text).map((l) => l.lineStart));
    expect(lineStarts('')).toEqual([0]);
  });

  it('gives the 1-based line of an offset, a line break belonging to the line it ends', () => {
    const text = 'un\r\ndeux\rtrois';
    const starts = lineStarts(text);
    expect([0, 2, 3, 4, 8, 9, 14].map((o) => lineOfOffset(starts, o))).toEqual([1, 1, 1, 2, 2, 3, 3]);
  });
});
