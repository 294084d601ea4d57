import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { alignPassage } from '../../../src/core/quote/align-passage.ts';
import { linkPhrases } from '../../../src/core/quote/link-phrases.ts';
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';

const enFr = parseLexicon(
  "law enforcement\tforces de l'ordre\nstop\tcesser\nsell\tvendre\ntechnology\ttechnologie\n",
  'en',
  'fr',
);
const matcher = new WordMatcher({ enFr });
const tokens = (text: string, lang: 'fr' | 'en') => passageTokens(text, [0, text.length], lang);

describe('linkPhrases', () => {
  const en = 'Stop selling technology to law enforcement';
  const source = tokens(en, 'en');
  const at = (word: string) => source.findIndex((t) => en.slice(t.start, t.end) === word);

  it("links an English phrase the word alignment left alone with its French phrase (law enforcement ~ forces de l'ordre)", () => {
    const fr = "Cesser de vendre la technologie aux forces de l'ordre";
    const target = tokens(fr, 'fr');
    const words = alignPassage(target, source, matcher);
    // Word for word, the phrase has no counterpart.
    expect(words.sourceLink[at('law')]).toBe(-1);
    expect(words.sourceLink[at('enforcement')]).toBe(-1);
    const linked = linkPhrases(target, source, words, matcher);
    const frWord = (s: number) => {
      const t = target[linked.sourceLink[s]!]!;
      return fr.slice(t.start, t.end);
    };
    expect([frWord(at('law')), frWord(at('enforcement'))]).toEqual(['forces', 'ordre']);
    expect(linked.links.length).toBe(words.links.length + 2);
    // The figures the source was ranked on are those of the word alignment.
    expect(linked.targetCoverage).toBe(words.targetCoverage);
  });

  it('leaves the alignment as it is when the French phrase is not there, or not in order', () => {
    for (const fr of ['Cesser de vendre la technologie à la police', "Cesser de vendre l'ordre des forces"]) {
      const target = tokens(fr, 'fr');
      const words = alignPassage(target, source, matcher);
      expect(linkPhrases(target, source, words, matcher)).toBe(words);
    }
  });
});
