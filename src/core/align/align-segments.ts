/**
 * Align two lists of segments (paragraphs or sentences) into beads with calibrated
 * confidences. Two modes:
 * - `parallel`: the texts translate each other; every segment is placed by the three-pass
 *   banded DP of align-parallel.ts (Gale & Church 1993, Moore 2002, Varga et al. 2005);
 * - `partial`: the texts share some passages only; align-partial.ts pairs the passages with
 *   real lexical evidence and leaves the rest unpaired.
 * `auto` (the default) aligns the texts as translations, then tests that result: when both
 * sides have at least MIN_SEGMENTS_FOR_AUTO segments and every pair can be scored, the local
 * mode is run with the lexicon and the word pairs learned in the parallel passes, and if it
 * pairs less than 20% of the segments of either side (texts that share a topic and some
 * quotations, not translations) its result is returned instead. For larger texts the test is
 * the share of segments with a counterpart clearly above the background inside the parallel
 * aligner's band (see `evidenceShare`). Partial-mode alignments of large texts that fail the
 * test only pair within a wide band around the diagonal.
 */
import { cognateKey } from '../lexicon/cognate-key.ts';
import { invertLexicon, type Lexicon } from '../lexicon/lexicon.ts';
import { type KeyedLexicon, keyLexicon } from '../lexicon/translation-keys.ts';
import type { Alignment, Bead, LongCallOptions } from '../model/alignment.ts';
import type { Lang, Level } from '../model/document.ts';
import { createYielder } from '../model/yield-to-event-loop.ts';
import { alignParallel } from './align-parallel.ts';
import {
  type LocalPair,
  localModeFits,
  PARTIAL_UNPAIRED_RIGHT,
  type PairScores,
  scoreLocalPairs,
  scorePairs,
  selectPairs,
} from './align-partial.ts';
import { calibrate, PARALLEL_CALIBRATION } from './calibrate-confidence.ts';
import { evidenceShare as evidenceShareOf, expandSourceKeys, type SourceKeys } from './lexical-coverage.ts';
import type { PairKeys } from './local-similarity.ts';
import {
  createKeySpace,
  extractFeatures,
  internKey,
  type KeySpace,
  keyCountOf,
  type SegmentTokens,
  type SideFeatures,
} from './segment-features.ts';

/** How to treat the two texts: as translations, as partly parallel, or decide from the texts. */
export type AlignMode = 'auto' | 'parallel' | 'partial';

/** Options of alignSegments and alignDocuments. */
export interface AlignOptions extends LongCallOptions {
  readonly level?: Level;
  readonly srcLang?: Lang;
  readonly tgtLang?: Lang;
  /** Source → target lexicon (merge in the inverted target → source one if you have it). */
  readonly lexicon?: Lexicon;
  readonly mode?: AlignMode;
  /** Learn word pairs from the first lexical pass and realign (default true). */
  readonly learn?: boolean;
  readonly srcDocId?: string;
  readonly tgtDocId?: string;
}

/**
 * Share of segments paired with evidence from which `auto` keeps the parallel mode, when the
 * local mode's test reads a lexicon. Set between what translations and reports of the same event
 * reach (`npm run bench -- align-auto-mode`, paragraph level): on 2012, translations (WMT
 * documents with merges, splits, drops and site noise) 0.300 at least, same-event reports 0.250
 * at most; 0.28 is in that gap, and 2013 (held out: 0.300 and 0.214) falls on the right sides
 * too. It was 0.2, which three of the 101 same-event reports reached, and the sample's 003 / 001
 * (0.200) once `U.S.` counted as one word.
 */
export const AUTO_PARALLEL_SHARE = 0.28;

/**
 * The same without a lexicon (the test then reads the word pairs learnt from aligning the texts
 * as translations), and for texts too large for the local test (a coverage share instead). There
 * is no gap without a lexicon: on 2012, translations reach 0.105 at least, same-event reports
 * 0.250 at most, and transread's Emma, a translation, 0.250; 0.2 is kept.
 */
export const AUTO_PARALLEL_SHARE_WEAK = 0.2;

/**
 * Below this many segments on a side there is too little background to tell translations
 * from texts on the same topic: `auto` then takes the texts as translations.
 */
export const MIN_SEGMENTS_FOR_AUTO = 10;

/**
 * Below MIN_SEGMENTS_FOR_AUTO, the share of segments the partial mode must pair (confidence 0.5
 * or more) for `auto` to take the texts as translations. A news report of eight paragraphs beside
 * the first 23 of an unrelated French report was aligned as its translation (a 1-3 bead at 0.95
 * between a storm and Amazon's statement): the partial mode pairs none of them, and all of a real
 * translation's. newstest2012's short texts (`npm run bench -- align-auto-mode`): translations
 * 0.286 and more, reports of the same event 0.02–0.35 (33 of 37 under 0.25); 2013: 0.333 / 0.027.
 */
export const TINY_PARALLEL_SHARE = 0.25;

/** Below this many segments on a side, `auto` takes the texts as translations without a test. */
export const MIN_SEGMENTS_FOR_TINY_TEST = 5;

/** A pair is evidence for `auto` when its similarity is this many sd above the mean… */
const EVIDENCE_Z = 3;
/** …and it covers at least this much token weight. */
const EVIDENCE_WEIGHT = 1.5;

/** Confidence from which a non-empty bead counts toward the parallelism figure. */
export const PARALLELISM_CONFIDENCE = 0.5;

/** The `total` of alignSegments' progress reports (phase `align`): hundredths. */
export const ALIGN_PROGRESS_TOTAL = 100;

/** Align two lists of segments. */
export async function alignSegments(
  src: readonly string[],
  tgt: readonly string[],
  options: AlignOptions = {},
): Promise<Alignment> {
  const result = await alignSegmentsDetailed(src, tgt, options);
  return result.alignment;
}

/** The alignment with what the aligner saw (mode used, evidence share), for tests and benchmarks. */
export interface DetailedAlignment {
  readonly alignment: Alignment;
  readonly mode: 'parallel' | 'partial';
  readonly evidenceShare: number;
  /** Raw forward-backward posterior of each bead (parallel mode), before calibration. */
  readonly posteriors: readonly number[];
  /**
   * Partial mode: every pair the local mode found, with the features its confidence is
   * computed from; those under PARTIAL_KEEP are left unpaired.
   */
  readonly localPairs: readonly ScoredLocalPair[];
}

/** A pair proposed by the local mode, its features (score-local-pairs.ts FEATURES) and confidence. */
export interface ScoredLocalPair {
  readonly i: number;
  readonly j: number;
  readonly features: readonly number[];
  readonly confidence: number;
}

/**
 * Least calibrated confidence of a pair the partial mode keeps: a pair is proposed when it is
 * more likely right than wrong. The confidence is a calibrated probability (PARTIAL_CALIBRATION,
 * fitted on partly parallel WMT 2012, checked on 2013), so a pair below 0.5 would be a wrong
 * pair more often than not; its segments are left unpaired, and their unpaired beads say how
 * likely that is to be right (1 − the rejected pair's confidence, at most the measured share of
 * right unpaired beads).
 */
const PARTIAL_KEEP = 0.5;

/** Tokens of the segments already known (segment-features.ts segmentTokens), by side and segment. */
export interface KnownTokens {
  readonly src: readonly (SegmentTokens | undefined)[];
  readonly tgt: readonly (SegmentTokens | undefined)[];
}

/** alignSegments, with details; `tokens` saves tokenizing segments whose tokens are known. */
export async function alignSegmentsDetailed(
  src: readonly string[],
  tgt: readonly string[],
  options: AlignOptions = {},
  tokens?: KnownTokens,
): Promise<DetailedAlignment> {
  const yielder = createYielder(options.signal);
  const level = options.level ?? 'sentence';
  const space = createKeySpace();
  // Site furniture is looked for in paragraphs (scraped pages), not in sentences.
  const furniture = level === 'paragraph';
  const srcF = extractFeatures(src, space, { furniture, ...(tokens ? { tokens: tokens.src } : {}) });
  const tgtF = extractFeatures(tgt, space, { furniture, ...(tokens ? { tokens: tokens.tgt } : {}) });
  // Progress in hundredths, never going back: the three passes of the parallel alignment row by
  // row (a pass whose band widens runs its rows again), then the auto test and the partial mode
  // as the last quarter. (Per pass only, a 240,000-row pair showed 6 states in a minute.)
  let shown = -1;
  let pass = 1;
  const progress = (fraction: number) => {
    const done = Math.min(ALIGN_PROGRESS_TOTAL, Math.floor(fraction * ALIGN_PROGRESS_TOTAL));
    if (done <= shown) return;
    shown = done;
    options.onProgress?.({ phase: 'align', done, total: ALIGN_PROGRESS_TOTAL });
  };
  const rows = Math.max(1, src.length);
  const report = (passesDone: number) => progress(passesDone / 4);
  progress(0);
  const base = {
    level,
    srcDocId: options.srcDocId ?? 'src',
    tgtDocId: options.tgtDocId ?? 'tgt',
  };
  if (src.length === 0 || tgt.length === 0) {
    const beads: Bead[] = [
      ...src.map((_, i) => ({ src: [i], tgt: [], confidence: 1 })),
      ...tgt.map((_, j) => ({ src: [], tgt: [j], confidence: 1 })),
    ];
    return {
      alignment: { ...base, beads, parallelism: 0 },
      mode: 'parallel',
      evidenceShare: 0,
      posteriors: [],
      localPairs: [],
    };
  }
  const mode = options.mode ?? 'auto';
  const lexicons = options.lexicon ? [keyLexicon(options.lexicon)] : [];
  // The partial mode reads the lexicon both ways (local-similarity.ts): target tokens are
  // expanded with their renderings in the inverted lexicon.
  const reverseLexicons = options.lexicon ? [keyLexicon(invertedLexicon(options.lexicon))] : [];
  let tgtKeys: PairKeys['tgt'] | undefined;
  const pairKeys = (forward: readonly KeyedLexicon[]): PairKeys => {
    tgtKeys ??= expandSourceKeys(tgtF, space, reverseLexicons);
    return { src: expandSourceKeys(srcF, space, forward), tgt: tgtKeys };
  };
  const tiny = Math.min(srcF.count, tgtF.count) < MIN_SEGMENTS_FOR_AUTO;
  // Short texts are tested only with a lexicon, and from MIN_SEGMENTS_FOR_TINY_TEST segments:
  // with fewer the test has no background at all (a 4 × 4-paragraph translation was found with
  // no pair), and without a lexicon it lost 3 of newstest2012's 35 short translations (strict F1
  // 0.947 → 0.938).
  const testable =
    options.lexicon !== undefined && Math.min(srcF.count, tgtF.count) >= MIN_SEGMENTS_FOR_TINY_TEST;
  let evidenceShare = 1;
  // The share from which the texts are taken as translations: it depends on the test run.
  let parallelFrom = AUTO_PARALLEL_SHARE_WEAK;
  // Pair scores of the auto test, reused for the partial result when found with the lexicon alone.
  let tested: PairScores | undefined;
  // The partial result of short texts, found to test them.
  let shortPartial: DetailedAlignment | undefined;
  if (mode !== 'partial') {
    const {
      beads: path,
      coverage,
      learned,
    } = await alignParallel(srcF, tgtF, {
      space,
      lexicon: options.lexicon,
      tick: (row) => {
        progress((pass - 1 + row / rows) / 4);
        return yielder();
      },
      onPass: (p) => {
        pass = p;
        report(p - 1);
      },
      // The auto test reads the key space afterwards (it expands both sides again).
      lastUse: mode === 'parallel' || (tiny && !testable),
      level,
      ...(options.learn === undefined ? {} : { learn: options.learn }),
    });
    report(3);
    if (mode === 'auto' && (!tiny || testable)) {
      if (tiny) {
        // Short texts: too little background for the test's share (a 5 × 5-paragraph
        // translation tested 0); the partial mode's own pairs tell instead, most segments of a
        // translation and next to none of two unrelated texts.
        await yielder();
        const keys = pairKeys(lexicons);
        shortPartial = partialResult(
          selectPairs(scorePairs(srcF, tgtF, keys, keyCountOf(space)), srcF, tgtF),
          keys,
        );
        evidenceShare = pairedBeadShare(shortPartial.alignment.beads, srcF.count, tgtF.count);
      } else if (localModeFits(srcF, tgtF)) {
        // Test the texts as translations: with the lexicon and the word pairs just learned
        // from aligning them as such, how many segments does the local mode pair?
        await yielder();
        // Pairs found on their own evidence only (no runs followed), as the share was
        // measured when AUTO_PARALLEL_SHARE was set.
        // With a lexicon, the test reads it both ways and nothing else, so that it does not
        // depend on which text is the source (learned pairs come from one direction's
        // alignment; with them the sample's 003/001 tested 0.20 one way, 0.15 the other).
        // Without one, the learned pairs are all the evidence there is: read both ways at the
        // level of cognate keys.
        const lexiconKeys = pairKeys(lexicons);
        const testKeys =
          learned && lexicons.length === 0
            ? {
                src: expandSourceKeys(srcF, space, [learned]),
                tgt: withLearnedBackwards(lexiconKeys.tgt, tgtF, space, learned),
              }
            : lexiconKeys;
        const scores = scorePairs(srcF, tgtF, testKeys, keyCountOf(space));
        const found = selectPairs(scores, srcF, tgtF, { runs: false, mutual: false });
        evidenceShare = pairedShare(found, srcF.count, tgtF.count);
        if (testKeys === lexiconKeys) tested = scores;
        if (lexicons.length > 0) parallelFrom = AUTO_PARALLEL_SHARE;
      } else evidenceShare = evidenceShareOf(coverage, srcF, tgtF, EVIDENCE_Z, EVIDENCE_WEIGHT);
    }
    if (mode === 'parallel' || evidenceShare >= (tiny ? TINY_PARALLEL_SHARE : parallelFrom)) {
      const beads = path.map((b) => ({
        src: range(b.i, b.a),
        tgt: range(b.j, b.b),
        confidence: calibrate(b.posterior, PARALLEL_CALIBRATION),
      }));
      progress(1);
      return {
        alignment: { ...base, beads, parallelism: parallelismOf(beads, srcF.length, tgtF.length) },
        mode: 'parallel',
        evidenceShare,
        posteriors: path.map((b) => b.posterior),
        localPairs: [],
      };
    }
  }
  if (shortPartial) return { ...shortPartial, evidenceShare };
  // The partial result is found with the lexicon alone, read both ways, as the calibration
  // was fitted: word pairs learned from forcing a parallel alignment on texts that turned out
  // not to be translations are mostly noise, and learned from one direction only.
  await yielder();
  const keys = pairKeys(lexicons);
  return partialResult(
    selectPairs(tested ?? scorePairs(srcF, tgtF, keys, keyCountOf(space)), srcF, tgtF),
    keys,
  );

  function partialResult(pairs: readonly LocalPair[], keys: PairKeys): DetailedAlignment {
    const scored = scoreLocalPairs(pairs, srcF, tgtF, keys, keyCountOf(space));
    const beads = partialBeads(scored, srcF.count, tgtF.count);
    progress(1);
    return {
      alignment: { ...base, beads, parallelism: parallelismOf(beads, srcF.length, tgtF.length) },
      mode: 'partial',
      evidenceShare,
      posteriors: [],
      localPairs: scored,
    };
  }
}

/** Smaller, over the two sides, of the share of segments in beads the partial mode keeps paired. */
function pairedBeadShare(beads: readonly Bead[], n: number, m: number): number {
  let src = 0;
  let tgt = 0;
  for (const b of beads)
    if (b.src.length > 0 && b.tgt.length > 0 && b.confidence >= PARTIAL_KEEP) {
      src += b.src.length;
      tgt += b.tgt.length;
    }
  return Math.min(src / Math.max(1, n), tgt / Math.max(1, m));
}

/** Smaller, over the two sides, of the share of segments the local mode paired. */
function pairedShare(pairs: readonly LocalPair[], n: number, m: number): number {
  return Math.min(pairs.length / Math.max(1, n), pairs.length / Math.max(1, m));
}

/**
 * Target token → keys it can meet, plus the cognate keys of the source words whose learned
 * renderings have the token's own key: learned pairs (source word → target keys) read backwards.
 */
function withLearnedBackwards(
  base: SourceKeys,
  tgt: SideFeatures,
  space: KeySpace,
  learned: KeyedLexicon,
): SourceKeys {
  const back = new Map<number, number[]>();
  for (const [word, targets] of learned) {
    const own = internKey(space, word.startsWith('#') || word.startsWith('~') ? word : cognateKey(word));
    for (const key of targets) {
      const id = internKey(space, key);
      const list = back.get(id) ?? [];
      if (list.length === 0) back.set(id, list);
      if (!list.includes(own)) list.push(own);
    }
  }
  const tokens = tgt.tokKey.length;
  const start = new Int32Array(tokens + 1);
  const keys: number[] = [];
  for (let t = 0; t < tokens; t++) {
    const from = keys.length;
    for (let k = base.start[t]!; k < base.start[t + 1]!; k++) keys.push(base.keys[k]!);
    for (const extra of back.get(tgt.tokKey[t]!) ?? []) {
      if (keys.indexOf(extra, from) < 0) keys.push(extra);
    }
    start[t + 1] = keys.length;
  }
  return { start, keys: Int32Array.from(keys) };
}

const inverted = new WeakMap<Lexicon, Lexicon>();

/** The lexicon read target → source, inverted once per lexicon object. */
function invertedLexicon(lexicon: Lexicon): Lexicon {
  let found = inverted.get(lexicon);
  if (!found) {
    found = invertLexicon(lexicon);
    inverted.set(lexicon, found);
  }
  return found;
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/**
 * Share of both texts' characters that lies in confident non-empty beads, from each side's
 * segment lengths in characters (trimmed).
 */
export function parallelismOf(
  beads: readonly Bead[],
  srcLength: ArrayLike<number>,
  tgtLength: ArrayLike<number>,
): number {
  let covered = 0;
  let total = 0;
  for (const bead of beads) {
    let chars = 0;
    for (const i of bead.src) chars += srcLength[i]!;
    for (const j of bead.tgt) chars += tgtLength[j]!;
    total += chars;
    if (bead.src.length > 0 && bead.tgt.length > 0 && bead.confidence >= PARALLELISM_CONFIDENCE)
      covered += chars;
  }
  return total > 0 ? covered / total : 0;
}

function partialBeads(scored: readonly ScoredLocalPair[], n: number, m: number): Bead[] {
  // Unpaired segments get the share of right unpaired beads measured on the calibration set,
  // or less when a pair was proposed for them and rejected: then 1 − its confidence.
  const srcUnpaired = new Float64Array(n).fill(PARTIAL_UNPAIRED_RIGHT);
  const tgtUnpaired = new Float64Array(m).fill(PARTIAL_UNPAIRED_RIGHT);
  const pairs: ScoredLocalPair[] = [];
  for (const p of scored) {
    if (p.confidence >= PARTIAL_KEEP) pairs.push(p);
    else {
      srcUnpaired[p.i] = Math.min(srcUnpaired[p.i]!, 1 - p.confidence);
      tgtUnpaired[p.j] = Math.min(tgtUnpaired[p.j]!, 1 - p.confidence);
    }
  }
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const pair of [...pairs, { i: n, j: m, confidence: 0, features: [], end: true }]) {
    for (; i < pair.i; i++) beads.push({ src: [i], tgt: [], confidence: srcUnpaired[i]! });
    for (; j < pair.j; j++) beads.push({ src: [], tgt: [j], confidence: tgtUnpaired[j]! });
    if ('end' in pair) break;
    beads.push({ src: [pair.i], tgt: [pair.j], confidence: pair.confidence });
    i = pair.i + 1;
    j = pair.j + 1;
  }
  return beads;
}
