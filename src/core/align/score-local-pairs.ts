import { blockSupport } from './block-support.ts';
import { type ContainmentRows, containmentRowZ, type KnownScores } from './containment.ts';
import { type CoverageBackground, coverageBackground } from './coverage-background.ts';
import { headMatch } from './head-match.ts';
import { listSupport, shortness } from './list-support.ts';
import type { LocalPair } from './local-pair.ts';
import {
  localPairConfidence,
  logisticConfidence,
  ownFeatures,
  PARTIAL_BASE_CALIBRATION,
} from './local-pair-confidence.ts';
import { createLocalBuffers, type LocalBuffers, type PairKeys } from './local-similarity.ts';
import { pairFeatures } from './pair-features.ts';
import { keySegmentCounts, rareMatchShare } from './rare-match-share.ts';
import type { SideFeatures } from './segment-features.ts';
import { hasSentences, type SentenceMatchRows, sentenceMatchExcess } from './sentence-match.ts';

/**
 * Features and calibrated confidence of each local pair, in two passes: pass 1 on each pair's
 * own evidence (ownFeatures, PARTIAL_BASE_CALIBRATION), pass 2 with the pass-1 confidence of
 * its neighbours (blockSupport, listSupport; localPairConfidence), so that a confident anchor
 * lifts the rest of a rendered block or list. Features, in order (FEATURES): pairFeatures' six,
 * blockSupport's two, competitive link, head match, list support, rare-match share, containment,
 * sentence match, shortness.
 */
export function scoreLocalPairs(
  pairs: readonly LocalPair[],
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  keyCount: number,
): { i: number; j: number; features: number[]; confidence: number }[] {
  const own = ownEvidence(
    pairs.filter((p) => !p.bracketed),
    pairs,
    src,
    tgt,
    keys,
    keyCount,
  );
  const base = own.map((f) => logisticConfidence(ownFeatures(f), PARTIAL_BASE_CALIBRATION));
  const block = blockSupport(pairs, base);
  const list = listSupport(
    pairs,
    base,
    own.map((f) => f[FEATURES.shortness]!),
  );
  return pairs.map((p, k) => {
    const features = [...own[k]!];
    features[FEATURES.supportMax] = block[k]![0];
    features[FEATURES.supportMin] = block[k]![1];
    features[FEATURES.listSupport] = list[k]!;
    return { i: p.i, j: p.j, features, confidence: localPairConfidence(features) };
  });
}

/**
 * The own-evidence features of each pair (FEATURES, with the neighbours' support left at 0),
 * the length ratio taken over `paired` (the paired parts: the texts as wholes differ in what
 * they hold).
 */
export function ownEvidence(
  paired: readonly LocalPair[],
  pairs: readonly LocalPair[],
  src: SideFeatures,
  tgt: SideFeatures,
  keys: PairKeys,
  keyCount: number,
  known?: KnownScores,
): number[][] {
  let srcChars = 0;
  let tgtChars = 0;
  for (const p of paired) {
    srcChars += src.length[p.i]!;
    tgtChars += tgt.length[p.j]!;
  }
  const ratio = tgtChars / Math.max(1, srcChars) || 1;
  const buffers = createLocalBuffers(keyCount);
  const memo = backgroundOf(src, tgt, keys, buffers);
  const { background, rows, sentenceRows } = memo;
  // selectPairs hands over the pair scores it selected from; scoreLocalPairs, called next on
  // the same texts, finds them in the memo.
  if (known) memo.known = known;
  const srcMedian = median(src.length);
  const tgtMedian = median(tgt.length);
  const srcCounts = keySegmentCounts(src);
  const tgtCounts = keySegmentCounts(tgt);
  return pairs.map((p) => {
    const f = pairFeatures(src, tgt, keys, p, ratio, background, buffers);
    const short = Math.min(shortness(src.length[p.i]!, srcMedian), shortness(tgt.length[p.j]!, tgtMedian));
    // Placeholders for blockSupport's two and listSupport (pass 2).
    return [
      ...f,
      0,
      0,
      p.linked ? 1 : 0,
      headMatch(src, tgt, keys, p.i, p.j),
      0,
      rareMatchShare(src, tgt, keys, p.i, p.j, srcCounts, tgtCounts),
      // Containment weighs where the lengths differ (times |log length ratio|): there a whole-
      // segment measure is diluted by the long side's extra text; between segments of matching
      // lengths the coverage shares already say it.
      Math.max(0, containmentRowZ(src, tgt, keys, p.i, p.j, rows, buffers, memo.known)) *
        f[FEATURES.lengthDiff]!,
      // Sentence match only where both sides hold two sentences or more (hasSentences).
      hasSentences(src, tgt, p.i, p.j)
        ? Math.max(0, sentenceMatchExcess(src, tgt, keys, p.i, p.j, sentenceRows, buffers))
        : 0,
      short,
    ];
  });
}

/**
 * The coverage background of the last texts seen, and the containment rows computed for them:
 * selectPairs (chain weights) and then scoreLocalPairs need them for the same texts and keys,
 * and they cost up to ~20,000 coverage computations and up to containment.ts CONTAINMENT_ROW_SAMPLE local
 * alignments per segment of a pair. Keyed by object identity; holds one alignment's until the next.
 */
let lastBackground:
  | {
      src: SideFeatures;
      tgt: SideFeatures;
      keys: PairKeys;
      background: CoverageBackground;
      rows: ContainmentRows;
      sentenceRows: SentenceMatchRows;
      known?: KnownScores;
    }
  | undefined;

function backgroundOf(src: SideFeatures, tgt: SideFeatures, keys: PairKeys, buffers: LocalBuffers) {
  const last = lastBackground;
  if (
    last &&
    last.src === src &&
    last.tgt === tgt &&
    last.keys.src === keys.src &&
    last.keys.tgt === keys.tgt
  )
    return last;
  lastBackground = {
    src,
    tgt,
    keys,
    background: coverageBackground(src, tgt, keys, buffers),
    rows: new Map(),
    sentenceRows: new Map(),
  };
  return lastBackground;
}

/** Index of each feature of a scored local pair. */
export const FEATURES = {
  z: 0,
  leastCoverage: 1,
  mostCoverage: 2,
  lengthDiff: 3,
  byPosition: 4,
  mutual: 5,
  supportMax: 6,
  supportMin: 7,
  linked: 8,
  headMatch: 9,
  listSupport: 10,
  rareMatchShare: 11,
  /**
   * How completely the lighter side is rendered by a stretch of the other, as a z against the
   * lighter segment's own row (containment.ts containmentRowZ, 0 when below it), times |log
   * length ratio|: a partial rendering's evidence.
   */
  containment: 12,
  /**
   * The best local alignment between a sentence of each side over their own scores, above both
   * segments' chance backgrounds and a margin (sentence-match.ts sentenceMatchExcess, 0 when
   * below), where both sides hold two sentences or more: a sentence rendered inside a paragraph
   * of other words, against a paragraph holding it beside other sentences. Pass 2 only.
   */
  sentenceMatch: 13,
  /** Not weighed itself (see listSupport): kept, last, for the bench's refit of the list support. */
  shortness: 14,
} as const;

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)]!;
}
