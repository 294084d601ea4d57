/**
 * Stretches of a text that word rules must not read as words: URLs, e-mail addresses, domain
 * names, @handles and #tags. Returned as sorted, disjoint spans with a fast membership test.
 */

import { partitionPoint } from '../model/partition-point.ts';
import { registerCheckMemo } from './check-memos.ts';

// The address and domain branches are bounded as the standards bound them (a local part of at
// most 64 characters, RFC 5321; labels of at most 63, RFC 1035; and, here, at most 8 dots
// before the top-level domain): unbounded, each word of a long run such as `mot.mot.mot…` or
// `a.b.c…` restarted a scan to the end of the run (quadratic: 100 kB took a minute).
const SKIP =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s«»"“”<>]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|[@#][\p{L}\p{N}_]+|\b[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.(?:com|fr|org|net|io|gov|edu|co|uk|de|ch|ca|be|info|eu|ly)\b(?:\/\S*)?/giu;

/** Membership test over the skipped spans of a text. */
export interface SkipRanges {
  /** Whether [start, end) overlaps a URL, address, handle or tag. */
  overlaps(start: number, end: number): boolean;
}

const cache = new Map<string, SkipRanges>();
registerCheckMemo(() => cache.clear());

/** Find the URLs, e-mail addresses, domains, handles and tags of `text` (the last few texts are memoised). */
export function skipRanges(text: string): SkipRanges {
  const hit = cache.get(text);
  if (hit) return hit;
  const ranges = computeRanges(text);
  if (cache.size >= 4) cache.delete(cache.keys().next().value!);
  cache.set(text, ranges);
  return ranges;
}

// No match of SKIP contains white space, and every match holds a trigger: `@`, `#`, `:/`
// (`://`), `www.`, or a `.` before an ASCII letter (`.tld`; no top-level domain of SKIP starts
// with k or s, the letters that /iu also matches to non-ASCII K and ſ). So the regex only needs
// to read the space-delimited chunks with a trigger. Running it over the whole text costs ~80 ms
// a megabyte (its e-mail and domain branches rescan each word); over those chunks a few ms, with
// the same matches (a chunk is cut at white space, a non-word character, so `\b` reads the same
// at its ends).
function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f;
}

// The triggers (see above); `i` is for ASCII letters only, so K and ſ are not folded in.
const TRIGGER = /[@#]|:\/|\.[a-z]|w\./gi;

function computeRanges(text: string): SkipRanges {
  const starts: number[] = [];
  const ends: number[] = [];
  let done = 0; // end of the last chunk read
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t !== null; t = TRIGGER.exec(text)) {
    if (t.index < done) continue;
    let chunk = t.index;
    while (chunk > 0 && !isBreak(text.charCodeAt(chunk - 1))) chunk--;
    let end = t.index + 1;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    const part = text.slice(chunk, end);
    SKIP.lastIndex = 0;
    for (let m = SKIP.exec(part); m !== null; m = SKIP.exec(part)) {
      starts.push(chunk + m.index);
      ends.push(chunk + m.index + m[0].length);
    }
    done = end;
    TRIGGER.lastIndex = end;
  }
  return {
    overlaps(start, end) {
      // Binary search for the last range starting before `end`.
      const lo = partitionPoint(starts.length, (k) => starts[k]! < end);
      return lo > 0 && ends[lo - 1]! > start;
    },
  };
}
