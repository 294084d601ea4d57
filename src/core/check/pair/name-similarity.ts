/**
 * Loose identity of names across languages and spellings: accent-folded equality, a shared
 * prefix (Simard et al. 1992's cognates: `Palestinian` / `palestinien`, `Syria` / `Syrie`) or a
 * small edit distance (`Gaddafi` / `Kadhafi` is too far; `Jiráček` / `Jiracek` is equal folded).
 */
import { fold as foldAccents } from './fold.ts';

/** Levenshtein distance (two-row dynamic programme), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** True when two folded words look like the same name or cognate. */
export function similarFolded(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 4) return false;
  let p = 0;
  while (p < short && a[p] === b[p]) p++;
  if (p >= 4 && p >= 0.6 * short) return true;
  return short >= 5 && editDistance(a, b, 2) <= 2;
}

/** True when two words (any case, any accents) look like the same name. */
export function similarNames(a: string, b: string): boolean {
  return similarFolded(foldAccents(a), foldAccents(b));
}
