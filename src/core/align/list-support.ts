/**
 * List evidence of each local pair (pass 2): the strongest pass-1 confidence of a pair right
 * beside it on the diagonal ((i−1, j−1) or (i+1, j+1), no item skipped), scaled by how short
 * both pairs are (the smaller of their `shortness`). A list rendered item by item (a letter's
 * demands, short paragraphs in a row) puts short items next to each other on both sides: a
 * loose item beside a tightly rendered one is then much more likely a rendering of its
 * neighbour in the list than a long background segment beside a rendered one is. Symmetric in
 * the two texts.
 */
export function listSupport(
  pairs: readonly { readonly i: number; readonly j: number }[],
  base: readonly number[],
  shortness: readonly number[],
): number[] {
  const at = new Map(pairs.map((p, k) => [`${p.i}:${p.j}`, k] as const));
  return pairs.map((p, k) => {
    let best = 0;
    for (const d of [-1, 1]) {
      const q = at.get(`${p.i + d}:${p.j + d}`);
      if (q === undefined) continue;
      best = Math.max(best, base[q]! * Math.min(shortness[k]!, shortness[q]!));
    }
    return best;
  });
}

/**
 * How much shorter than its side's median segment a segment is: log(median / length), between
 * 0 (median or longer) and 2. List items are short beside a text's ordinary paragraphs and
 * sentences.
 */
export function shortness(length: number, median: number): number {
  return Math.min(2, Math.max(0, Math.log(Math.max(1, median) / Math.max(1, length))));
}
