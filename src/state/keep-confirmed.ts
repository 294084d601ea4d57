/**
 * Re-alignment that keeps what a person confirmed: the confirmed beads stay as they are and
 * cut both texts into gaps; each bead of the fresh alignment is clipped to the gaps, and the
 * part of it that falls in each gap is kept there (in order, since beads are monotone).
 */
import type { Bead } from '../core/index.ts';

function gapOf(index: number, bounds: readonly number[]): number {
  // bounds[k] = first index after confirmed bead k; gap k lies before confirmed bead k.
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] ?? 0) <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Merge `fresh` beads around the confirmed beads of `previous`. */
export function keepConfirmed(fresh: readonly Bead[], previous: readonly Bead[]): readonly Bead[] {
  const confirmed = previous.filter((b) => b.confirmed);
  if (confirmed.length === 0) return fresh;
  const taken = { src: new Set<number>(), tgt: new Set<number>() };
  for (const b of confirmed) {
    for (const i of b.src) taken.src.add(i);
    for (const j of b.tgt) taken.tgt.add(j);
  }
  // A segment's gap: how many confirmed beads lie wholly before it on its side.
  const srcEnds = confirmed.map((b, k) =>
    b.src.length ? Math.max(...b.src) + 1 : prevEnd(confirmed, k, 'src'),
  );
  const tgtEnds = confirmed.map((b, k) =>
    b.tgt.length ? Math.max(...b.tgt) + 1 : prevEnd(confirmed, k, 'tgt'),
  );
  const gaps: Bead[][] = confirmed.map(() => []);
  gaps.push([]);
  for (const bead of fresh) {
    const parts = new Map<number, { src: number[]; tgt: number[] }>();
    const part = (g: number) => {
      let p = parts.get(g);
      if (!p) {
        p = { src: [], tgt: [] };
        parts.set(g, p);
      }
      return p;
    };
    for (const i of bead.src) if (!taken.src.has(i)) part(gapOf(i, srcEnds)).src.push(i);
    for (const j of bead.tgt) if (!taken.tgt.has(j)) part(gapOf(j, tgtEnds)).tgt.push(j);
    const whole = parts.size === 1 && [...parts.values()].every((p) => p.src.length === bead.src.length);
    for (const [g, p] of parts) {
      const clipped = whole && p.tgt.length === bead.tgt.length;
      gaps[g]?.push({
        src: p.src,
        tgt: p.tgt,
        confidence: clipped ? bead.confidence : Math.min(bead.confidence, 0.3),
      });
    }
  }
  const out: Bead[] = [];
  confirmed.forEach((b, k) => {
    out.push(...(gaps[k] ?? []), b);
  });
  out.push(...(gaps[confirmed.length] ?? []));
  return out;
}

function prevEnd(confirmed: readonly Bead[], k: number, side: 'src' | 'tgt'): number {
  for (let m = k - 1; m >= 0; m--) {
    const b = confirmed[m];
    if (b?.[side].length) return Math.max(...b[side]) + 1;
  }
  return 0;
}
