import { symmetricMix } from './symmetric-mix.ts';

/**
 * Visit a sample of about `target` of the n · m pairs (i, j), chosen by a rule symmetric in i
 * and j, so that swapping the texts samples the same pairs (a row-major stride would not): every
 * pair when there are at most 2 · target, else the pairs with (mix(i) + mix(j)) ≡ 0 (mod step),
 * step = ⌊n · m / target⌋. The rule is enumerable: each i meets only the j of one residue class,
 * found in a bucket, so the cost is n + m + the sample, not n · m (scanning every pair for the
 * sampled ones took 4 s of 13 on a 19,000 × 11,000-paragraph pair, and grew with the square).
 */
export function forEachSampledPair(
  n: number,
  m: number,
  target: number,
  visit: (i: number, j: number) => void,
): void {
  const step = Math.max(1, Math.floor((n * m) / target));
  if (step === 1) {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) visit(i, j);
    return;
  }
  // The j of each residue of mix(j) mod step, as a counting sort (start offsets, then members).
  const start = new Int32Array(step + 1);
  const residue = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    residue[j] = symmetricMix(j) % step;
    start[residue[j]! + 1]!++;
  }
  for (let r = 0; r < step; r++) start[r + 1]! += start[r]!;
  const members = new Int32Array(m);
  const fill = start.slice(0, step);
  for (let j = 0; j < m; j++) members[fill[residue[j]!]!++] = j;
  for (let i = 0; i < n; i++) {
    const want = (step - (symmetricMix(i) % step)) % step;
    for (let k = start[want]!; k < start[want + 1]!; k++) visit(i, members[k]!);
  }
}
