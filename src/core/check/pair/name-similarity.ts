/**
 * Loose identity of names across languages and spellings: accent-folded equality, a shared
 * prefix (Simard et al. 1992's cognates: `Palestinian` / `palestinien`, `Syria` / `Syrie`) or a
 * small edit distance (`Gaddafi` / `Kadhafi` is too far; `Jiráček` / `Jiracek` is equal folded),
 * unless only the initial changed to one no transliteration gives (`Howell` / `Powell`).
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

/** The letters of a word as a 32-bit set (char code mod 32): see similarFoldedMasked. */
export function letterMaskOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Initials that transliterations and French spellings swap (Koran = Coran, Yulia = Julia,
// Sharia = Charia, Zion = Sion, Unction = Onction, Wladimir = Vladimir), each letter with its group.
const INITIAL_GROUPS = ['ckqgx', 'szcx', 'yji', 'uoa', 'fp', 'vw', 'ei'];

/**
 * Two words of one length whose first letters differ, outside those groups: another name
 * (Howell → Powell, Baker → Maker), not a spelling of the same one, however close the rest.
 */
function otherInitial(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] === b[0]) return false;
  const x = a[0]!;
  const y = b[0]!;
  return !INITIAL_GROUPS.some((g) => g.includes(x) && g.includes(y));
}

/** True when two folded words look like the same name or cognate. */
export function similarFolded(a: string, b: string): boolean {
  return similarFoldedMasked(a, -1, b, -1);
}

/**
 * similarFolded, given the words' letter masks (letterMaskOf) when the caller keeps them, or -1
 * to compute them only if needed.
 */
export function similarFoldedMasked(a: string, maskA: number, b: string, maskB: number): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 4) return false;
  let p = 0;
  while (p < short && a[p] === b[p]) p++;
  if (p >= 4 && p >= 0.6 * short) return true;
  if (short < 5 || Math.abs(a.length - b.length) > 2) return false;
  if (otherInitial(a, b)) return false;
  // One edit changes a word's set of letters by at most two, so sets (even hashed into 32
  // buckets) differing by more than four letters are more than two edits apart.
  const ma = maskA === -1 ? letterMaskOf(a) : maskA;
  const mb = maskB === -1 ? letterMaskOf(b) : maskB;
  if (popcount(ma ^ mb) > 4) return false;
  return editDistance(a, b, 2) <= 2;
}

/** True when two words (any case, any accents) look like the same name. */
export function similarNames(a: string, b: string): boolean {
  return similarFolded(foldAccents(a), foldAccents(b));
}
