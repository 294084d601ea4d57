import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { alignPassage } from '../../../src/core/quote/align-passage.ts';
import { passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';

const frEn = parseLexicon('et\tand\ndans\tin\nmaire\tmayor\nville\ttown\n', 'fr', 'en');
const matcher = new WordMatcher({ frEn });
const align = (fr: string, en: string) =>
  alignPassage(passageTokens(fr, [0, fr.length], 'fr'), passageTokens(en, [0, en.length], 'en'), matcher);

describe('alignPassage', () => {
  it('counts links between function words apart from content links', () => {
    const a = align('le maire et ses adjoints dans la ville', 'the mayor and his deputies in the town');
    expect(a.contentLinks).toBe(2);
    expect(a.functionLinks).toBeGreaterThanOrEqual(2);
    expect(align('maire ville', 'mayor town').functionLinks).toBe(0);
  });
});
