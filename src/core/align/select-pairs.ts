import { competitiveLinks } from './competitive-links.ts';
import { fillBracketedGaps } from './fill-bracketed-gaps.ts';
import { followRuns } from './follow-runs.ts';
import { heaviestMonotoneSubset } from './heaviest-monotone-subset.ts';
import type { LocalPair } from './local-pair.ts';
import { logisticConfidence, ownFeatures, PARTIAL_BASE_CALIBRATION } from './local-pair-confidence.ts';
import { PARTIAL_PARAMS } from './partial-params.ts';
import { ownEvidence } from './score-local-pairs.ts';
import type { PairScores } from './score-pairs.ts';
import type { SideFeatures } from './segment-features.ts';

/** Options of selectPairs. */
export interface SelectOptions {
  /**
   * Weigh the chain by each candidate's pass-1 confidence (default: when runs are followed and
   * the scores carry their keys); otherwise by z.
   */
  readonly byConfidence?: boolean;
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
  const links = competitiveLinks(linkable, n, m);
  const linkedCandidates = candidates.map((p) => (links.has(p.i * m + p.j) ? { ...p, linked: true } : p));
  const kept = heaviestMonotoneSubset(
    linkedCandidates,
    chainWeight(linkedCandidates, scored, src, tgt, options),
  );
  const evidence = (i: number, j: number) => {
    const v = score(i, j);
    return v !== undefined && z(i, j) >= PARTIAL_PARAMS.minRunZ && v >= PARTIAL_PARAMS.minScore;
  };
  const chosen = fillBracketedGaps(
    options.runs === false || !PARTIAL_PARAMS.followRuns ? kept : followRuns(kept, z, evidence),
    src,
    tgt,
  );
  return chosen.map((p) => (links.has(p.i * m + p.j) ? { ...p, linked: true } : p));
}

/**
 * Weight of each candidate in the heaviest monotone chain (step 3): its z times its pass-1
 * confidence (ownEvidence, PARTIAL_BASE_CALIBRATION). Weighed by z alone, several same-story
 * candidates of modest z crossing a rendered one outweighed it (a short item rendered tightly has
 * a small score against long segments: list material, dev 2012); weighed by how likely each is
 * to be right as well, a chain of wrong pairs counts for little. (Of z · p, p alone and
 * max(0.01, 2p − 1), z · p had the best F1 summed over the dev 2012 sets.) The auto test (no runs,
 * no mutual pairs) keeps the z weights with which AUTO_PARALLEL_SHARE was measured.
 */
function chainWeight(
  candidates: readonly LocalPair[],
  scored: PairScores,
  src: SideFeatures,
  tgt: SideFeatures,
  options: SelectOptions,
): ((pair: LocalPair) => number) | undefined {
  const { keys, keyCount } = scored;
  const wanted = options.byConfidence ?? options.runs !== false;
  if (!wanted || !keys || keyCount === undefined || candidates.length === 0) return undefined;
  const { m, scores, sparse } = scored;
  const known = (i: number, j: number) => (scores ? scores[i * m + j] : sparse?.get(i * m + j));
  const own = ownEvidence(candidates, candidates, src, tgt, keys, keyCount, known);
  const weight = new Map<LocalPair, number>();
  candidates.forEach((p, k) => {
    weight.set(p, logisticConfidence(ownFeatures(own[k]!), PARTIAL_BASE_CALIBRATION));
  });
  return (pair) => pair.z * (weight.get(pair) ?? 0);
}
