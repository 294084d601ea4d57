/**
 * Block evidence of each local pair (pass 2). Reports render a source in contiguous blocks (a
 * letter's list of demands, several consecutive sentences), often loosely and skipping an item,
 * so a pair whose diagonal neighbour is a confident pair is more likely right than one standing
 * alone: the anchor lifts its neighbours in order. For each pair, the strongest pass-1
 * confidence among its predecessors (i−1, j−1), (i−2, j−1), (i−1, j−2) (one item skipped on
 * either side) and among its successors likewise; features: the larger and the smaller of the
 * two (a pair inside a block is supported on both sides, one at a block's edge on one). Each
 * neighbour's confidence is its own evidence only (pass 1), so that two weak pairs do not vouch
 * for each other. Symmetric in the two texts (the neighbourhood transposes onto itself).
 */
export function blockSupport(
  pairs: readonly { readonly i: number; readonly j: number }[],
  base: readonly number[],
): [number, number][] {
  const at = new Map(pairs.map((p, k) => [`${p.i}:${p.j}`, base[k]!] as const));
  const best = (i: number, j: number, d: number) =>
    Math.max(
      at.get(`${i + d}:${j + d}`) ?? 0,
      at.get(`${i + 2 * d}:${j + d}`) ?? 0,
      at.get(`${i + d}:${j + 2 * d}`) ?? 0,
    );
  return pairs.map((p) => {
    const before = best(p.i, p.j, -1);
    const after = best(p.i, p.j, 1);
    return [Math.max(before, after), Math.min(before, after)];
  });
}
