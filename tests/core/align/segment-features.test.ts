import { describe, expect, it } from 'vitest';
import { expandSourceKeys } from '../../../src/core/align/lexical-coverage.ts';
import {
  createKeySpace,
  extractFeatures,
  internKey,
  keyCountOf,
  segmentTokens,
  tokensWithin,
} from '../../../src/core/align/segment-features.ts';
import { foldAccents } from '../../../src/core/lexicon/cognate-key.ts';
import type { KeyedLexicon } from '../../../src/core/lexicon/translation-keys.ts';
import { tokenizeWords } from '../../../src/core/text/tokenize-words.ts';

const PARAGRAPH =
  'Le Conseil a voté 2 000 euros. « Est-ce assez ? » demande-t-il. Les élus, eux, hésitent : 4,5 % de plus !';
// The paragraph's sentences as the segmenter would cut them (offsets into PARAGRAPH).
const SENTENCES = [
  'Le Conseil a voté 2 000 euros.',
  '« Est-ce assez ? » demande-t-il.',
  'Les élus, eux, hésitent : 4,5 % de plus !',
];

function featuresOf(segments: string[], tokens?: Parameters<typeof extractFeatures>[2]) {
  return extractFeatures(segments, createKeySpace(), tokens);
}

describe('tokensWithin', () => {
  it("gives each sentence the same features as tokenizing it alone, when taken from its paragraph's tokens", () => {
    const whole = segmentTokens(PARAGRAPH);
    const parts = SENTENCES.map((sentence) =>
      tokensWithin(whole, PARAGRAPH, PARAGRAPH.indexOf(sentence), sentence),
    );
    expect(parts.every((p) => p !== undefined)).toBe(true);
    const alone = featuresOf(SENTENCES);
    const reused = featuresOf(SENTENCES, { tokens: parts });
    expect(reused.tokNorm).toEqual(alone.tokNorm);
    expect([...reused.tokKey]).toEqual([...alone.tokKey]);
    expect([...reused.tokWeight]).toEqual([...alone.tokWeight]);
    expect([...reused.weight]).toEqual([...alone.weight]);
    // Numbers with group and decimal separators stay whole, punctuation marks are kept.
    expect(alone.tokNorm).toContain('#2000');
    expect(alone.tokNorm.filter((n) => n.startsWith('~')).length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a span whose end cuts a token (the number 2 000 split after its first group)', () => {
    const whole = segmentTokens(PARAGRAPH);
    const cut = PARAGRAPH.indexOf('2 000') + 1;
    expect(tokensWithin(whole, PARAGRAPH, 0, PARAGRAPH.slice(0, cut))).toBeUndefined();
    expect(tokensWithin(whole, PARAGRAPH, cut, PARAGRAPH.slice(cut))).toBeUndefined();
  });

  it('refuses a text that is not at the offset given', () => {
    const whole = segmentTokens(PARAGRAPH);
    expect(tokensWithin(whole, PARAGRAPH, 3, SENTENCES[0]!)).toBeUndefined();
  });
});

describe('key space', () => {
  it('numbers keys in order of first use, whether added by string or through features', () => {
    const space = createKeySpace();
    const features = extractFeatures(['Paris et Berlin', 'Berlin encore'], space);
    const byString = internKey(space, 'zzz-new-key');
    expect(byString).toBe(keyCountOf(space) - 1);
    expect(space.ids.size).toBe(keyCountOf(space));
    // The map agrees with the ids the features hold.
    const ids = [...space.ids.entries()].sort((a, b) => a[1] - b[1]).map(([, id]) => id);
    expect(ids).toEqual([...Array(keyCountOf(space)).keys()]);
    expect(new Set(features.tokKey).size).toBe(4);
    // Features extracted after the map was read keep numbering from where it stopped.
    const more = extractFeatures(['Rome'], space);
    expect(more.tokKey[0]).toBe(byString + 1);
    expect(space.ids.get('zzz-new-key')).toBe(byString);
  });

  it('expands with known keys only: the renderings the target side holds, the rest left out', () => {
    const lexicon: KeyedLexicon = new Map([['house', ['maison', 'domicile']]]);
    const space = createKeySpace();
    const src = extractFeatures(['the house'], space);
    extractFeatures(['la maison'], space);
    const all = expandSourceKeys(src, createKeySpaceLike(space), [lexicon]);
    const known = expandSourceKeys(src, space, [lexicon], true);
    // "house": own key + maison (+ domicile when not restricted).
    expect(known.start[2]! - known.start[1]!).toBe(2);
    expect(all.start[2]! - all.start[1]!).toBe(3);
  });
});

/** A copy of a key space (same ids), so that expanding it does not change the original. */
function createKeySpaceLike(space: ReturnType<typeof createKeySpace>) {
  const copy = createKeySpace();
  for (const [key] of [...space.ids.entries()].sort((a, b) => a[1] - b[1])) internKey(copy, key);
  return copy;
}

describe('segmentTokens', () => {
  it('folds each word as foldAccents does, wherever the text holds it and whatever was read before', () => {
    // Many distinct words (the table of words read in place grows several times), then the
    // same words again at other offsets, with accents, capitals, hyphens and elisions.
    const letters = (n: number): string =>
      (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
    const many = Array.from({ length: 5000 }, (_, i) => `mot${letters(i)}`);
    const first = segmentTokens(many.join(' '));
    const again = segmentTokens(`x ${[...many].reverse().join(' ; ')}`);
    expect(first.words.map((w) => w.norm)).toEqual(many.map((w) => foldAccents(w)));
    expect(again.words.slice(1).map((w) => w.norm)).toEqual([...many].reverse().map((w) => foldAccents(w)));
    const text = "Élysée, l'Élysée ; ÉLYSÉE-Matignon et Œuvre d'œuvre élysée";
    const tokens = segmentTokens(text);
    expect(tokens.words.map((w) => w.norm)).toEqual(
      tokenizeWords(text)
        .filter((t) => t.kind === 'word')
        .map((t) => foldAccents(t.text)),
    );
    // One entry per distinct word: the same object for Élysée read twice.
    expect(tokens.words[0]).toBe(tokens.words[2]);
  });
});

describe('dotted abbreviations', () => {
  it('reads U.S., U.N. and a.m. as one word each, as the lexicon lists them, and leaves spaced initials alone', () => {
    const text = 'The U.S. and the U.N. met at 9 a.m. with G. O. Dyhrenfurth in the U.S';
    const tokens = segmentTokens(text);
    const norms = tokens.words.map((w) => w.norm);
    expect(norms).toEqual([
      'the',
      'u.s.',
      'and',
      'the',
      'u.n.',
      'met',
      'at',
      '#9',
      'a.m.',
      'with',
      'g',
      'o',
      'dyhrenfurth',
      'in',
      'the',
      'u',
      's',
    ]);
    // The word's span covers its letters and dots, the last dot included.
    const us = norms.indexOf('u.s.');
    expect(text.slice(tokens.wordStart[us], tokens.wordEnd[us])).toBe('U.S.');
    // A sentence ending on the abbreviation takes the same tokens from its paragraph as alone.
    const sentence = 'The U.S. and the U.N. met at 9 a.m.';
    expect(tokensWithin(tokens, text, 0, sentence)?.words.map((w) => w.norm)).toEqual(
      segmentTokens(sentence).words.map((w) => w.norm),
    );
  });
});
