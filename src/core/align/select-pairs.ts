import { competitiveLinks } from './competitive-links.ts';
import { fillBracketedGaps } from './fill-bracketed-gaps.ts';
import { followRuns } from './follow-runs.ts';
import { heaviestMonotoneSubset } from './heaviest-monotone-subset.ts';
import type { LocalPair } from './local-pair.ts';
import { PARTIAL_PARAMS } from './partial-params.ts';
import type { PairScores } from './score-pairs.ts';
import type { SideFeatures } from './segment-features.ts';

/** Options of selectPairs. */
export interface SelectOptions {
  /** Follow runs from the chosen pairs (step 4; default true). */
  readonly runs?: boolean;
  /** Keep mutual best pairs from minMutualZ (default true). */
  readonly mutual?: boolean;
}

/** Steps 2–5 of the local mode (align-partial.ts) on scored pairs: the evidence pairs, in order. */
export function selectPairs(
  scored: PairScores,
  src: SideFeatures,
  tgt: SideFeatures,
  options: SelectOptions = {},
): LocalPair[] {
  const { n, m, scores, sparse, mean, sd } = scored;
  if (n === 0 || m === 0) return [];
  // An unscored pair (sparse mode) is background: z 0, no evidence.
  const score = (i: number, j: number) =>
    i < 0 || j < 0 || i >= n || j >= m ? undefined : scores ? scores[i * m + j] : sparse?.get(i * m + j);
  const z = (i: number, j: number) => {
    const v = score(i, j);
    return v === undefined ? 0 : (v - mean) / sd;
  };
  // Best score of each row and column (ties count as best for all, so that swapping the texts
  // keeps the same mutual pairs).
  const rowBest = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const colBest = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const visit = (f: (i: number, j: number, v: number) => void) => {
    if (scores) {
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) f(i, j, scores[i * m + j]!);
    } else if (sparse) {
      for (const [at, v] of sparse) f(Math.floor(at / m), at % m, v);
    }
  };
  visit((i, j, v) => {
    if (v > rowBest[i]!) rowBest[i] = v;
    if (v > colBest[j]!) colBest[j] = v;
  });
  const useMutual = options.mutual !== false;
  const candidates: LocalPair[] = [];
  // Every pair with some evidence of its own, for competitive linking.
  const linkable: { i: number; j: number; v: number }[] = [];
  visit((i, j, v) => {
    const own = (v - mean) / sd;
    if (own < PARTIAL_PARAMS.minOwnZ || v < PARTIAL_PARAMS.minScore) return;
    linkable.push({ i, j, v });
    const withRun = own + 0.5 * Math.max(0, z(i - 1, j - 1), z(i + 1, j + 1));
    const mutual = v >= rowBest[i]! && v >= colBest[j]!;
    if (withRun >= PARTIAL_PARAMS.minZ || (useMutual && mutual && own >= PARTIAL_PARAMS.minMutualZ))
      candidates.push({ i, j, z: withRun, bracketed: false, mutual });
  });
  const kept = heaviestMonotoneSubset(candidates);
  const evidence = (i: number, j: number) => {
    const v = score(i, j);
    return v !== undefined && z(i, j) >= PARTIAL_PARAMS.minRunZ && v >= PARTIAL_PARAMS.minScore;
  };
  const chosen = fillBracketedGaps(
    options.runs === false || !PARTIAL_PARAMS.followRuns ? kept : followRuns(kept, z, evidence),
    src,
    tgt,
  );
  const links = competitiveLinks(linkable, n, m);
  return chosen.map((p) => (links.has(p.i * m + p.j) ? { ...p, linked: true } : p));
}
