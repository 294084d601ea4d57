import { describe, expect, it } from 'vitest';
import { intern, registerCheckMemo, releaseCheckMemos } from '../../../src/core/check/check-memos.ts';
import { docWords } from '../../../src/core/check/doc-words.ts';
import { cachedTokens } from '../../../src/core/check/pair/cached-tokens.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { wordSet } from './helpers.ts';

const doc = segmentDocument('Le président a dit que le président viendra.\n\nIl a dit « non.', {
  id: 'd',
  name: 'd',
  lang: 'fr',
});
const words = { fr: wordSet('le président a dit que viendra il non') };

describe('check memos', () => {
  it('are emptied when a run ends: the document tokens are computed afresh, not kept', () => {
    const before = docWords(doc, 'fr');
    expect(docWords(doc, 'fr')).toBe(before);
    runChecks(doc, { words });
    const after = docWords(doc, 'fr');
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('are emptied when the rules move from the document to the pair', () => {
    const released: string[] = [];
    registerCheckMemo(() => released.push('released'));
    const source = segmentDocument('The president said that he would come.\n\nHe said "no."', {
      id: 's',
      name: 's',
      lang: 'en',
    });
    const alignment = {
      level: 'paragraph' as const,
      srcDocId: 's',
      tgtDocId: 'd',
      beads: [
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1], tgt: [1], confidence: 1 },
      ],
      parallelism: 1,
    };
    runChecks(doc, { words, pair: { source, alignment } });
    // Once between the scopes, once at the end.
    expect(released).toEqual(['released', 'released']);
  });

  it('give the same findings on a second run as on the first', () => {
    const first = runChecks(doc, { words });
    expect(runChecks(doc, { words })).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });

  it('share token strings within a run and start afresh after a release', () => {
    const tokens = cachedTokens('le Président, le président');
    expect(tokens.map((t) => t.norm)).toEqual(['le', 'président', 'le', 'président']);
    expect(cachedTokens('le Président, le président')).toBe(tokens);
    expect(intern('abc')).toBe('abc');
    releaseCheckMemos();
    expect(cachedTokens('le Président, le président')).not.toBe(tokens);
  });
});
