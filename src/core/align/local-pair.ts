/** One pair chosen by the local mode (selectPairs), in order on both sides. */
export interface LocalPair {
  readonly i: number;
  readonly j: number;
  readonly z: number;
  /** True when paired by position inside a bracketed gap, not by its own evidence. */
  readonly bracketed: boolean;
  /** True when paired as the continuation of a run (step 4), on weak evidence of its own. */
  readonly extended?: boolean;
  /** True when each of its segments is the other's best-scoring match. */
  readonly mutual?: boolean;
  /** True when competitive linking over all scored pairs links it (competitiveLinks). */
  readonly linked?: boolean;
}
