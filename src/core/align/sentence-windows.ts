/**
 * Sentence windows of a segment: where each of its sentences starts among its evidence tokens.
 * A paragraph may hold the rendering of one sentence of the other text's paragraph beside words
 * of its own (sentence-match.ts); the sentences are read from the segment's text (SideFeatures
 * texts) with the project's splitter (splitSentences), and each word token is placed in the
 * sentence whose span holds its start.
 */
import { splitSentences } from '../segment/split-sentences.ts';
import { tokenizeWords } from '../text/tokenize-words.ts';
import type { SideFeatures } from './segment-features.ts';

/**
 * Token bounds of segment k's sentences: absolute token indices b[0] < b[1] < … < b[s], sentence
 * t holding tokens [b[t], b[t+1]). Only word and number tokens are placed (a segment's
 * punctuation marks follow its words in SideFeatures and belong to no one sentence). A segment
 * without text, or whose text's words do not match its tokens, is one window of its words.
 */
export function sentenceWindows(side: SideFeatures, k: number): Int32Array {
  let perSide = cache.get(side);
  if (!perSide) {
    perSide = new Array(side.count);
    cache.set(side, perSide);
  }
  const known = perSide[k];
  if (known) return known;
  const bounds = computeWindows(side, k);
  perSide[k] = bounds;
  return bounds;
}

const cache = new WeakMap<SideFeatures, (Int32Array | undefined)[]>();

function computeWindows(side: SideFeatures, k: number): Int32Array {
  const t0 = side.tokStart[k]!;
  const t1 = side.tokStart[k + 1]!;
  const text = side.texts?.[k];
  if (text === undefined) return Int32Array.of(t0, t1);
  const words = tokenizeWords(text);
  if (words.length > t1 - t0) return Int32Array.of(t0, t1);
  const spans = splitSentences(text);
  const bounds = [t0];
  let sentence = 0;
  for (let w = 0; w < words.length; w++) {
    const start = words[w]!.start;
    let moved = false;
    while (sentence + 1 < spans.length && start >= spans[sentence + 1]![0]) {
      sentence++;
      moved = true;
    }
    if (moved && w > 0) bounds.push(t0 + w);
  }
  bounds.push(t0 + words.length);
  return Int32Array.from(bounds);
}
