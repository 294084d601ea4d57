/**
 * Sentence match of two paragraphs: the best local alignment between one sentence of each. A
 * report renders one sentence of a source paragraph inside a paragraph of its own words, while
 * the source paragraph holds that sentence beside others: both sides carry extra text, so every
 * whole-paragraph measure is diluted on both sides, and containment (containment.ts: the lighter
 * paragraph inside a stretch of the other) is diluted by the lighter side's extra sentences.
 * Read sentence by sentence, the rendered sentence and its source match nearly whole.
 *
 * For each pair of sentences (a of segment i, b of segment j; sentence-windows.ts) the best
 * Smith & Waterman (1981) local alignment inside the two sentences is found in one pass over the
 * two paragraphs' tokens (the dynamic programme restarts at each sentence boundary of either
 * side), and its score is read over the geometric mean of the two sentences' own scores (the sum
 * of their tokens' idf): near 1 when two sentences render each other, low when a long sentence
 * shares a name with a short one. The pair's value is the largest over its sentence pairs.
 *
 * A maximum over more sentence pairs is higher by chance, and same-story texts share names, so
 * the value is read against the chance background of each of the two paragraphs (its mean value
 * with a hash sample of the other text's segments), the larger kept (sentenceMatchExcess).
 * Symmetric in the two texts. Weighed in pass 2 only (PARTIAL_CALIBRATION): given a pass-1
 * weight, it lifted wrong neighbours through the block support and moved the chain.
 */
import {
  ensureRow,
  indexTarget,
  LOCAL_SCORES,
  type LocalBuffers,
  type PairKeys,
} from './local-similarity.ts';
import type { SideFeatures } from './segment-features.ts';
import { sentenceWindows } from './sentence-windows.ts';
import { symmetricMix } from './symmetric-mix.ts';

/** Cache of sentenceMatchExcess's backgrounds (mean values), by side and index (one alignment's texts). */
export type SentenceMatchRows = Map<string, number>;

/** Most segments of the other text a segment's sentence-match background is measured against. */
export const SENTENCE_MATCH_SAMPLE = 64;

/**
 * Largest share, over the sentence pairs (a of i, b of j), of the best local alignment inside a
 * and b over the geometric mean of their own scores; capped at 1.
 */
export function sentenceMatch(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  buffers: LocalBuffers,
): number {
  const sb = sentenceWindows(src, i);
  const tb = sentenceWindows(tgt, j);
  const x0 = sb[0]!;
  const x1 = sb[sb.length - 1]!;
  const y0 = tgt.tokStart[j]!;
  const q = tb[tb.length - 1]! - y0;
  if (x1 === x0 || q === 0) return 0;
  const tCount = tb.length - 1;
  ensureRow(buffers, tgt.tokStart[j + 1]! - y0);
  indexTarget(tgt, keys.tgt, j, buffers);
  // Target sentence of each position (0-based in j), and whether a sentence starts there.
  const colSentence = new Int32Array(q);
  const colStart = new Uint8Array(q);
  for (let b = 0; b < tCount; b++) {
    if (tb[b + 1]! > tb[b]!) colStart[tb[b]! - y0] = 1;
    for (let y = tb[b]!; y < tb[b + 1]!; y++) colSentence[y - y0] = b;
  }
  const tMass = new Float64Array(tCount);
  for (let b = 0; b < tCount; b++)
    for (let y = tb[b]!; y < tb[b + 1]!; y++) tMass[b] = tMass[b]! + tgt.tokIdf[y]!;
  const srcKeys = keys.src;
  const { hit, hitList, revStamp, revHead, revNext, revPos } = buffers;
  const revMark = buffers.revValue;
  let prev = buffers.prev;
  let cur = buffers.cur;
  const { mismatch, gap } = LOCAL_SCORES;
  const best = new Float64Array(tCount);
  let value = 0;
  for (let a = 0; a + 1 < sb.length; a++) {
    if (sb[a + 1]! === sb[a]!) continue;
    // The programme restarts at each source sentence.
    prev.fill(0, 0, q + 1);
    best.fill(0);
    let aMass = 0;
    for (let x = sb[a]!; x < sb[a + 1]!; x++) {
      aMass += src.tokIdf[x]!;
      const mark = ++buffers.stampValue;
      for (let k = srcKeys.start[x]!; k < srcKeys.start[x + 1]!; k++) buffers.stamp[srcKeys.keys[k]!] = mark;
      let hits = 0;
      const own = src.tokKey[x]!;
      if (revStamp[own] === revMark) {
        for (let e = revHead[own]!; e >= 0; e = revNext[e]!) {
          const p = revPos[e]!;
          if (hit[p] === 0) {
            hit[p] = 1;
            hitList[hits++] = p;
          }
        }
      }
      const wx = src.tokIdf[x]!;
      cur[0] = 0;
      for (let y = 1; y <= q; y++) {
        const tbk = y0 + y - 1;
        // And at each target sentence: nothing carries over from the column before it.
        const fresh = colStart[y - 1] === 1;
        const met = buffers.stamp[tgt.tokKey[tbk]!] === mark || hit[y - 1] === 1;
        const match = met ? (wx + tgt.tokIdf[tbk]!) / 2 : -mismatch;
        let v = (fresh ? 0 : prev[y - 1]!) + match;
        const up = prev[y]! - gap;
        const left = (fresh ? 0 : cur[y - 1]!) - gap;
        if (up > v) v = up;
        if (left > v) v = left;
        if (v < 0) v = 0;
        cur[y] = v;
        const b = colSentence[y - 1]!;
        if (v > best[b]!) best[b] = v;
      }
      for (let h = 0; h < hits; h++) hit[hitList[h]!] = 0;
      const swap = prev;
      prev = cur;
      cur = swap;
    }
    for (let b = 0; b < tCount; b++) {
      const norm = Math.sqrt(aMass * tMass[b]!);
      if (norm > 0) value = Math.max(value, best[b]! / norm);
    }
  }
  buffers.prev = prev;
  buffers.cur = cur;
  return Math.min(1, value);
}

/**
 * Whether sentence match says more than the whole-segment measures: both segments hold two
 * sentences or more (a sentence inside a paragraph of other words on each side). Where one side
 * is a single sentence, containment (containment.ts) already reads it inside the other.
 */
export function hasSentences(src: SideFeatures, tgt: SideFeatures, i: number, j: number): boolean {
  return sentenceWindows(src, i).length > 2 && sentenceWindows(tgt, j).length > 2;
}

/**
 * Sentence match of pair (i, j) above chance: its value less the larger of the two segments'
 * mean values with the other text (a hash sample of at most SENTENCE_MATCH_SAMPLE segments each),
 * less SENTENCE_MATCH_MARGIN. Read as an excess, not a z: with a dozen paragraphs a side the
 * backgrounds' sd are too unsteady to divide by (as z, right and wrong pairs of the 2012
 * paragraph material overlapped over z 1–3; as excess, 3 wrong pairs of ~700 reach 0.2).
 * Symmetric in the two texts.
 */
export function sentenceMatchExcess(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  i: number,
  j: number,
  rows: SentenceMatchRows,
  buffers: LocalBuffers,
): number {
  const value = sentenceMatch(src, tgt, keys, i, j, buffers);
  const chance = Math.max(
    background(src, tgt, keys, i, true, rows, buffers),
    background(src, tgt, keys, j, false, rows, buffers),
  );
  return value - chance - SENTENCE_MATCH_MARGIN;
}

/**
 * Excess below which a sentence match is no evidence: on the 2012 paragraph material (blocks,
 * lists, same-event reports, partial renderings), right and wrong pairs are mixed below 0.1
 * above chance and nearly all right from 0.2.
 */
export const SENTENCE_MATCH_MARGIN = 0.1;

/** Mean sentence match of segment k of one side with (a sample of) the other side's segments. */
function background(
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  k: number,
  ofSrc: boolean,
  rows: SentenceMatchRows,
  buffers: LocalBuffers,
): number {
  const key = ofSrc ? `s${k}` : `t${k}`;
  const cached = rows.get(key);
  if (cached !== undefined) return cached;
  const others = ofSrc ? tgt.count : src.count;
  const step = Math.max(1, Math.ceil(others / SENTENCE_MATCH_SAMPLE));
  let sum = 0;
  let count = 0;
  for (let o = 0; o < others; o++) {
    if (step > 1 && symmetricMix(o) % step !== 0) continue;
    sum += ofSrc
      ? sentenceMatch(src, tgt, keys, k, o, buffers)
      : sentenceMatch(src, tgt, keys, o, k, buffers);
    count++;
  }
  const mean = sum / Math.max(1, count);
  rows.set(key, mean);
  return mean;
}
