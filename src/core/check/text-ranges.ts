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

// No match of SKIP contains white space, and every match contains `@`, `#`, `:/` (`://`) or a
// `.` with something after it (`www.x`, `.tld`): the regex only needs to read the
// space-delimited chunks that hold one of them (a `.` or `:` ending a word does not count). Running it over the whole text costs ~80 ms a megabyte (its e-mail and domain
// branches rescan each word); over those chunks a few ms, with the same matches (a chunk is cut
// at white space, a non-word character, so `\b` reads the same at its ends).
function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f;
}

// `c` followed by `next` can start or sit inside a match: `@`, `#`, `:/`, `.` before a non-space.
function isTrigger(c: number, next: number): boolean {
  if (c === 64 || c === 35) return true; // @ #
  if (c === 58) return next === 47; // :/
  return c === 46 && !isBreak(next); // .x
}

function computeRanges(text: string): SkipRanges {
  const starts: number[] = [];
  const ends: number[] = [];
  let chunk = 0;
  let trigger = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (!isBreak(c)) {
      if (!trigger && isTrigger(c, i + 1 < text.length ? text.charCodeAt(i + 1) : 32)) trigger = true;
      continue;
    }
    if (trigger) {
      const part = text.slice(chunk, i);
      SKIP.lastIndex = 0;
      for (let m = SKIP.exec(part); m !== null; m = SKIP.exec(part)) {
        starts.push(chunk + m.index);
        ends.push(chunk + m.index + m[0].length);
      }
      trigger = false;
    }
    chunk = i + 1;
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
