/** Parameters of the local mode (selectPairs; the steps are described in align-partial.ts). */
export const PARTIAL_PARAMS = {
  /** Least z-score (with the neighbour bonus) of a kept pair. */
  minZ: 4,
  /** Least own z-score of a kept pair. */
  minOwnZ: 0.5,
  /** Least local alignment score (in token weights) of a kept pair. */
  minScore: 1,
  /** Longest bracketed gap filled by position, and longest run followed from a chosen pair. */
  maxGap: 3,
  /** Least own z-score of a pair that continues a run. */
  minRunZ: 0,
  followRuns: true,
  /**
   * Least own z-score of a pair kept because each of its segments is the other's best match
   * (mutual best, Melamed 2000's competitive linking), below minZ: a rendered sentence of a
   * story whose texts share many names stands out from its row and column, less from all pairs.
   */
  minMutualZ: 1.5,
};
