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

/** Runs of `current` (with deletions from `original` in place) and the findings over them. */
export function trackedRuns(
  original: string,
  current: string,
  findings: readonly RowFinding[],
): TrackedRun[] {
  let parts: { value: string; added?: boolean; removed?: boolean }[] = [{ value: current }];
  if (original !== current) {
    const diff = diffWordsWithSpace(original, current);
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
  const cuts = new Set<number>();
  for (const f of findings) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
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
    const inside = [...cuts].filter((c) => c > pos && c < end).sort((a, b) => a - b);
    let from = pos;
    for (const cut of [...inside, end]) {
      const covering = findings.filter((f) => f.start < cut && f.end > from).map((f) => f.finding);
      runs.push({ text: current.slice(from, cut), kind, findings: covering });
      from = cut;
    }
    pos = end;
  }
  return runs;
}
