/**
 * An integer hash (Wang/Jenkins-style mix), non-negative. `symmetricMix(i) ^ symmetricMix(j)`
 * samples pairs by a rule symmetric in i and j, so that swapping the texts samples the same
 * pairs (a row-major stride would not).
 */
export function symmetricMix(v: number): number {
  let h = Math.imul(v ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
