import type { LocalPair } from './local-pair.ts';

/**
 * The subset of pairs, increasing on both sides, with the largest total weight (z unless
 * `weightOf` is given; O(k²), k small): a
 * weighted longest common subsequence, since both texts render a common source in order.
 * Ties (equal totals within 1e-9, common when many pairs share one word) are broken by a rule
 * that does not change when the texts are swapped: the predecessor nearer the pair on both sides
 * (larger i + j), then nearer the diagonal of the pair (smaller |Δi − Δj|).
 */
export function heaviestMonotoneSubset(
  pairs: readonly LocalPair[],
  weightOf: (pair: LocalPair) => number = (pair) => pair.z,
): LocalPair[] {
  const sorted = [...pairs].sort((x, y) => x.i - y.i || x.j - y.j);
  const score = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  const eps = 1e-9;
  // Whether predecessor q is a better (symmetric) choice than the current one for pair p.
  const nearer = (p: LocalPair, q: LocalPair, cur: LocalPair | undefined) => {
    if (!cur) return true;
    const sq = q.i + q.j;
    const sc = cur.i + cur.j;
    if (sq !== sc) return sq > sc;
    return Math.abs(p.i - q.i - (p.j - q.j)) < Math.abs(p.i - cur.i - (p.j - cur.j));
  };
  let bestEnd = -1;
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    score[k] = weightOf(p);
    for (let q = 0; q < k; q++) {
      const o = sorted[q]!;
      if (o.i >= p.i || o.j >= p.j) continue;
      const total = score[q]! + weightOf(p);
      const cur = prev[k]! >= 0 ? sorted[prev[k]!] : undefined;
      if (total > score[k]! + eps || (total > score[k]! - eps && cur && nearer(p, o, cur))) {
        score[k] = total;
        prev[k] = q;
      }
    }
    if (bestEnd < 0 || score[k]! > score[bestEnd]! + eps) bestEnd = k;
    else if (score[k]! > score[bestEnd]! - eps) {
      // Equal totals: the chain ending nearer the texts' ends, then nearer their diagonal.
      const e = sorted[bestEnd]!;
      if (p.i + p.j > e.i + e.j || (p.i + p.j === e.i + e.j && Math.abs(p.i - p.j) < Math.abs(e.i - e.j)))
        bestEnd = k;
    }
  }
  const out: LocalPair[] = [];
  for (let k = bestEnd; k >= 0; k = prev[k]!) out.push(sorted[k]!);
  return out.reverse();
}
