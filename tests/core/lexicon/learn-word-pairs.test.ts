import { describe, expect, it } from 'vitest';
import { learnWordPairs } from '../../../src/core/lexicon/learn-word-pairs.ts';

describe('learnWordPairs', () => {
  const pairs = [
    { src: ['the', 'cat', 'sleeps'], tgt: ['le', 'chat', 'dort'] },
    { src: ['the', 'cat', 'eats'], tgt: ['le', 'chat', 'mange'] },
    { src: ['a', 'dog', 'sleeps'], tgt: ['un', 'chien', 'dort'] },
    { src: ['the', 'dog', 'eats'], tgt: ['le', 'chien', 'mange'] },
  ];

  it('pairs words that keep co-occurring in aligned beads', () => {
    const learned = learnWordPairs(pairs);
    expect(learned.get('cat')).toEqual(['chat']);
    expect(learned.get('dog')).toEqual(['chien']);
    expect(learned.get('sleeps')).toEqual(['dort']);
    expect(learned.get('the')).toEqual(['le']);
  });

  it('keeps nothing seen only once', () => {
    expect(learnWordPairs(pairs).has('a')).toBe(false);
  });
});
