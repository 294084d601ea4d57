import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobProgress } from '../../src/state/job-progress.ts';

const share = (p: { done: number; total: number }) => p.done / p.total;

describe('JobProgress', () => {
  it('weighs each document by its length, counting those not yet reported as not started', () => {
    const job = new JobProgress([
      ['long', 3000],
      ['short', 1000],
    ]);
    // The short document reports first, half done: an eighth of the work, not half of it.
    expect(share(job.update('short', { phase: 'segment', done: 5, total: 10 }))).toBeCloseTo(0.125);
    // The long one starts: the bar does not fall to the sum of their counts (5 of 10 + 0 of 300).
    expect(share(job.update('long', { phase: 'segment', done: 0, total: 300 }))).toBeCloseTo(0.125);
    expect(share(job.update('long', { phase: 'segment', done: 150, total: 300 }))).toBeCloseTo(0.5);
  });

  it('does not go back when a part corrects its total at its end or a phase restarts from 0', () => {
    const doc = new JobProgress([['a', 1]]);
    expect(share(doc.update('a', { phase: 'segment', done: 90, total: 100 }))).toBeCloseTo(0.9);
    // Lines counted up front, paragraphs at the end (fewer): the share may read lower.
    expect(share(doc.update('a', { phase: 'segment', done: 40, total: 100 }))).toBeCloseTo(0.9);
    expect(share(doc.update('a', { phase: 'segment', done: 60, total: 60 }))).toBe(1);

    const align = new JobProgress([
      ['align-paragraphs', 1],
      ['align-sentences', 1],
    ]);
    expect(share(align.update('align-paragraphs', { phase: 'align-paragraphs', done: 3, total: 3 }))).toBe(
      0.5,
    );
    expect(share(align.update('align-sentences', { phase: 'align-sentences', done: 0, total: 40 }))).toBe(
      0.5,
    );
    const end = align.update('align-sentences', { phase: 'align-sentences', done: 40, total: 40 });
    expect(share(end)).toBe(1);
    expect(end.phase).toBe('align-sentences');
  });

  it('stays within 0 and 1 and never decreases, whatever the parts report', () => {
    const report = fc.record({
      part: fc.constantFrom('a', 'b', 'c'),
      done: fc.integer({ min: -5, max: 200 }),
      total: fc.integer({ min: 0, max: 150 }),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 40 }), (reports) => {
        const job = new JobProgress([
          ['a', 10],
          ['b', 0],
        ]);
        let last = 0;
        for (const r of reports) {
          const p = job.update(r.part, { phase: 'x', done: r.done, total: r.total });
          const s = share(p);
          expect(s).toBeGreaterThanOrEqual(last);
          expect(s).toBeLessThanOrEqual(1);
          last = s;
        }
      }),
    );
  });
});
