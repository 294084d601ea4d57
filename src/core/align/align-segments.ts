/**
 * Align two lists of segments (paragraphs or sentences) into beads with calibrated
 * confidences. Two modes:
 * - `parallel`: the texts translate each other; every segment is placed by the three-pass
 *   banded DP of align-parallel.ts (Gale & Church 1993, Moore 2002, Varga et al. 2005);
 * - `partial`: the texts share some passages only; align-partial.ts pairs the passages with
 *   real lexical evidence and leaves the rest unpaired.
 * `auto` (the default) runs the parallel aligner and keeps its result when most of the text
 * sits in beads whose lexical similarity stands clearly above the background of unrelated
 * pairs (the evidence share is at least 0.5); otherwise it switches to the partial mode.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { keyLexicon } from '../lexicon/translation-keys.ts';
import type { Alignment, Bead, LongCallOptions } from '../model/alignment.ts';
import type { Lang, Level } from '../model/document.ts';
import { createYielder } from '../model/yield-to-event-loop.ts';
import { alignParallel, type ScoredBead } from './align-parallel.ts';
import { alignPartial, type LocalPair, PARTIAL_PARAMS } from './align-partial.ts';
import { calibrate, PARALLEL_CALIBRATION } from './calibrate-confidence.ts';
import { expandSourceKeys, similarityBackground } from './lexical-coverage.ts';
import { createKeySpace, extractFeatures, type SideFeatures } from './segment-features.ts';

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

/** Share of text (by characters) in beads with evidence above which `auto` stays parallel. */
export const AUTO_PARALLEL_SHARE = 0.5;

/** Confidence from which a non-empty bead counts toward the parallelism figure. */
export const PARALLELISM_CONFIDENCE = 0.5;

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
}

/** alignSegments, with details. */
export async function alignSegmentsDetailed(
  src: readonly string[],
  tgt: readonly string[],
  options: AlignOptions = {},
): Promise<DetailedAlignment> {
  const yielder = createYielder(options.signal);
  const level = options.level ?? 'sentence';
  const space = createKeySpace();
  const srcF = extractFeatures(src, space);
  const tgtF = extractFeatures(tgt, space);
  const report = (done: number) => options.onProgress?.({ phase: 'align', done, total: 3 });
  report(0);
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
    };
  }
  const mode = options.mode ?? 'auto';
  let evidenceShare = 1;
  if (mode !== 'partial') {
    const { beads: path, coverage } = await alignParallel(srcF, tgtF, {
      space,
      lexicon: options.lexicon,
      tick: () => yielder(),
      onPass: (pass) => report(pass - 1),
      ...(options.learn === undefined ? {} : { learn: options.learn }),
    });
    const background = similarityBackground(coverage, srcF, tgtF);
    evidenceShare = shareWithEvidence(path, srcF, tgtF, background);
    if (mode === 'parallel' || evidenceShare >= AUTO_PARALLEL_SHARE) {
      const beads = path.map((b) => ({
        src: range(b.i, b.a),
        tgt: range(b.j, b.b),
        confidence: calibrate(b.posterior, PARALLEL_CALIBRATION),
      }));
      report(3);
      return {
        alignment: { ...base, beads, parallelism: parallelism(beads, srcF, tgtF) },
        mode: 'parallel',
        evidenceShare,
        posteriors: path.map((b) => b.posterior),
      };
    }
  }
  await yielder();
  const lexicons = options.lexicon ? [keyLexicon(options.lexicon)] : [];
  const srcKeys = expandSourceKeys(srcF, space, lexicons);
  const pairs = alignPartial(srcF, tgtF, srcKeys, space.ids.size);
  const beads = partialBeads(pairs, srcF.count, tgtF.count);
  report(3);
  return {
    alignment: { ...base, beads, parallelism: parallelism(beads, srcF, tgtF) },
    mode: 'partial',
    evidenceShare,
    posteriors: [],
  };
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/** Share of characters in non-empty beads whose similarity is 2 sd above the background. */
function shareWithEvidence(
  path: readonly ScoredBead[],
  src: SideFeatures,
  tgt: SideFeatures,
  background: { mean: number; sd: number },
): number {
  let withEvidence = 0;
  let total = 0;
  for (const bead of path) {
    let chars = 0;
    for (let r = bead.i; r < bead.i + bead.a; r++) chars += src.length[r]!;
    for (let c = bead.j; c < bead.j + bead.b; c++) chars += tgt.length[c]!;
    total += chars;
    if (bead.a > 0 && bead.b > 0 && bead.similarity >= background.mean + 2 * background.sd)
      withEvidence += chars;
  }
  return total > 0 ? withEvidence / total : 0;
}

/** Share of both texts' characters that lies in confident non-empty beads. */
function parallelism(beads: readonly Bead[], src: SideFeatures, tgt: SideFeatures): number {
  let covered = 0;
  let total = 0;
  for (const bead of beads) {
    let chars = 0;
    for (const i of bead.src) chars += src.length[i]!;
    for (const j of bead.tgt) chars += tgt.length[j]!;
    total += chars;
    if (bead.src.length > 0 && bead.tgt.length > 0 && bead.confidence >= PARALLELISM_CONFIDENCE)
      covered += chars;
  }
  return total > 0 ? covered / total : 0;
}

/** Probability a local pair with this z-score is right (a logistic in z, centred on minZ). */
function pairConfidence(pair: LocalPair): number {
  if (pair.bracketed) return 0.6;
  return 1 / (1 + Math.exp(-(pair.z - PARTIAL_PARAMS.minZ + 0.5)));
}

function partialBeads(pairs: readonly LocalPair[], n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  const unpaired = 0.9;
  for (const pair of [...pairs, { i: n, j: m, z: 0, similarity: 0, bracketed: false, end: true }]) {
    for (; i < pair.i; i++) beads.push({ src: [i], tgt: [], confidence: unpaired });
    for (; j < pair.j; j++) beads.push({ src: [], tgt: [j], confidence: unpaired });
    if ('end' in pair) break;
    beads.push({ src: [pair.i], tgt: [pair.j], confidence: pairConfidence(pair) });
    i = pair.i + 1;
    j = pair.j + 1;
  }
  return beads;
}
