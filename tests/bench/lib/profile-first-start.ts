/**
 * Where a first start's time goes: builds the app into a private folder, opens it on a fresh
 * profile while Chromium traces every thread (main thread and engine worker, V8 sampling
 * profiler) until the sample case's aligned rows show, and prints a timeline from navigation
 * start: the engine calls, each thread's busy time in windows, the busiest functions, and the
 * main thread's tasks over 20 ms. Not a benchmark (tracing slows things down): a profiler.
 * With `--until-spelling`, the trace runs on until the French spelling findings are shown, and
 * the worker's word-list and rule measures (`words:`, `rule:`) are listed too.
 *
 * Run: `node --import tsx tests/bench/lib/profile-first-start.ts [out.json] [--no-minify] [--until-spelling]`.
 */
import { writeFile } from 'node:fs/promises';
import { openPrivateBuild } from './open-private-build.ts';
import {
  busiest,
  engineCalls,
  startTrace,
  taskContents,
  threadNames,
  threadProfiles,
} from './trace-analysis.ts';

const minify = !process.argv.includes('--no-minify');
const untilSpelling = process.argv.includes('--until-spelling');
const out = process.argv.slice(2).find((a) => !a.startsWith('--'));
const { url, context, page, close } = await openPrivateBuild('first-start', { minify });
const cdp = await context.newCDPSession(page);
const stopTrace = await startTrace(cdp);
await page.goto(url);
await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
const rowsAt = await page.evaluate(() => performance.now());
const spellingAt = untilSpelling
  ? await page
      .waitForSelector('[data-testid="category-filters"] [data-category="spelling"]', { timeout: 60_000 })
      .then(() => page.evaluate(() => performance.now()))
  : undefined;
const origin = await page.evaluate(() => performance.timeOrigin);
await new Promise((r) => setTimeout(r, 300));
const events = await stopTrace();
if (out) await writeFile(out, JSON.stringify({ traceEvents: events }));

// Navigation start in trace time: the main frame's navigationStart mark, else the first event.
const nav = events.find((e) => e.name === 'navigationStart' && e.ph === 'R');
const zero = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const at = (ts: number) => `${((ts - zero) / 1000).toFixed(0).padStart(5)} ms`;
console.log(`rows on screen at ${rowsAt.toFixed(0)} ms after navigation start (traced; origin ${origin})`);
if (spellingAt !== undefined) console.log(`French spelling findings shown at ${spellingAt.toFixed(0)} ms`);

console.log('\n## engine calls');
for (const c of engineCalls(events))
  console.log(`  ${at(c.ts)} +${c.ms.toFixed(0).padStart(4)} ms  ${c.name}  (${c.thread})`);
if (untilSpelling) {
  console.log('\n## word lists and rules (worker measures)');
  const measures = [...engineCalls(events, 'words:'), ...engineCalls(events, 'rule:')].sort(
    (a, b) => a.ts - b.ts,
  );
  for (const c of measures)
    console.log(`  ${at(c.ts)} +${c.ms.toFixed(0).padStart(4)} ms  ${c.name}  (${c.thread})`);
}

const names = threadNames(events);
const end = zero + (spellingAt ?? rowsAt) * 1000;
for (const p of threadProfiles(events)) {
  const name = names.get(p.key) ?? p.key;
  const { total, list } = busiest(p, zero, end);
  if (total < 20) continue;
  console.log(
    `\n## ${name} (${p.key}): ${total.toFixed(0)} ms sampled busy until ${spellingAt === undefined ? 'rows' : 'spelling'}`,
  );
  const windows: string[] = [];
  for (let t = zero; t < end; t += 100_000)
    windows.push(
      busiest(p, t, t + 100_000)
        .total.toFixed(0)
        .padStart(3),
    );
  console.log(`  busy ms per 100 ms window: ${windows.join(' ')}`);
  for (const [l, ms] of list.slice(0, 22)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${l}`);
}

console.log('\n## tasks over 20 ms (all threads)');
for (const e of events) {
  if (e.name !== 'RunTask' || (e.dur ?? 0) < 20_000 || e.ts < zero || e.ts > end) continue;
  const kinds = taskContents(events, e, 5);
  console.log(
    `  ${at(e.ts)} ${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms ${names.get(`${e.pid}:${e.tid}`) ?? e.tid}: ${kinds}`,
  );
}
await close();
