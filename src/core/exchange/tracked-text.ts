/**
 * A passage as a sequence of runs for reports: the word diff of its original against its
 * current text (tracked changes, with the `diff` package's `diffWordsWithSpace`: white space
 * is a token too, so that typographic fixes — a no-break space before `:` or inside `« »` —
 * show as changes, and both texts are rebuilt exactly), with finding spans (over the current
 * text) marked.
 */
import { diffWordsWithSpace } from 'diff';
import type { Finding } from '../model/finding.ts';
import type { RowFinding } from './pair-rows.ts';

/** A run of text: unchanged, inserted or deleted, and the findings covering it. */
export interface TrackedRun {
  readonly text: string;
  readonly kind: 'same' | 'inserted' | 'deleted';
  readonly findings: readonly Finding[];
}

/**
 * A stretch that no edit touched: `current[start, end)` is `original` from `originalStart`
 * (the edit log knows them; see `ReplayedLog.changes`).
 */
export interface UnchangedStretch {
  readonly start: number;
  readonly end: number;
  readonly originalStart: number;
}

interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/**
 * Runs of `current` (with deletions from `original` in place) and the findings over them.
 * `unchanged` (optional, in order) lets the diff run on the edited places alone: the word diff
 * costs O(length × edits), 8 s for a 70 kB paragraph with 4,000 edits when run on the whole.
 */
export function trackedRuns(
  original: string,
  current: string,
  findings: readonly RowFinding[],
  unchanged?: readonly UnchangedStretch[],
): TrackedRun[] {
  let parts: DiffPart[] = [{ value: current }];
  if (original !== current) {
    const diff =
      unchanged && unchanged.length > 0 && holds(original, current, unchanged)
        ? diffAround(original, current, unchanged)
        : diffWordsWithSpace(original, current);
    // The diff rebuilds the new text exactly; if it ever did not, show no changes rather
    // than misplace the finding marks.
    if (
      diff
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join('') === current
    )
      parts = diff;
  }
  const cuts = [...new Set(findings.flatMap((f) => [f.start, f.end]))].sort((a, b) => a - b);
  // Findings by start; `open` holds those started before the run's end (by input order), and
  // loses those ended at or before its start: each run reads the findings over it, not all.
  const byStart = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start);
  let next = 0;
  let open: number[] = [];
  let nextCut = 0;
  const runs: TrackedRun[] = [];
  let pos = 0;
  for (const part of parts) {
    if (part.value === '') continue;
    if (part.removed) {
      runs.push({ text: part.value, kind: 'deleted', findings: [] });
      continue;
    }
    const kind = part.added ? 'inserted' : 'same';
    const end = pos + part.value.length;
    while (nextCut < cuts.length && cuts[nextCut]! <= pos) nextCut++;
    let from = pos;
    while (from < end) {
      const cut = nextCut < cuts.length && cuts[nextCut]! < end ? cuts[nextCut++]! : end;
      let added = false;
      while (next < byStart.length && findings[byStart[next]!]!.start < cut) {
        open.push(byStart[next++]!);
        added = true;
      }
      if (added) open.sort((a, b) => a - b);
      open = open.filter((i) => findings[i]!.end > from);
      runs.push({ text: current.slice(from, cut), kind, findings: open.map((i) => findings[i]!.finding) });
      from = cut;
    }
    pos = end;
  }
  return runs;
}

/** Whether every stretch said unchanged is, in order and inside both texts. */
function holds(original: string, current: string, unchanged: readonly UnchangedStretch[]): boolean {
  let last = 0;
  let lastOriginal = 0;
  for (const u of unchanged) {
    const originalEnd = u.originalStart + (u.end - u.start);
    if (u.start < last || u.end < u.start || u.originalStart < lastOriginal || u.end > current.length)
      return false;
    if (originalEnd > original.length) return false;
    if (current.slice(u.start, u.end) !== original.slice(u.originalStart, originalEnd)) return false;
    last = u.end;
    lastOriginal = originalEnd;
  }
  return true;
}

/**
 * The word diff run between the unchanged stretches only, cut inside each at word boundaries
 * (where `diffWordsWithSpace` would cut its tokens in both texts), the parts joined as one diff
 * of the whole would give them: the same pieces, neighbours of a kind merged.
 */
function diffAround(original: string, current: string, unchanged: readonly UnchangedStretch[]): DiffPart[] {
  const parts: DiffPart[] = [];
  const add = (part: DiffPart) => {
    if (part.value === '') return;
    const last = parts[parts.length - 1];
    if (last && !last.added === !part.added && !last.removed === !part.removed) last.value += part.value;
    else
      parts.push({
        value: part.value,
        ...(part.added ? { added: true } : {}),
        ...(part.removed ? { removed: true } : {}),
      });
  };
  const diffPiece = (before: string, after: string) => {
    if (before === after) add({ value: after });
    else for (const p of diffWordsWithSpace(before, after)) add(p);
  };
  let at = 0;
  let atOriginal = 0;
  for (const u of unchanged) {
    // Both cuts have the stretch's characters on both sides: tokens end there in both texts.
    // CONTEXT tokens stay beside each edited place; a shorter stretch joins the edited places
    // around it into one piece, unless that piece is already long (edits every few words): then
    // it is cut in its middle, to bound the diff's cost.
    const head = boundaries(current, u.start, u.end, 1);
    const tail = boundaries(current, u.start, u.end, -1);
    let a: number;
    let b: number;
    if (head.length === CONTEXT && tail.length === CONTEXT && head[CONTEXT - 1]! < tail[CONTEXT - 1]!) {
      a = head[CONTEXT - 1]!;
      b = tail[CONTEXT - 1]!;
    } else {
      if (u.start - at < PIECE_LENGTH) continue;
      const all = boundaries(current, u.start, u.end, 1, Number.POSITIVE_INFINITY);
      if (all.length === 0) continue;
      a = all[(all.length - 1) >> 1]!;
      b = a;
    }
    if (a < at) continue;
    diffPiece(original.slice(atOriginal, u.originalStart + (a - u.start)), current.slice(at, a));
    add({ value: current.slice(a, b) });
    at = b;
    atOriginal = u.originalStart + (b - u.start);
  }
  diffPiece(original.slice(atOriginal), current.slice(at));
  return parts;
}

/**
 * Tokens of unchanged text kept beside each edited place: the diff then places its changes as
 * on the whole (none differed in 18,000 random edit logs with 8; one with 4; 1,080 with 1).
 */
const CONTEXT = 8;
/**
 * Characters past which a piece of close edits is cut at its next short unchanged stretch. There
 * the whole diff could have matched differently where two matchings tie (a word deleted with its
 * neighbour rather than apart: 24 places of 4,000 edits in a 70 kB paragraph with one at every other
 * space, some deleting, some inserting words); the cost stays O(length × 500 characters).
 */
const PIECE_LENGTH = 500;

/**
 * The first (`step` 1) or last (-1) `count` token boundaries strictly inside [start, end) of
 * `text`, from that end inwards.
 */
function boundaries(text: string, start: number, end: number, step: 1 | -1, count = CONTEXT): number[] {
  const out: number[] = [];
  for (let p = step === 1 ? start + 1 : end - 1; p > start && p < end && out.length < count; p += step)
    if (tokenBoundary(text, p)) out.push(p);
  return out;
}

/** `diffWordsWithSpace`'s word characters (its `extendedWordChars`). */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0xad ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2c6) ||
    (c >= 0x2c8 && c <= 0x2d7) ||
    (c >= 0x2de && c <= 0x2ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

const LINE_SPACE = /^[^\S\n\r]$/;

/**
 * Whether `diffWordsWithSpace`'s tokens part at `p` of `text` (its tokens: a line break, a run
 * of word characters, a run of other white space, or any other single character): the two
 * characters around `p` decide it.
 */
function tokenBoundary(text: string, p: number): boolean {
  const a = text.charCodeAt(p - 1);
  const b = text.charCodeAt(p);
  if (isWordChar(a) && isWordChar(b)) return false;
  if (a === 0x0d && b === 0x0a) return false;
  if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return false;
  return !(LINE_SPACE.test(text[p - 1]!) && LINE_SPACE.test(text[p]!));
}
