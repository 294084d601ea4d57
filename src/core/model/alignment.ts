/**
 * Alignments: a sequence of beads. A bead pairs zero or more consecutive source segments
 * with zero or more consecutive target segments (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1…).
 * Every segment of both sides is in exactly one bead, in order.
 */
import type { Level } from './document.ts';

/** One bead. `src` and `tgt` are segment indexes at the alignment's level. */
export interface Bead {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  /** Probability in [0, 1] that this bead is correct (calibrated on the development sets). */
  readonly confidence: number;
  /** Set when a person confirmed this bead; re-alignment keeps confirmed beads. */
  readonly confirmed?: boolean;
  /**
   * Set when the quote tracer paired this bead or vouched for its confidence: a quotation on one
   * side is traced to the other (align/pair-quoted-passages.ts); the confidence is the trace's.
   */
  readonly traced?: boolean;
}

/** The result of aligning two documents (or two lists of segments) at one level. */
export interface Alignment {
  readonly level: Level;
  readonly srcDocId: string;
  readonly tgtDocId: string;
  readonly beads: readonly Bead[];
  /**
   * Share in [0, 1] of the two texts (by characters) that is covered by confident non-empty
   * beads: 1 for full translations, near 0 for unrelated texts.
   */
  readonly parallelism: number;
}

/**
 * Parallelism from which two texts are taken as translations of each other (the workbench's
 * summary says so). Below it they are partly parallel: a few passages of one render passages of
 * the other, and the rest of each is its own writing, not text the other omits or adds.
 */
export const TRANSLATION_PARALLELISM = 0.75;

/** Whether the alignment is of two texts that translate each other (TRANSLATION_PARALLELISM). */
export function isTranslationPair(alignment: Alignment): boolean {
  return alignment.parallelism >= TRANSLATION_PARALLELISM;
}

/** Progress of a long call: `done` of `total` units of work. */
export interface Progress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

/**
 * The phases `alignDocuments` reports progress in, each counting from 0: the paragraphs, then
 * (sentence level) the sentences.
 */
export const ALIGN_PHASES = { paragraphs: 'align-paragraphs', sentences: 'align-sentences' } as const;

/** Options every long-running core call accepts. */
export interface LongCallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}
