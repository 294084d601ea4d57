/**
 * Tracing time of the sample case in Node (wall and CPU, median of five runs after one warm-up
 * that builds the matcher's lexicon index). Run: npx tsx tests/bench/lib/quote-sample-time.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadLexicon } from '../../../src/cli/load-lexicons.ts';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.ts';
import { traceQuotations } from '../../../src/core/quote/trace-quotations.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const dir = new URL('../../../data/sample/', import.meta.url);
const lexicons = [loadLexicon('fr', 'en'), loadLexicon('en', 'fr')].filter(
  (l): l is Lexicon => l !== undefined,
);
const documents = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) =>
    segmentDocument(readFileSync(new URL(f, dir), 'utf8'), {
      id: f.slice(0, 3),
      name: f,
      lang: f < '003' ? 'fr' : 'en',
    }),
  );
await traceQuotations({ documents }, { lexicons });
const walls: number[] = [];
const cpus: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await traceQuotations({ documents }, { lexicons });
  const c = process.cpuUsage(c0);
  walls.push(performance.now() - t0);
  cpus.push((c.user + c.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `sample case traced: median wall ${(median(walls) / 1000).toFixed(2)} s, CPU ${(median(cpus) / 1000).toFixed(2)} s (five runs after a warm-up)`,
);
