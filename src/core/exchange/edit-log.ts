/**
 * Replaying a case document's edit log (see `CaseEdit`): the current text, the applied
 * fixes located in the current text, and a map from current offsets back to the original,
 * so that exports can show corrections as tracked changes.
 */
import type { CaseEdit } from '../model/case-file.ts';
import { partitionPoint } from '../model/partition-point.ts';

/** A fix found in the log, located in the current text. */
export interface AppliedFixRecord {
  readonly rule: string;
  readonly before: string;
  readonly after: string;
  /** Where its replacement text now is, in the current text (may be narrowed by later edits). */
  readonly start: number;
  readonly end: number;
}

/** The replayed log. */
export interface ReplayedLog {
  readonly text: string;
  readonly fixes: readonly AppliedFixRecord[];
  /** Offset in the original text of current offset `pos`; inside an edit, its start or end by `bias`. */
  toOriginal(pos: number, bias: 'start' | 'end'): number;
  /** The original text of the current range [start, end). */
  originalTextSlice(start: number, end: number): string;
  /**
   * The stretches of the current text that edits wrote (or the points where they deleted),
   * in order, apart and not touching: outside them the current text is the original, shifted.
   */
  readonly changes: readonly ChangedRange[];
}

/** A current range [start, end) that edits wrote over the original [originalStart, originalEnd). */
export interface ChangedRange {
  readonly start: number;
  readonly end: number;
  readonly originalStart: number;
  readonly originalEnd: number;
}

interface Step {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Replay `edits` over `originalText` (each over the text the previous ones left). */
export function replayEditLog(originalText: string, edits: readonly CaseEdit[]): ReplayedLog {
  const text = new PendingText(originalText);
  const steps: Step[] = [];
  const fixes: { rule: string; before: string; after: string; start: number; end: number }[] = [];
  // The changed stretches so far, in current offsets, with the length of original text each replaced.
  const changed: { start: number; end: number; originalLength: number }[] = [];
  for (const edit of edits) {
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
      throw new RangeError(
        `edit [${edit.start}, ${edit.end}) is outside a text of ${text.length} characters`,
      );
    }
    const before = text.replace(edit.start, edit.end, edit.text);
    const step = { start: edit.start, oldEnd: edit.end, newEnd: edit.start + edit.text.length };
    for (const f of fixes) {
      f.start = forward(f.start, step, 'start');
      f.end = Math.max(f.start, forward(f.end, step, 'end'));
    }
    steps.push(step);
    markChanged(changed, step);
    if (edit.origin === 'fix') {
      fixes.push({ rule: edit.rule ?? 'fix', before, after: edit.text, start: step.start, end: step.newEnd });
    }
  }
  const current = text.toString();
  const changes = originalOffsets(changed);
  const toOriginal = (pos: number, bias: 'start' | 'end'): number => {
    // Strictly between two changed stretches (or outside them all) the text is the original,
    // shifted: one binary search instead of a walk back through every step.
    const j = partitionPoint(changes.length, (k) => changes[k]!.end < pos);
    const next = changes[j];
    if (!next || pos < next.start) {
      const before = changes[j - 1];
      return before ? before.originalEnd + (pos - before.end) : pos;
    }
    let p = pos;
    for (let i = steps.length - 1; i >= 0; i--) {
      const s = steps[i]!;
      if (p <= s.start) continue;
      if (p >= s.newEnd) p += s.oldEnd - s.newEnd;
      else p = bias === 'start' ? s.start : s.oldEnd;
    }
    return p;
  };
  return {
    text: current,
    fixes,
    changes,
    toOriginal,
    originalTextSlice: (start, end) => originalText.slice(toOriginal(start, 'start'), toOriginal(end, 'end')),
  };
}

/**
 * A text being edited, its replacements gathered while each falls left of the ones before
 * (a 'fix all', logged from the end backwards) or right of them, and applied in one pass: one
 * after another, each would copy the whole text (O(length × edits)).
 */
class PendingText {
  private base: string;
  /** Replacements over `base`, apart, in the order they were made. */
  private pending: { start: number; end: number; text: string }[] = [];
  private order: 'left' | 'right' | undefined;
  /** How much longer the pending replacements make the text. */
  private delta = 0;

  constructor(text: string) {
    this.base = text;
  }

  get length(): number {
    return this.base.length + this.delta;
  }

  /** Replace current [start, end) by `text`; returns the text replaced. */
  replace(start: number, end: number, text: string): string {
    const last = this.pending[this.pending.length - 1];
    let shift = 0;
    if (last) {
      const lastDelta = last.text.length - (last.end - last.start);
      // Left of every pending replacement, current offsets are `base`'s.
      if (this.order !== 'right' && end <= last.start) this.order = 'left';
      // Right of every one, they are shifted by all of them.
      else if (this.order !== 'left' && start >= last.start + this.delta - lastDelta + last.text.length) {
        this.order = 'right';
        shift = this.delta;
      } else this.flush();
    }
    const replaced = this.base.slice(start - shift, end - shift);
    this.pending.push({ start: start - shift, end: end - shift, text });
    this.delta += text.length - (end - start);
    return replaced;
  }

  toString(): string {
    this.flush();
    return this.base;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const inOrder = this.order === 'left' ? this.pending.reverse() : this.pending;
    const pieces: string[] = [];
    let at = 0;
    for (const r of inOrder) {
      pieces.push(this.base.slice(at, r.start), r.text);
      at = r.end;
    }
    pieces.push(this.base.slice(at));
    this.base = pieces.join('');
    this.pending = [];
    this.order = undefined;
    this.delta = 0;
  }
}

/** The changed stretches with their offsets in the original text. */
function originalOffsets(
  changed: readonly { start: number; end: number; originalLength: number }[],
): ChangedRange[] {
  const changes: ChangedRange[] = [];
  let shift = 0;
  for (const c of changed) {
    const originalStart = c.start + shift;
    changes.push({
      start: c.start,
      end: c.end,
      originalStart,
      originalEnd: originalStart + c.originalLength,
    });
    shift += c.originalLength - (c.end - c.start);
  }
  return changes;
}

/**
 * Record step `s` in `changed` (sorted, apart): the stretches it touches or overlaps merge with
 * it, the later ones shift. Cost: a binary search and the shift of the later stretches.
 */
function markChanged(changed: { start: number; end: number; originalLength: number }[], s: Step): void {
  const lo = partitionPoint(changed.length, (i) => changed[i]!.end < s.start);
  let last = lo;
  let start = s.start;
  let end = s.oldEnd;
  let writtenLength = 0;
  let originalLength = 0;
  while (last < changed.length && changed[last]!.start <= s.oldEnd) {
    const c = changed[last]!;
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
    writtenLength += c.end - c.start;
    originalLength += c.originalLength;
    last++;
  }
  // The merged stretch's original: its changed parts' originals and the untouched text between.
  originalLength += end - start - writtenLength;
  const delta = s.newEnd - s.oldEnd;
  changed.splice(lo, last - lo, { start, end: end + delta, originalLength });
  for (let i = lo + 1; i < changed.length; i++) {
    const c = changed[i]!;
    c.start += delta;
    c.end += delta;
  }
}

/** Where an offset moves when step `s` is applied; a range overwritten by `s` is narrowed. */
function forward(pos: number, s: Step, bias: 'start' | 'end'): number {
  if (bias === 'start' ? pos < s.start : pos <= s.start) return pos;
  if (pos >= s.oldEnd) return pos + (s.newEnd - s.oldEnd);
  return bias === 'start' ? s.newEnd : s.start;
}
