/**
 * Loose identity of names across languages and spellings: accent-folded equality, a shared
 * prefix (Simard et al. 1992's cognates: `Palestinian` / `palestinien`, `Syria` / `Syrie`) or a
 * small edit distance (`Gaddafi` / `Kadhafi` is too far; `Jiráček` / `Jiracek` is equal folded).
 */
import { fold as foldAccents } from './fold.ts';

// Scratch rows for editDistance, grown on demand (the distance is asked millions of times on
// big documents; allocating two arrays a call dominated it).
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance (two-row dynamic programme), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (prevRow.length < n + 1) {
    prevRow = new Int32Array(2 * (n + 1));
    curRow = new Int32Array(2 * (n + 1));
  }
  let prev = prevRow;
  let row = curRow;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = row;
    row = t;
  }
  return prev[n]!;
}

// Letters of a word as a 32-bit set (char code mod 32), once per word.
const MASKS = new Map<string, number>();
const MAX_MASKS = 100_000;
function letterMask(word: string): number {
  let mask = MASKS.get(word);
  if (mask === undefined) {
    mask = 0;
    for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
    if (MASKS.size >= MAX_MASKS) MASKS.clear();
    MASKS.set(word, mask);
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** True when two folded words look like the same name or cognate. */
export function similarFolded(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 4) return false;
  let p = 0;
  while (p < short && a[p] === b[p]) p++;
  if (p >= 4 && p >= 0.6 * short) return true;
  if (short < 5 || Math.abs(a.length - b.length) > 2) return false;
  // One edit changes a word's set of letters by at most two, so sets (even hashed into 32
  // buckets) differing by more than four letters are more than two edits apart.
  if (popcount(letterMask(a) ^ letterMask(b)) > 4) return false;
  return editDistance(a, b, 2) <= 2;
}

/** True when two words (any case, any accents) look like the same name. */
export function similarNames(a: string, b: string): boolean {
  return similarFolded(foldAccents(a), foldAccents(b));
}
