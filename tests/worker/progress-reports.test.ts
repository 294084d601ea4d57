import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/index.ts';
import { serve } from '../../src/worker/engine.worker.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

// A long text: its segmentation yields (and reports) every 30 ms for a few hundred ms.
const paragraph =
  'The minister said on Tuesday that the plan would go ahead. It was approved by parliament, ' +
  'which met late into the night. Dr. Smith disagreed. « Non ! » a-t-il dit.';
const text = Array.from({ length: 6000 }, (_, i) => `${i}. ${paragraph}`).join('\n');

describe('progress reports of a long call', () => {
  it('come at most every 100 ms within a phase, the first and the last always', async () => {
    const posted: { at: number; message: FromWorker }[] = [];
    const s = {
      onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
      postMessage(message: FromWorker) {
        posted.push({ at: performance.now(), message });
      },
    };
    serve(s);
    const started = performance.now();
    s.onmessage?.({
      data: { type: 'call', id: 1, op: 'segment', payload: { id: 'd', name: 'd.txt', text, lang: 'en' } },
    } as MessageEvent<ToWorker>);
    while (!posted.some((p) => p.message.type !== 'progress')) await new Promise((r) => setTimeout(r, 5));
    const elapsed = performance.now() - started;
    const reports = posted.flatMap((p) => (p.message.type === 'progress' ? [p] : []));
    const progress = reports.map((p) => (p.message as { progress: Progress }).progress);
    expect(progress[0]).toMatchObject({ phase: 'segment', done: 0 });
    expect(progress.at(-1)).toMatchObject({ phase: 'segment', done: 6000, total: 6000 });
    // Between the first and the last: one report per 100 ms at most.
    expect(reports.length).toBeLessThanOrEqual(2 + Math.floor(elapsed / 100) + 1);
    for (let k = 2; k < reports.length - 1; k++)
      expect(reports[k]!.at - reports[k - 1]!.at).toBeGreaterThanOrEqual(99);
  });
});
