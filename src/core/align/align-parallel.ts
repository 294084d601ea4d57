/**
 * Alignment of texts that translate each other, in three passes (Moore 2002):
 * 1. sentence length only (Gale & Church 1993) in a band around the diagonal, widened while
 *    the path runs along its edge;
 * 2. length + lexical evidence (cognates, numbers, names, punctuation, the lexicon) in a
 *    narrow band around the first path;
 * 3. the same after learning word pairs from pass 2's confident beads (Varga et al. 2005).
 * The cost of a bead is −log prior(shape) + length cost − β · covered evidence weight: summed
 * over a path, the lexical term is minus the evidence the path covers, so the DP trades
 * length fit against evidence.
 */

import { cognateKey } from '../lexicon/cognate-key.ts';
import { learnWordPairs, type TokenPair } from '../lexicon/learn-word-pairs.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { type KeyedLexicon, keyLexicon } from '../lexicon/translation-keys.ts';
import { type Band, bandAroundPath, diagonalBand, pathTouchesEdge } from './band.ts';
import { type BeadCost, type PathBead, runBandedDp } from './banded-dp.ts';
import {
  BEAD_SHAPES,
  type BeadShape,
  MAX_BEAD_SIDE,
  MAX_NARROW_SIDE,
  WIDE_BEAD_SHAPES,
} from './bead-shapes.ts';
import { galeChurchCost } from './length-cost.ts';
import {
  beadCoverage,
  type Coverage,
  computeCoverage,
  expandSourceKeys,
  type SourceKeys,
  similarityBackground,
} from './lexical-coverage.ts';
import { type KeySpace, keyCountOf, type SideFeatures } from './segment-features.ts';

/** The few model parameters (set once on the development sets, not per text). */
export const PARALLEL_PARAMS = {
  /** Weight of one unit of covered evidence against one nat of length cost, for paragraphs. */
  beta: 0.5,
  /**
   * The same for sentences, which hold fewer words each: a unit of evidence is a larger share
   * of what a sentence bead has, and counts for more against its length cost. Set in session 11
   * (transread-dev 0.913 → 0.920, textberg-dev 0.874 → 0.888, without a lexicon 0.893 → 0.900
   * and 0.836 → 0.875; 0.7, 0.85, 1.5 and 2 gave 0.916/0.883, 0.916/0.887, 0.914/0.885 and
   * 0.905/0.874); paragraphs keep 0.5 (at 1, WMT paragraphs 0.984/0.987 → 0.982/0.985).
   */
  sentenceBeta: 1,
  /**
   * Half-width of the length pass's band around the diagonal (segments); constant, so that
   * time stays linear; doubled while the path runs along its edge.
   */
  lengthBand: 60,
  /** Half-width of the lexical band around the length path (segments). */
  lexicalBand: 6,
  /**
   * Cost per unit of evidence weight a merged segment falls short of the coverage expected
   * of it (see mergeEvidence): a segment glued into a 2-1 or 1-2 bead without words of its
   * own found on the other side costs about what leaving it out would (a dropped headline
   * is not merged into the next paragraph's bead). Set on the development sets (WMT 2012
   * paragraphs, transread-dev, textberg-dev; 4 did better on WMT 2012 paragraphs but worse
   * on textberg without a lexicon).
   */
  uncovered: 2,
  /**
   * Share of the coverage of confident beads a merged segment is expected to reach: half,
   * so that a part with ordinary but below-average evidence pays nothing.
   */
  expectedShare: 0.5,
  /** Half-width of the band of pass 3 around pass 2's path (which is already close). */
  relearnBand: 6,
  /**
   * Probability that a furniture segment (segment-features.ts) is rendered by the other
   * text: pairing one costs −log of it, leaving it out costs −log of its complement instead
   * of the ordinary deletion cost.
   */
  furniturePaired: 0.1,
  /**
   * The 1-0 and 0-1 priors (bead-shapes.ts: .05 each, set for scraped news, whose site noise
   * and dropped passages need them) are re-estimated for the final pass from pass 2's path
   * when it holds this many beads or more: the share of its 1-0 (0-1) beads, smoothed toward
   * the default with the weight of `reestimateWeight` beads, at least `leastDeletionPrior`.
   * A literary translation seldom leaves a sentence out (0.4–3 % of the beads of transread-dev's
   * books, Emma aside), and at .05 a true 2-1 often came out as a 1-1 beside a 1-0 (transread-dev 0.907 → 0.913, textberg-dev 0.869 → 0.874;
   * the same with weights 0 to 30, 100 lost 0.01 on textberg). Shorter paths (a news report's
   * few dozen paragraphs, a paragraph group's sentences) keep the defaults: their estimate is
   * too noisy (re-estimated from any length, WMT paragraphs lost 0.001–0.002).
   */
  reestimateFrom: 100,
  reestimateWeight: 20,
  leastDeletionPrior: 0.01,
};

/** Most beads the learning pass counts co-occurrences in. */
const MAX_LEARN_BEADS = 1000;
/**
 * Most token co-occurrences (source tokens × target tokens, summed over beads) it counts:
 * over 1,000 sentence beads. Paragraph beads hold ~16 times as many, so fewer are sampled
 * (5,000 paragraphs: 5 s of string-keyed counting before this cap, under 1 s after).
 */
const MAX_LEARN_COOCCURRENCES = 1_000_000;

/** A bead of the final path, with its lexical evidence. */
export interface ScoredBead extends PathBead {
  /** Covered evidence weight over the bead's total evidence weight, in [0, 1]. */
  readonly similarity: number;
}

/** What the passes need besides the features. */
export interface ParallelContext {
  readonly space: KeySpace;
  readonly lexicon: Lexicon | undefined;
  readonly tick: (row: number) => Promise<void> | undefined;
  readonly onPass?: (pass: number) => void;
  /** Skip the learning pass (for ablations and speed). */
  readonly learn?: boolean;
  /**
   * Nothing reads the key space after this call (no test of the mode follows): expand the
   * source tokens with renderings found on the target side only (expandSourceKeys knownOnly).
   */
  readonly lastUse?: boolean;
  /**
   * The segments' level (default sentence). Sentences are weighed with
   * PARALLEL_PARAMS.sentenceBeta, and their final pass considers the wide shapes
   * (WIDE_BEAD_SHAPES), where a long sentence is rendered by four; paragraphs are not split four
   * ways (on the WMT paragraph sets the wide shapes only glued noise: held-out strict F1 0.987 →
   * 0.985).
   */
  readonly level?: 'paragraph' | 'sentence';
}

function pathPoints(path: readonly PathBead[]): [number, number][] {
  return path.map((b) => [b.i + b.a, b.j + b.b]);
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k]! + values[k]!;
  return sums;
}

/** Row length of the shape tables: a side takes 0…MAX_BEAD_SIDE segments. */
export const SHAPE_STRIDE = MAX_BEAD_SIDE + 1;

/** −log prior of each shape, indexed a · SHAPE_STRIDE + b. */
export function shapePriorCosts(path?: readonly PathBead[]): Float64Array {
  const table = new Float64Array(SHAPE_STRIDE * SHAPE_STRIDE).fill(Number.POSITIVE_INFINITY);
  for (const s of WIDE_BEAD_SHAPES) table[s.a * SHAPE_STRIDE + s.b] = -Math.log(s.prior);
  const n = path?.length ?? 0;
  if (!path || n < PARALLEL_PARAMS.reestimateFrom) return table;
  // One hard-EM step for the insertion and deletion priors (see PARALLEL_PARAMS.reestimateFrom).
  const weight = PARALLEL_PARAMS.reestimateWeight;
  for (const s of WIDE_BEAD_SHAPES) {
    if (s.a !== 0 && s.b !== 0) continue;
    let count = 0;
    for (const b of path) if (b.a === s.a && b.b === s.b) count++;
    const p = Math.max(PARALLEL_PARAMS.leastDeletionPrior, (count + weight * s.prior) / (n + weight));
    table[s.a * SHAPE_STRIDE + s.b] = -Math.log(p);
  }
  return table;
}

/**
 * Target characters per source character, Gale & Church's c. Over the whole texts it is
 * biased by whatever one side leaves out (a translation that drops 8 % of the paragraphs
 * reads as 8 % shorter, so every true 1-1 bead looks too long and a 2-1 that glues the
 * dropped paragraph to its neighbour fits better): once a path exists, it is estimated over
 * that path's 1-1 beads instead, when they hold enough text.
 */
function lengthRatio(src: SideFeatures, tgt: SideFeatures, path?: readonly PathBead[]): number {
  let s = 0;
  let t = 0;
  let beads = 0;
  for (const b of path ?? []) {
    if (b.a === 0 || b.b === 0) continue;
    for (let k = b.i; k < b.i + b.a; k++) s += src.length[k]!;
    for (let k = b.j; k < b.j + b.b; k++) t += tgt.length[k]!;
    beads++;
  }
  if (beads >= MIN_RATIO_BEADS && s > 0 && t > 0) return t / s;
  let ts = 0;
  let tt = 0;
  for (let k = 0; k < src.count; k++) ts += src.length[k]!;
  for (let k = 0; k < tgt.count; k++) tt += tgt.length[k]!;
  return tt / Math.max(1, ts) || 1;
}

/** Fewest 1-1 beads from which a path's length ratio replaces the whole texts' one. */
const MIN_RATIO_BEADS = 5;

function lengthCostFn(
  src: SideFeatures,
  tgt: SideFeatures,
  ratio = lengthRatio(src, tgt),
  path?: readonly PathBead[],
): BeadCost {
  const ls = prefixSums(src.length);
  const lt = prefixSums(tgt.length);
  const prior = shapePriorCosts(path);
  // Gale & Church also charge 1-0 and 0-1 beads a length cost, which makes a long
  // sentence almost impossible to leave out; here they cost their prior and the mean length
  // cost of a true pair (E[−log 2(1 − Φ(|Z|))] = 1 nat), so that deletions compete fairly.
  // Furniture (site noise) changes the odds: a segment recognised as a share button or a
  // "Lire aussi" line is rarely rendered, so pairing it costs −log P(paired | furniture) and
  // leaving it out −log P(unpaired | furniture).
  const pairFurniture = -Math.log(PARALLEL_PARAMS.furniturePaired);
  const dropFurniture = -Math.log(1 - PARALLEL_PARAMS.furniturePaired);
  const fs = src.furniture;
  const ft = tgt.furniture;
  return (i, j, a, b) => {
    if (a === 0 || b === 0) {
      if (a === 1 ? fs[i] === 1 : ft[j] === 1) return dropFurniture;
      return prior[a * SHAPE_STRIDE + b]! + 1;
    }
    let furniture = 0;
    for (let r = i; r < i + a; r++) furniture += fs[r]!;
    for (let c = j; c < j + b; c++) furniture += ft[c]!;
    return (
      prior[a * SHAPE_STRIDE + b]! +
      galeChurchCost(ls[i + a]! - ls[i]!, lt[j + b]! - lt[j]!, ratio) +
      furniture * pairFurniture
    );
  };
}

function lexicalCostFn(
  src: SideFeatures,
  tgt: SideFeatures,
  coverage: Coverage,
  gamma: { expected: number; cost: number },
  ratio: number,
  beta: number,
  path?: readonly PathBead[],
): BeadCost {
  const lengthCost = lengthCostFn(src, tgt, ratio, path);
  const out = new Float64Array(5);
  return (i, j, a, b) => {
    const base = lengthCost(i, j, a, b);
    if (a === 0 || b === 0) return base;
    beadCoverage(coverage, src, tgt, i, a, j, b, out, true, gamma.expected);
    return base - beta * (out[0]! + out[1]!) + gamma.cost * out[4]!;
  };
}

/**
 * The merge-evidence term of pass 3: each segment of a merged side (2-1, 1-2, 2-2…) is
 * expected to have `expectedShare` of the coverage of pass 2's confident beads (share q of
 * their evidence weight), counting only the matches no neighbour in the bead contests
 * (lexical-coverage.ts, dupS/dupT); it pays `uncovered` per unit it falls short. A merge then
 * has to be explained by the words of every segment it takes, so site noise or a dropped
 * paragraph is not glued to a neighbour; q adapts the demand to how good the lexicon is for
 * the texts.
 */
function mergeEvidence(
  beads: readonly ScoredBead[],
  src: SideFeatures,
  tgt: SideFeatures,
  coverage: Coverage,
  minSimilarity: number,
): { expected: number; cost: number } {
  let covered = 0;
  let total = 0;
  const out = new Float64Array(5);
  for (const b of beads) {
    if (b.a === 0 || b.b === 0 || b.similarity < minSimilarity) continue;
    beadCoverage(coverage, src, tgt, b.i, b.a, b.j, b.b, out);
    covered += out[2]!;
    total += out[3]!;
  }
  if (total <= 0) return { expected: 0, cost: 0 };
  return {
    expected: PARALLEL_PARAMS.expectedShare * Math.min(0.95, covered / total),
    cost: PARALLEL_PARAMS.uncovered,
  };
}

async function dpWithWidening(
  n: number,
  m: number,
  makeBand: (width: number) => Band,
  width: number,
  cost: (band: Band) => BeadCost,
  tick: ParallelContext['tick'],
  posteriors = true,
  shapes: readonly BeadShape[] = BEAD_SHAPES,
): Promise<{ path: PathBead[]; band: Band }> {
  let band = makeBand(width);
  let w = width;
  for (;;) {
    const path = await runBandedDp(band, shapes, cost(band), tick, posteriors);
    const full = band.offset[n + 1]! >= (n + 1) * (m + 1);
    if (full || !pathTouchesEdge(band, pathPoints(path), 3)) return { path, band };
    w *= 2;
    const wider = makeBand(w);
    // Texts that are not translations of each other have no path for the band to hold: it
    // widened until it covered most of the matrix (quadratic: the sample's 004 × 001 repeated
    // to 19.5 MB × 15 MB, 87,951 × 52,800 paragraphs, took 104 s in Node, 32 s with this
    // budget). The widening stops within a budget linear in the texts' length; translations
    // never come near it (on every development and benchmark set the band keeps its first
    // width), and the auto mode reads such texts as partly parallel anyway.
    if (wider.offset[n + 1]! > WIDENING_BUDGET * (n + m)) return { path, band };
    band = wider;
  }
}

/**
 * Most cells per segment (of both texts) a widened band may hold: a half-width of about 500
 * segments for texts of equal length, so a translation with an insertion of several hundred
 * sentences still finds its path (align-segments.test.ts), while the time stays linear. (1,000
 * took 56 s on the pair above, 250 took 21 s but allows a drift of only about 250.)
 */
const WIDENING_BUDGET = 500;

function scorePath(
  path: readonly PathBead[],
  src: SideFeatures,
  tgt: SideFeatures,
  coverage: Coverage,
): ScoredBead[] {
  const out = new Float64Array(2);
  return path.map((bead) => {
    let total = 0;
    for (let r = bead.i; r < bead.i + bead.a; r++) total += src.weight[r]!;
    for (let c = bead.j; c < bead.j + bead.b; c++) total += tgt.weight[c]!;
    beadCoverage(coverage, src, tgt, bead.i, bead.a, bead.j, bead.b, out, false);
    return { ...bead, similarity: total > 0 ? (out[0]! + out[1]!) / total : 0 };
  });
}

function tokensOf(side: SideFeatures, from: number, count: number): string[] {
  const tokens: string[] = [];
  for (let t = side.tokStart[from]!; t < side.tokStart[from + count]!; t++) tokens.push(side.tokNorm[t]!);
  return tokens;
}

/** The learned pairs as a keyed lexicon (folded source word → target cognate keys). */
function keyLearned(learned: Map<string, string[]>): KeyedLexicon {
  const keyed = new Map<string, string[]>();
  for (const [s, targets] of learned) {
    keyed.set(
      s,
      targets.map((t) => (t.startsWith('#') || t.startsWith('~') ? t : cognateKey(t))),
    );
  }
  return keyed;
}

/** Align two sides known (or assumed) to be translations of each other. */
export async function alignParallel(
  src: SideFeatures,
  tgt: SideFeatures,
  context: ParallelContext,
): Promise<{ beads: ScoredBead[]; coverage: Coverage; band: Band; learned: KeyedLexicon | undefined }> {
  const n = src.count;
  const m = tgt.count;
  // Pass 1: length only, around the diagonal.
  context.onPass?.(1);
  // The band follows the diagonal from (0, 0) to (n, m), so it only has to hold the path's
  // drift from it; it doubles while the path runs along its edge (Moore 2002). This pass
  // needs no posteriors (Viterbi only).
  const width1 = PARALLEL_PARAMS.lengthBand;
  const lengthCost = lengthCostFn(src, tgt);
  const pass1 = await dpWithWidening(
    n,
    m,
    (w) => diagonalBand(n, m, w),
    width1,
    () => lengthCost,
    context.tick,
    false,
  );

  // Pass 2: lexical evidence around the length path.
  context.onPass?.(2);
  const lexicons: KeyedLexicon[] = context.lexicon ? [keyLexicon(context.lexicon)] : [];
  const knownOnly = context.lastUse === true;
  // Inflected words looked up by their base forms too (lemma-candidates.ts): FreeDict lists
  // `indiquer`, the text says `indiqué`.
  const keysWith = (extra: readonly KeyedLexicon[]) =>
    expandSourceKeys(src, context.space, [...lexicons, ...extra], knownOnly, true);
  const beta = context.level === 'paragraph' ? PARALLEL_PARAMS.beta : PARALLEL_PARAMS.sentenceBeta;
  // The shapes a pass considers, and the widest bead its coverage must hold: the final pass of
  // sentences takes the wide shapes too (bead-shapes.ts).
  const narrow = { shapes: BEAD_SHAPES, maxSide: MAX_NARROW_SIDE };
  const final = context.level === 'paragraph' ? narrow : { shapes: WIDE_BEAD_SHAPES, maxSide: MAX_BEAD_SIDE };
  /** One lexical pass in a band around `around`, with its own settings; its coverage is the final band's. */
  const lexicalPass = async (settings: LexicalPassSettings, around: readonly PathBead[]) => {
    const points = pathPoints(around);
    let coverage: Coverage | undefined;
    const pass = await dpWithWidening(
      n,
      m,
      (w) => bandAroundPath(n, m, points, w),
      settings.width,
      (band) => {
        coverage = computeCoverage(
          src,
          tgt,
          settings.srcKeys,
          band,
          keyCountOf(context.space),
          settings.gamma.cost > 0,
          settings.shapes.maxSide,
        );
        return lexicalCostFn(src, tgt, coverage, settings.gamma, settings.ratio, beta, settings.priorPath);
      },
      context.tick,
      settings.posteriors,
      settings.shapes.shapes,
    );
    // dpWithWidening computes the cost (and so the coverage) at least once.
    const covered = coverage as Coverage;
    return { ...pass, coverage: covered, scored: scorePath(pass.path, src, tgt, covered) };
  };
  // When pass 3 follows, pass 2 needs no posteriors: its beads are picked for learning by
  // their lexical similarity instead (Viterbi only, about a third less work). Pass 2 keeps the
  // whole texts' length ratio: the length-only path is too rough to re-estimate it from.
  const relearn = context.learn !== false;
  const pass2 = await lexicalPass(
    {
      srcKeys: keysWith([]),
      gamma: { expected: 0, cost: 0 },
      ratio: lengthRatio(src, tgt),
      width: PARALLEL_PARAMS.lexicalBand,
      shapes: relearn ? narrow : final,
      posteriors: !relearn,
    },
    pass1.path,
  );
  if (!relearn)
    return { beads: pass2.scored, coverage: pass2.coverage, band: pass2.band, learned: undefined };

  // Pass 3: learn word pairs from the confident beads, then realign in the same band (always,
  // also with nothing learned: pass 3 gives the posteriors), with the length ratio and the
  // deletion priors re-estimated over pass 2's path.
  context.onPass?.(3);
  const background = similarityBackground(pass2.coverage, src, tgt);
  const confidentSimilarity = background.mean + 2 * background.sd;
  const confident = pass2.scored.filter((b) => b.a > 0 && b.b > 0 && b.similarity >= confidentSimilarity);
  const learned = learnWordPairs(learningSample(confident, src, tgt));
  const learnedKeys = learned.size > 0 ? keyLearned(learned) : undefined;
  const pass3 = await lexicalPass(
    {
      srcKeys: keysWith(learnedKeys ? [learnedKeys] : []),
      gamma: mergeEvidence(pass2.scored, src, tgt, pass2.coverage, confidentSimilarity),
      ratio: lengthRatio(src, tgt, pass2.path),
      width: PARALLEL_PARAMS.relearnBand,
      shapes: final,
      posteriors: true,
      priorPath: pass2.path,
    },
    pass2.path,
  );
  return { beads: pass3.scored, coverage: pass3.coverage, band: pass3.band, learned: learnedKeys };
}

/** What one lexical pass of alignParallel runs with. */
interface LexicalPassSettings {
  readonly srcKeys: SourceKeys;
  /** The merge-evidence term (mergeEvidence; zero before pass 3). */
  readonly gamma: { readonly expected: number; readonly cost: number };
  readonly ratio: number;
  /** Half-width of the band around the previous path. */
  readonly width: number;
  readonly shapes: { readonly shapes: readonly BeadShape[]; readonly maxSide: number };
  readonly posteriors: boolean;
  /** The path the deletion priors are re-estimated from (shapePriorCosts). */
  readonly priorPath?: readonly PathBead[];
}

/**
 * The confident beads' token pairs to learn word pairs from. Co-occurrence counting is
 * quadratic in bead length: an even sample of at most MAX_LEARN_BEADS beads is plenty to learn
 * the frequent pairs that matter.
 */
function learningSample(confident: readonly ScoredBead[], src: SideFeatures, tgt: SideFeatures): TokenPair[] {
  let cooccurrences = 0;
  for (const b of confident) {
    const srcTokens = src.tokStart[b.i + b.a]! - src.tokStart[b.i]!;
    cooccurrences += srcTokens * (tgt.tokStart[b.j + b.b]! - tgt.tokStart[b.j]!);
  }
  const step = Math.max(1, confident.length / MAX_LEARN_BEADS, cooccurrences / MAX_LEARN_COOCCURRENCES);
  const pairs: TokenPair[] = [];
  for (let k = 0; k < confident.length; k += step) {
    const b = confident[Math.floor(k)]!;
    pairs.push({ src: tokensOf(src, b.i, b.a), tgt: tokensOf(tgt, b.j, b.b) });
  }
  return pairs;
}
