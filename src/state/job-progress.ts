import type { Progress } from '../core/index.ts';

/** Units of the combined figure a `JobProgress` reports (`done` of `total`). */
const SCALE = 1000;

/**
 * One progress bar for a job made of parts that report on their own: the documents of an
 * import segmented at once, or the phases of an alignment (paragraphs, then sentences). Each
 * part's own `done / total` is weighted by its share of the work, known up front (a document's
 * length, a phase's expected share), so the bar does not jump back when a part reports for the
 * first time, when a part restarts its count (a new phase from 0) or when a part's total is
 * corrected at its end. The figure never goes back: it is the highest seen so far.
 */
export class JobProgress {
  private readonly weights: Map<string, number>;
  private readonly fractions = new Map<string, number>();
  private shown = 0;

  /** `weights`: each part's share of the work (any positive scale); unlisted parts weigh 1. */
  constructor(weights: Iterable<readonly [string, number]>) {
    this.weights = new Map([...weights].map(([part, w]) => [part, Math.max(0, w)]));
  }

  /** Record `progress` for `part` and return the job's combined progress. */
  update(part: string, progress: Progress): Progress {
    if (!this.weights.has(part)) this.weights.set(part, 1);
    const fraction = progress.total > 0 ? progress.done / progress.total : 0;
    this.fractions.set(part, Math.min(1, Math.max(0, fraction)));
    let all = 0;
    let done = 0;
    for (const [p, w] of this.weights) {
      all += w;
      done += w * (this.fractions.get(p) ?? 0);
    }
    const combined = all > 0 ? Math.round((done / all) * SCALE) : 0;
    this.shown = Math.max(this.shown, combined);
    return { phase: progress.phase, done: this.shown, total: SCALE };
  }
}
