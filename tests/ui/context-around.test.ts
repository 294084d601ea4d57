import { describe, expect, it } from 'vitest';
import { contextAround } from '../../src/ui/components/context-around.ts';

const TEXT =
  'Une alliance de 500 employés demandait que l’entreprise renonce à ses contrats.\nCe qui constitue une «utilisation acceptable» de la technologie du type qu’il vend.\nDes sources à l’intérieur de la société ont déclaré à BuzzFeed News.';

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
