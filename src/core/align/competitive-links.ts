/**
 * Competitive linking (Melamed 2000) over scored pairs: visit pairs from the highest score
 * down and link a pair when neither its row nor its column is linked yet. A loosely rendered
 * item of a list is seldom the mutual best match of its segments, because the list's other
 * items share its frame ("Stop …", "Stop …"): the tightly rendered item takes the row or
 * column first, and once it is linked the loose item is the best of what is left.
 * Pairs of equal score are linked together (each judged against the links of higher scores
 * only), so that swapping the two texts links the transposed pairs.
 * Returns the linked pairs as keys i · m + j.
 */
export function competitiveLinks(
  pairs: readonly { readonly i: number; readonly j: number; readonly v: number }[],
  n: number,
  m: number,
): Set<number> {
  const sorted = [...pairs].sort((x, y) => y.v - x.v);
  const rowUsed = new Uint8Array(n);
  const colUsed = new Uint8Array(m);
  const links = new Set<number>();
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end < sorted.length && sorted[end]!.v === sorted[k]!.v) end++;
    const group = sorted.slice(k, end).filter((p) => rowUsed[p.i] === 0 && colUsed[p.j] === 0);
    for (const p of group) {
      links.add(p.i * m + p.j);
      rowUsed[p.i] = 1;
      colUsed[p.j] = 1;
    }
    k = end;
  }
  return links;
}
