/**
 * Binary search over a range whose predicate holds, then fails: the first index in
 * [start, end) at which `isBefore` is false (`end` if it never is). The one search behind every
 * "first offset at or after", "last span starting before" and "how many below" of the project
 * (C++'s std::partition_point, Rust's slice::partition_point). O(log n) calls of `isBefore`.
 *
 *   partitionPoint(xs.length, (i) => xs[i] < v)    // lower bound: first xs[i] >= v
 *   partitionPoint(xs.length, (i) => xs[i] <= v)   // upper bound: first xs[i] > v
 *   partitionPoint(xs.length, (i) => xs[i] <= v) - 1   // last xs[i] <= v (-1 if none)
 */
export function partitionPoint(end: number, isBefore: (index: number) => boolean, start = 0): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
