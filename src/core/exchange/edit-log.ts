/**
 * Replaying a case document's edit log (see `CaseEdit`): the current text, the applied
 * fixes located in the current text, and a map from current offsets back to the original,
 * so that exports can show corrections as tracked changes.
 */
import type { CaseEdit } from '../model/case-file.ts';

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
}

interface Step {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Replay `edits` over `originalText` (each over the text the previous ones left). */
export function replayEditLog(originalText: string, edits: readonly CaseEdit[]): ReplayedLog {
  let text = originalText;
  const steps: Step[] = [];
  const fixes: { rule: string; before: string; after: string; start: number; end: number }[] = [];
  for (const edit of edits) {
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
      throw new RangeError(
        `edit [${edit.start}, ${edit.end}) is outside a text of ${text.length} characters`,
      );
    }
    const before = text.slice(edit.start, edit.end);
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const step = { start: edit.start, oldEnd: edit.end, newEnd: edit.start + edit.text.length };
    for (const f of fixes) {
      f.start = forward(f.start, step, 'start');
      f.end = Math.max(f.start, forward(f.end, step, 'end'));
    }
    steps.push(step);
    if (edit.origin === 'fix') {
      fixes.push({ rule: edit.rule ?? 'fix', before, after: edit.text, start: step.start, end: step.newEnd });
    }
  }
  const toOriginal = (pos: number, bias: 'start' | 'end'): number => {
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
    text,
    fixes,
    toOriginal,
    originalTextSlice: (start, end) => originalText.slice(toOriginal(start, 'start'), toOriginal(end, 'end')),
  };
}

/** Where an offset moves when step `s` is applied; a range overwritten by `s` is narrowed. */
function forward(pos: number, s: Step, bias: 'start' | 'end'): number {
  if (bias === 'start' ? pos < s.start : pos <= s.start) return pos;
  if (pos >= s.oldEnd) return pos + (s.newEnd - s.oldEnd);
  return bias === 'start' ? s.newEnd : s.start;
}
