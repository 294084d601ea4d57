import type { LocalPair } from './local-pair.ts';
import { PARTIAL_PARAMS } from './partial-params.ts';

/**
 * Step 4 of selectPairs: from each chosen pair, follow the diagonal up to maxGap steps back and
 * forth while the next pair stays between its chosen neighbours and has own evidence (z ≥
 * minRunZ, score ≥ minScore). Its z is its own plus half its run neighbour's, as for candidates.
 */
export function followRuns(
  kept: readonly LocalPair[],
  z: (i: number, j: number) => number,
  evidence: (i: number, j: number) => boolean,
): LocalPair[] {
  const out: LocalPair[] = [];
  const { maxGap } = PARTIAL_PARAMS;
  for (let k = 0; k < kept.length; k++) {
    const p = kept[k]!;
    const last = out.at(-1);
    const back: LocalPair[] = [];
    for (let d = 1; d <= maxGap; d++) {
      const i = p.i - d;
      const j = p.j - d;
      if ((last && (i <= last.i || j <= last.j)) || !evidence(i, j)) break;
      back.push({ i, j, z: z(i, j) + 0.5 * Math.max(0, z(i + 1, j + 1)), bracketed: false, extended: true });
    }
    out.push(...back.reverse(), p);
    const next = kept[k + 1];
    for (let d = 1; d <= maxGap; d++) {
      const i = p.i + d;
      const j = p.j + d;
      if ((next && (i >= next.i || j >= next.j)) || !evidence(i, j)) break;
      out.push({ i, j, z: z(i, j) + 0.5 * Math.max(0, z(i - 1, j - 1)), bracketed: false, extended: true });
    }
  }
  return out;
}
