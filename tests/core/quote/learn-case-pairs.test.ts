import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { alignPassage } from '../../../src/core/quote/align-passage.ts';
import { caseMatcher, learnCasePairs } from '../../../src/core/quote/learn-case-pairs.ts';
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { SourceIndex } from '../../../src/core/quote/source-index.ts';
import { traceQuotation } from '../../../src/core/quote/trace-quotation.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const frEn = parseLexicon('papier\tpaper\nfermer\tclose\npresque\talmost\nprix\tprice\n', 'fr', 'en');
const matcher = new WordMatcher({ frEn });
const tokens = (text: string, lang: 'fr' | 'en') => passageTokens(text, [0, text.length], lang);
const trace = (fr: string, en: string) => {
  const target = tokens(fr, 'fr');
  const source = tokens(en, 'en');
  return { target, source, alignment: alignPassage(target, source, matcher) };
};

describe('learnCasePairs', () => {
  it('pairs the one unlinked word on each side between two ordered links', () => {
    const learned = learnCasePairs([trace('Le prix inchangé presque', 'The price unaltered almost')], {
      cooccurrence: false,
    });
    expect(learned.get('inchange')).toEqual(['unaltered']);
  });

  it('learns nothing from a gap of two words on one side (which of them renders it is unknown)', () => {
    const learned = learnCasePairs([trace('Le prix bleu rouge presque', 'The price unaltered almost')], {
      cooccurrence: false,
    });
    expect(learned.size).toBe(0);
  });

  it('pairs unlinked words that keep meeting across traces, only as each other’s best partner', () => {
    const traces = [
      trace('Le prix du cheval monte', 'The price of the horse rises'),
      trace('Le cheval gagne presque', 'The horse wins almost'),
      trace('Le cheval court', 'The horse runs'),
    ];
    const learned = learnCasePairs(traces, { gaps: false });
    expect(learned.get('cheval')).toEqual(['horse']);
    expect(learned.has('monte')).toBe(false);
  });

  it('makes the matcher link the learnt pair, more weakly than a lexicon pair', () => {
    const extended = matcher.withLearned(new Map([['inchangé', ['unaltered']]]));
    const [f] = tokens('inchangés', 'fr');
    const [e] = tokens('unaltered', 'en');
    expect(matcher.match(tokens('inchangé', 'fr')[0]!, e!)).toBeNull();
    const learnt = extended.match(tokens('inchangé', 'fr')[0]!, e!);
    expect(learnt?.by).toBe('lexicon');
    expect(learnt!.strength).toBeLessThan(
      extended.match(tokens('prix', 'fr')[0]!, tokens('price', 'en')[0]!)!.strength,
    );
    // Learnt pairs hold for the exact folded word only: no stem guessing from one example.
    expect(extended.match(f!, e!)).toBeNull();
  });
});

describe('learnCasePairs and names', () => {
  it('never pairs a name with another (a changed name must stay a change)', () => {
    const learned = learnCasePairs([trace('Le prix de Novak presque', 'The price of Genevieve almost')], {
      cooccurrence: false,
    });
    expect(learned.has('novak')).toBe(false);
  });
});

describe('caseMatcher', () => {
  it('hands back each rendering’s first-pass candidates, which the final pass keeps when no learnt pair starts from its words', async () => {
    const en = segmentDocument(
      'The price of the horse rises. The horse wins almost every race. The horse runs fast.',
      { id: 'en', name: 'en', lang: 'en' },
    );
    const index = new SourceIndex([en]);
    const renderings = [
      'Le prix du cheval monte',
      'Le cheval gagne presque chaque course',
      'Le cheval court vite',
    ].map((fr) => ({ tokens: tokens(fr, 'fr'), sentenceLike: true }));
    const traces: ReturnType<typeof traceQuotation>[] = [];
    await caseMatcher(renderings, index, matcher, async () => {}, traces);
    // The third has no word the lexicon links: no candidate.
    expect(traces.map((t) => t[0]?.first)).toEqual([0, 1, undefined]);
    expect(traces).toEqual(
      renderings.map((r) => traceQuotation(r.tokens, index, matcher, { sentenceLike: true })),
    );
    // With `cheval` ~ `horse` learnt, the renderings holding it are traced again, the others not.
    const extended = matcher.withLearned(new Map([['cheval', ['horse']]]));
    expect(extended.learnsAny(renderings[2]!.tokens)).toBe(true);
    expect(extended.learnsAny(tokens('Le prix presque', 'fr'))).toBe(false);
    expect(extended.learnsAny(tokens('Le pur-cheval', 'fr'))).toBe(true);
    expect(matcher.learnsAny(renderings[2]!.tokens)).toBe(false);
    expect(traceQuotation(renderings[2]!.tokens, index, extended, { sentenceLike: true })[0]?.first).toBe(2);
    // A rendering without a learnt word traces as in the first pass.
    const plain = tokens('Le prix presque', 'fr');
    expect(traceQuotation(plain, index, extended, { sentenceLike: true })).toEqual(
      traceQuotation(plain, index, matcher, { sentenceLike: true }),
    );
  });
});
