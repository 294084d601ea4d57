import { describe, expect, it } from 'vitest';
import { contextAround, headOf, tailOf } from '../../../src/core/text/context-around.ts';

const TEXT =
  'Une alliance de 500 employés demandait que l’entreprise renonce à ses contrats.\nCe qui constitue une «utilisation acceptable» de la technologie du type qu’il vend.\nDes sources à l’intérieur de la société ont déclaré à BuzzFeed News.';

/** Whole-word context around a span (the CLI's excerpts, the UI's previews). */
describe('contextAround', () => {
  it('keeps whole words on each side and says where the text goes on', () => {
    const at = TEXT.indexOf('«utilisation') + 1;
    const c = contextAround(TEXT, at, at, 16);
    expect(c.before).toBe('constitue une «');
    expect(c.moreBefore).toBe(true);
    expect(c.after).toBe('utilisation');
    expect(c.moreAfter).toBe(true);
  });

  it('stops at the paragraph the change is in, without an ellipsis there', () => {
    const at = TEXT.indexOf('» de la');
    const c = contextAround(TEXT, at, at, 60);
    expect(c.after).toBe('» de la technologie du type qu’il vend.');
    expect(c.moreAfter).toBe(false);
    const first = contextAround(TEXT, 4, 12, 40);
    expect(first.before).toBe('Une ');
    expect(first.moreBefore).toBe(false);
  });
});

describe('headOf and tailOf', () => {
  it('end and start at word boundaries', () => {
    expect(headOf('et un appel à l’action pointu', 14)).toBe('et un appel à');
    expect(tailOf('des raids de masse et les déportations', 20)).toBe('et les déportations');
  });

  it('still cut a word longer than the room', () => {
    expect(headOf('https://example.org/aaaaaaaa', 10)).toBe('https://ex');
  });
});

describe('contextAround on CRLF text', () => {
  it('leaves the CR of the line end out of what follows the span', () => {
    const text = 'Il a dit le le mot.\r\nSuite.';
    const at = text.indexOf('le le');
    const c = contextAround(text, at, at + 5, 40);
    expect(c.after).toBe(' mot.');
    expect(c.moreAfter).toBe(false);
  });
});
