/**
 * Pairs of partly parallel texts that the quote tracer vouches for. A press report renders a
 * quotation of the other text loosely, inside a paragraph of its own words: the pair's local
 * evidence (align-partial.ts) can fall short of the line while the tracer, which reads the
 * quotation alone against every passage of the other text, finds its source with a calibrated
 * probability (source-probability.ts). The sample's 001 "immoral U.S. policy" sentence against
 * 004: 0.49 as a pair, its source traced at 0.98. Each traced quotation is an anchor: the
 * segments holding the quotation, the segments holding its source, and the trace's probability.
 * An anchor confirming a bead raises its confidence. The others are then taken by the text they
 * vouch for (the quotation's length times the probability), largest first: as beads of their
 * own when their segments are still unpaired and the bead keeps the alignment's order, or
 * widening a bead they share one side with when their other side lies next to it (a French
 * sentence that renders two items of a list). Anything else is left to the aligner: a paragraph
 * quoting two passages far apart in the other text pairs with the larger.
 */
import type { Alignment, Bead } from '../model/alignment.ts';
import type { Level, Span, TextDocument } from '../model/document.ts';
import { passageTokens } from '../quote/passage-tokens.ts';
import type { TracedQuotation } from '../quote/quotation.ts';
import { parallelismOf } from './align-segments.ts';

/** A traced quotation, as segments of the alignment's two sides. */
export interface QuoteAnchor {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly probability: number;
  /** Length of the quotation in characters: how much of its segments the anchor vouches for. */
  readonly chars: number;
}

/** Most segments a side of an anchored bead may hold (the aligner's largest shape, 1-3). */
const MAX_SIDE = 3;

/**
 * Fewest content words a quotation needs to pair segments. The tracer's probabilities are
 * calibrated on sentence-long quotations; a fragment of two or three words can match a wrong
 * passage word for word (WMT 2012, two reports of one event: « Grande Bleue » traced to "largest
 * park" at 0.90, and two paragraphs paired on it).
 */
export const MIN_ANCHOR_WORDS = 4;

/**
 * The anchors of `alignment` from traced quotations of either document whose source (or other
 * source) lies in the other one.
 */
export function quoteAnchors(
  quotations: readonly TracedQuotation[],
  src: TextDocument,
  tgt: TextDocument,
  level: Level,
): QuoteAnchor[] {
  const anchors: QuoteAnchor[] = [];
  for (const q of quotations) {
    const rendering = q.docId === tgt.id ? 'tgt' : q.docId === src.id ? 'src' : null;
    if (!rendering) continue;
    const other = rendering === 'tgt' ? src : tgt;
    const own = rendering === 'tgt' ? tgt : src;
    const words = passageTokens(q.text, [0, q.text.length], q.lang).filter((t) => !t.fn).length;
    if (words < MIN_ANCHOR_WORDS) continue;
    for (const source of [q.source, ...q.otherSources]) {
      if (!source || source.docId !== other.id) continue;
      const quoted = segmentsOver(own, level, q.inner);
      const rendered = segmentsOver(other, level, source.span);
      if (quoted.length === 0 || rendered.length === 0) continue;
      if (quoted.length > MAX_SIDE || rendered.length > MAX_SIDE) continue;
      const chars = q.inner[1] - q.inner[0];
      anchors.push(
        rendering === 'tgt'
          ? { src: rendered, tgt: quoted, probability: source.score, chars }
          : { src: quoted, tgt: rendered, probability: source.score, chars },
      );
    }
  }
  return anchors;
}

/** The indexes of the segments of `doc` at `level` that overlap `span`. */
function segmentsOver(doc: TextDocument, level: Level, span: Span): number[] {
  const segments = level === 'paragraph' ? doc.paragraphs : doc.sentences;
  const out: number[] = [];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    if (s.start < span[1] && span[0] < s.end) out.push(k);
  }
  return out;
}

/**
 * The alignment with its anchors applied (best first), or the same alignment when none applies.
 * `lengths` gives each side's segment lengths in characters (trimmed), for the parallelism figure.
 */
export function pairQuotedPassages(
  alignment: Alignment,
  anchors: readonly QuoteAnchor[],
  lengths: { readonly src: readonly number[]; readonly tgt: readonly number[] },
): Alignment {
  if (anchors.length === 0) return alignment;
  const paired: Anchored[] = [];
  const srcUnpaired = new Map<number, number>();
  const tgtUnpaired = new Map<number, number>();
  for (const bead of alignment.beads) {
    if (bead.src.length > 0 && bead.tgt.length > 0)
      paired.push({
        src: [...bead.src],
        tgt: [...bead.tgt],
        confidence: bead.confidence,
        ...(bead.confirmed === undefined ? {} : { confirmed: bead.confirmed }),
      });
    else {
      for (const i of bead.src) srcUnpaired.set(i, bead.confidence);
      for (const j of bead.tgt) tgtUnpaired.set(j, bead.confidence);
    }
  }
  let changed = false;
  const rest: QuoteAnchor[] = [];
  for (const anchor of anchors) {
    const same = paired.find((b) => sameSegments(b.src, anchor.src) && sameSegments(b.tgt, anchor.tgt));
    if (!same) rest.push(anchor);
    else if (anchor.probability > same.confidence) {
      same.confidence = anchor.probability;
      same.traced = true;
      changed = true;
    }
  }
  for (const anchor of rest.sort((a, b) => b.chars * b.probability - a.chars * a.probability)) {
    const widened = widen(paired, anchor, srcUnpaired, tgtUnpaired);
    if (widened) {
      changed = true;
      continue;
    }
    const free = anchor.src.every((i) => srcUnpaired.has(i)) && anchor.tgt.every((j) => tgtUnpaired.has(j));
    if (!free || !keepsOrder(paired, anchor.src, anchor.tgt)) continue;
    paired.push({ src: [...anchor.src], tgt: [...anchor.tgt], confidence: anchor.probability, traced: true });
    for (const i of anchor.src) srcUnpaired.delete(i);
    for (const j of anchor.tgt) tgtUnpaired.delete(j);
    changed = true;
  }
  if (!changed) return alignment;
  paired.sort((a, b) => a.src[0]! - b.src[0]!);
  const beads: Bead[] = [];
  const srcLeft = [...srcUnpaired.keys()].sort((a, b) => a - b);
  const tgtLeft = [...tgtUnpaired.keys()].sort((a, b) => a - b);
  let i = 0;
  let j = 0;
  for (const bead of [...paired, null]) {
    const srcEnd = bead ? bead.src[0]! : Number.POSITIVE_INFINITY;
    const tgtEnd = bead ? bead.tgt[0]! : Number.POSITIVE_INFINITY;
    for (; i < srcLeft.length && srcLeft[i]! < srcEnd; i++)
      beads.push({ src: [srcLeft[i]!], tgt: [], confidence: srcUnpaired.get(srcLeft[i]!)! });
    for (; j < tgtLeft.length && tgtLeft[j]! < tgtEnd; j++)
      beads.push({ src: [], tgt: [tgtLeft[j]!], confidence: tgtUnpaired.get(tgtLeft[j]!)! });
    if (bead) beads.push(bead);
  }
  return { ...alignment, beads, parallelism: parallelismOf(beads, lengths.src, lengths.tgt) };
}

/**
 * Widen a bead that holds exactly one side of the anchor by the anchor's other side, when that
 * side's new segments are unpaired and adjacent to the bead's, the result no larger than
 * MAX_SIDE. The widened bead is as sure as the less sure of the two. Returns whether it did.
 */
function widen(
  paired: Anchored[],
  anchor: QuoteAnchor,
  srcUnpaired: Map<number, number>,
  tgtUnpaired: Map<number, number>,
): boolean {
  for (const bead of paired) {
    for (const side of ['src', 'tgt'] as const) {
      const other = side === 'src' ? 'tgt' : 'src';
      if (!sameSegments(bead[side], anchor[side])) continue;
      const unpaired = other === 'src' ? srcUnpaired : tgtUnpaired;
      const added = anchor[other].filter((k) => !bead[other].includes(k));
      if (added.length === 0 || !added.every((k) => unpaired.has(k))) return false;
      const union = [...bead[other], ...added].sort((a, b) => a - b);
      if (union.length > MAX_SIDE || union[union.length - 1]! - union[0]! !== union.length - 1) return false;
      const rest = paired.filter((b) => b !== bead);
      const srcSide = other === 'src' ? union : bead.src;
      const tgtSide = other === 'tgt' ? union : bead.tgt;
      if (!keepsOrder(rest, srcSide, tgtSide)) return false;
      bead[other] = union;
      bead.confidence = Math.min(bead.confidence, anchor.probability);
      bead.traced = true;
      for (const k of added) unpaired.delete(k);
      return true;
    }
  }
  return false;
}

/** A pair while anchors are applied. */
interface Anchored {
  src: number[];
  tgt: number[];
  confidence: number;
  confirmed?: boolean;
  traced?: boolean;
}

function sameSegments(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/** Whether a bead of `src` and `tgt` lies wholly before or wholly after every paired bead. */
function keepsOrder(
  paired: readonly { readonly src: readonly number[]; readonly tgt: readonly number[] }[],
  src: readonly number[],
  tgt: readonly number[],
): boolean {
  const srcFirst = src[0]!;
  const srcLast = src[src.length - 1]!;
  const tgtFirst = tgt[0]!;
  const tgtLast = tgt[tgt.length - 1]!;
  return paired.every(
    (b) =>
      (b.src[b.src.length - 1]! < srcFirst && b.tgt[b.tgt.length - 1]! < tgtFirst) ||
      (b.src[0]! > srcLast && b.tgt[0]! > tgtLast),
  );
}
