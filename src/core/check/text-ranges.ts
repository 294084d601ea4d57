/**
 * Stretches of a text that word rules must not read as words: URLs, e-mail addresses, domain
 * names, @handles and #tags. Returned as sorted, disjoint spans with a fast membership test.
 */

const SKIP =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s«»"“”<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\p{L}\p{N}_]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|fr|org|net|io|gov|edu|co|uk|de|ch|ca|be|info|eu|ly)\b(?:\/\S*)?/giu;

/** Membership test over the skipped spans of a text. */
export interface SkipRanges {
  /** Whether [start, end) overlaps a URL, address, handle or tag. */
  overlaps(start: number, end: number): boolean;
}

const cache = new Map<string, SkipRanges>();

/** Find the URLs, e-mail addresses, domains, handles and tags of `text` (the last few texts are memoised). */
export function skipRanges(text: string): SkipRanges {
  const hit = cache.get(text);
  if (hit) return hit;
  const ranges = computeRanges(text);
  if (cache.size >= 4) cache.delete(cache.keys().next().value!);
  cache.set(text, ranges);
  return ranges;
}

function computeRanges(text: string): SkipRanges {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(SKIP)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return {
    overlaps(start, end) {
      // Binary search for the last range starting before `end`.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! < end) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && ends[lo - 1]! > start;
    },
  };
}
