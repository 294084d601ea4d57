/**
 * The text behind each bead of an alignment: the spans and texts of its source and target
 * segments, whatever the alignment's level (sentences or paragraphs).
 */
import type { Alignment, Bead } from '../../model/alignment.ts';
import type { Level, TextDocument } from '../../model/document.ts';

/** One segment of a bead, with its offsets in its document. */
export interface BeadSegment {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A bead with its segments resolved on both sides. */
export interface ResolvedBead {
  /** Position of the bead in the alignment. */
  readonly position: number;
  readonly bead: Bead;
  readonly src: readonly BeadSegment[];
  readonly tgt: readonly BeadSegment[];
  /** Source and target texts of the bead, segments joined by a space. */
  readonly srcText: string;
  readonly tgtText: string;
}

function segment(doc: TextDocument, level: Level, index: number): BeadSegment | undefined {
  const unit = level === 'sentence' ? doc.sentences[index] : doc.paragraphs[index];
  if (!unit) return undefined;
  return { index, start: unit.start, end: unit.end, text: doc.text.slice(unit.start, unit.end) };
}

/** Resolve every bead of `alignment` against its two documents (unknown indexes are skipped). */
export function resolveBeads(
  source: TextDocument,
  target: TextDocument,
  alignment: Alignment,
): ResolvedBead[] {
  return alignment.beads.map((bead, position) => {
    const src = bead.src
      .map((i) => segment(source, alignment.level, i))
      .filter((s): s is BeadSegment => s !== undefined);
    const tgt = bead.tgt
      .map((i) => segment(target, alignment.level, i))
      .filter((s): s is BeadSegment => s !== undefined);
    return {
      position,
      bead,
      src,
      tgt,
      srcText: src.map((s) => s.text).join(' '),
      tgtText: tgt.map((s) => s.text).join(' '),
    };
  });
}

/** The target span a bead covers: from its first target segment to its last. */
export function targetSpan(bead: ResolvedBead): readonly [number, number] | undefined {
  const first = bead.tgt[0];
  const last = bead.tgt[bead.tgt.length - 1];
  return first && last ? [first.start, last.end] : undefined;
}

/** True when both sides of the bead hold at least one segment. */
export function isPaired(bead: ResolvedBead): boolean {
  return bead.src.length > 0 && bead.tgt.length > 0;
}

/**
 * A test, computed once per alignment, of whether an unpaired bead's position lies inside the
 * aligned passage, or in a run of at most `maxEdgeRun` unpaired beads before its first or after
 * its last paired bead (a headline, a closing line). A longer run at an edge is a preamble or site
 * furniture, not a gap. With no paired bead at all, nothing is inside.
 *
 * Texts that are only partly parallel (`translation` false: a report quoting a few passages of
 * another) hold their own writing between the passages one renders of the other: there, an
 * unpaired bead counts only inside a short lapse of a rendered passage, a run of at most
 * `maxEdgeRun` unpaired beads with paired beads on both sides, and never at the edges.
 */
export function alignedPassage(
  beads: readonly ResolvedBead[],
  maxEdgeRun: number,
  translation = true,
): (position: number) => boolean {
  const firstPaired = beads.findIndex(isPaired);
  if (firstPaired < 0) return () => false;
  const lastPaired = beads.findLastIndex(isPaired);
  if (!translation) {
    // Length of the unpaired run each position lies in (0 for a paired bead).
    const run = new Int32Array(beads.length);
    for (let p = firstPaired; p <= lastPaired; ) {
      if (isPaired(beads[p]!)) {
        p++;
        continue;
      }
      let q = p;
      while (q <= lastPaired && !isPaired(beads[q]!)) q++;
      run.fill(q - p, p, q);
      p = q;
    }
    return (position) =>
      position > firstPaired && position < lastPaired && run[position]! > 0 && run[position]! <= maxEdgeRun;
  }
  return (position) => {
    const edgeRun =
      position < firstPaired ? firstPaired : position > lastPaired ? beads.length - 1 - lastPaired : 0;
    return edgeRun <= maxEdgeRun;
  };
}
