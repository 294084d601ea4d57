/**
 * A search band for the alignment DP: for each source prefix length i (0…n), the inclusive
 * range lo[i]…hi[i] of target prefix lengths the DP may visit. Both bounds never decrease,
 * lo[0] = 0 and hi[n] = m, so the corner cells are always inside. Moore (2002) searches a
 * narrow band around the length-based path; the band makes time and memory linear.
 */
export interface Band {
  readonly n: number;
  readonly m: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** offset[i] = index of cell (i, lo[i]) in a flat array of all band cells; offset[n+1] = size. */
  readonly offset: Int32Array;
}

function finish(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  // Make the bounds monotone and keep the corners reachable.
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) if (hi[i]! < hi[i - 1]!) hi[i] = hi[i - 1]!;
  for (let i = n - 1; i >= 0; i--) if (lo[i]! > lo[i + 1]!) lo[i] = lo[i + 1]!;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i]!, m));
    hi[i] = Math.max(lo[i]!, Math.min(hi[i]!, m));
  }
  // Keep the band connected: row i must start no later than row i−1 ends, so that a 1-0 bead
  // can always step down (a steep diagonal, e.g. 1 segment against 200, would leave gaps).
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1;
  return { n, m, lo, hi, offset };
}

/** A band of half-width `width` around the straight diagonal from (0, 0) to (n, m). */
export function diagonalBand(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const j = n === 0 ? m : Math.round((i * m) / n);
    lo[i] = j - width;
    hi[i] = j + width;
  }
  return finish(n, m, lo, hi);
}

/**
 * A band of half-width `width` around a path given as the (i, j) corner points of its beads,
 * in order from (0, 0) to (n, m).
 */
export function bandAroundPath(
  n: number,
  m: number,
  points: readonly (readonly [number, number])[],
  width: number,
): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  let prevI = 0;
  let prevJ = 0;
  for (const [i, j] of points) {
    // Every row between two corners touches both their columns.
    for (let r = prevI; r <= i; r++) {
      lo[r] = Math.min(lo[r]!, prevJ - width);
      hi[r] = Math.max(hi[r]!, j + width);
    }
    prevI = i;
    prevJ = j;
  }
  // Widen along the source axis too, so that a path near a vertical run can move sideways.
  const lo2 = Int32Array.from(lo);
  const hi2 = Int32Array.from(hi);
  const rows = Math.ceil(width / 2);
  for (let i = 0; i <= n; i++) {
    const a = Math.max(0, i - rows);
    const b = Math.min(n, i + rows);
    lo2[i] = Math.min(lo[a]!, lo[i]!);
    hi2[i] = Math.max(hi[b]!, hi[i]!);
  }
  return finish(n, m, lo2, hi2);
}

/** Number of cells in the band. */
export function bandSize(band: Band): number {
  return band.offset[band.n + 1]!;
}

/** Whether a path comes within `margin` cells of a band edge that is not the grid's edge. */
export function pathTouchesEdge(
  band: Band,
  points: readonly (readonly [number, number])[],
  margin: number,
): boolean {
  for (const [i, j] of points) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    if ((lo > 0 && j - lo < margin) || (hi < band.m && hi - j < margin)) return true;
  }
  return false;
}
