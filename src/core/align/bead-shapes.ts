/**
 * Bead shapes the aligner considers, with prior probabilities. The merge priors follow Gale
 * & Church (1993, table 5: 2-1/1-2 .089, 2-2 .011), with 1-3/3-1 added at a small share as
 * in hunalign (Varga et al. 2005); each pair of mirrored shapes shares its mass equally.
 * 1-3/3-1 get .005 each (was .01, near their share in the literary dev gold, 1–2 %): at .01 a
 * 3-1 cost less than a 2-1 plus a 1-0 (−log .01 = 4.6 against 3.1 + 4.0), so a dropped
 * headline next to a true merge was glued into a 3-1. At .005 the dev sets all scored better
 * (WMT 2012 paragraphs 0.980 → 0.981, transread-dev 0.887 → 0.890, textberg-dev 0.850 both).
 * Insertions and deletions get .05 each instead of Gale & Church's .005: their Hansard had
 * almost none, while scraped reports carry site furniture and translations drop or add
 * passages (this also scored better on both development sets).
 */

/** A bead shape: `a` source segments against `b` target segments. */
export interface BeadShape {
  readonly a: number;
  readonly b: number;
  /** Prior probability of the shape. */
  readonly prior: number;
}

/** The shapes of issue 2: 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1. */
export const BEAD_SHAPES: readonly BeadShape[] = [
  { a: 1, b: 1, prior: 0.78 },
  { a: 1, b: 0, prior: 0.05 },
  { a: 0, b: 1, prior: 0.05 },
  { a: 2, b: 1, prior: 0.0445 },
  { a: 1, b: 2, prior: 0.0445 },
  { a: 2, b: 2, prior: 0.011 },
  { a: 3, b: 1, prior: 0.005 },
  { a: 1, b: 3, prior: 0.005 },
];

/**
 * The shapes of the final pass: BEAD_SHAPES and the wider 4-1, 1-4, 3-2 and 2-3, at a prior
 * of .001 each, about half their share in the literary dev gold (0.4–1 %, where one long
 * sentence is rendered by four short ones, or the reverse), as 1-3/3-1 get .005 for 1–2 %.
 * Without them such a bead came out as a 3-1 beside a 1-0, wrong twice: on transread-dev,
 * 17 of Alice's 27 1-3 beads and 21 of Candide's 57 3-1 beads were. (.002 and .004 scored
 * the same on Alice, Candide and textberg-dev but lower on Emma and Jane Eyre.) The earlier
 * passes keep the narrower shapes: they only place the band and learn word pairs, and the
 * wide shapes in every pass cost a quarter more time (10k × 10k sentences 3.1 s, not 2.5 s).
 * Only the sentence level takes them (align-parallel.ts, ParallelContext.level).
 */
export const WIDE_BEAD_SHAPES: readonly BeadShape[] = [
  ...BEAD_SHAPES,
  { a: 4, b: 1, prior: 0.001 },
  { a: 1, b: 4, prior: 0.001 },
  { a: 3, b: 2, prior: 0.001 },
  { a: 2, b: 3, prior: 0.001 },
];

/** The largest number of segments a bead of BEAD_SHAPES takes from one side. */
export const MAX_NARROW_SIDE = 3;

/** The largest number of segments any bead (WIDE_BEAD_SHAPES) takes from one side. */
export const MAX_BEAD_SIDE = 4;
