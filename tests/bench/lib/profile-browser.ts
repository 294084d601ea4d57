/**
 * Where the browser benchmark's time goes: builds the app into a private folder, imports the
 * 5,000 × 5,000-paragraph pair through the UI while Chromium traces every thread of the page
 * (main thread and both engine workers, V8 sampling profiler), then scrolls the table. Prints
 * the main thread's long tasks with the functions that filled them, and each thread's busiest
 * functions (self time). Not a benchmark (tracing slows things down): a profiler.
 *
 * Run: `node --import tsx tests/bench/lib/profile-browser.ts [out.json]`.
 */
import { writeFile } from 'node:fs/promises';
import { bigDocuments } from './big-documents.ts';
import { addAndWaitAligned, importBigPair } from './big-pair-ui.ts';
import { openPrivateBuild } from './open-private-build.ts';
import {
  busiest,
  engineCalls,
  startTrace,
  taskContents,
  threadNames,
  threadProfiles,
} from './trace-analysis.ts';

const { url, context, page, close } = await openPrivateBuild('profile', { minify: false });
const docs = bigDocuments();
await page.goto(url);
await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
await importBigPair(page, docs);

const cdp = await context.newCDPSession(page);
const stopTrace = await startTrace(cdp);
const alignMs = await addAndWaitAligned(page, 300_000);
const clickTs = await page.evaluate(() => performance.timeOrigin);
await page.evaluate(`new Promise((resolve) => {
  const el = document.querySelector('.table-scroll');
  let n = 0;
  const step = () => { if (el) el.scrollTop += 150; if (++n < 200) requestAnimationFrame(step); else resolve(0); };
  requestAnimationFrame(step);
})`);
const events = await stopTrace();
console.log(`added → aligned (traced): ${alignMs} ms; ${events.length} trace events; timeOrigin ${clickTs}`);
if (process.argv[2]) await writeFile(process.argv[2], JSON.stringify({ traceEvents: events }));

// Threads.
const threadName = threadNames(events);
const mainKey = [...threadName].find(([, n]) => n === 'CrRendererMain')?.[0];
const profiles = threadProfiles(events);
const top = busiest;
for (const p of profiles) {
  const name = threadName.get(p.key) ?? p.key;
  const { total, list } = top(p);
  if (total < 50) continue;
  console.log(`\n## ${name} (${p.key}): ${total.toFixed(0)} ms sampled busy`);
  for (const [l, ms] of list.slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${l}`);
}

// Engine calls (user timing measures `engine:<op>` posted by the workers) and heap sizes.
const since = (ts: number) => `${((ts - firstTs) / 1000).toFixed(0)} ms`;
const firstTs = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
console.log('\n## engine calls (thread: op from → to)');
for (const call of engineCalls(events))
  if (call.ms >= 20)
    console.log(`  ${call.thread}: ${call.name} ${since(call.ts)} → +${call.ms.toFixed(0)} ms`);
const heaps = new Map<string, number>();
for (const e of events) {
  const a = e.args as
    | { usedHeapSizeBefore?: number; usedHeapSizeAfter?: number; data?: { jsHeapSizeUsed?: number } }
    | undefined;
  const used = Math.max(a?.usedHeapSizeBefore ?? 0, a?.usedHeapSizeAfter ?? 0, a?.data?.jsHeapSizeUsed ?? 0);
  if (used > 0) {
    const key = `${threadName.get(`${e.pid}:${e.tid}`) ?? '?'} ${e.tid}`;
    heaps.set(key, Math.max(heaps.get(key) ?? 0, used));
  }
}
console.log(
  `\n## largest JS heap seen per thread: ${[...heaps].map(([k, v]) => `${k} ${(v / 1e6).toFixed(0)} MB`).join(', ')}`,
);

// Long tasks of the main thread.
const mainProfile = profiles.find((p) => p.key === mainKey);
const tasks = events
  .filter((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'RunTask' && (e.dur ?? 0) > 50_000)
  .sort((a, b) => a.ts - b.ts);
console.log(`\n## main-thread tasks over 50 ms: ${tasks.length}`);
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const kinds = taskContents(events, task);
  console.log(
    `- at ${((task.ts - firstTs) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms [${kinds}]`,
  );
  if (mainProfile) {
    const { list } = top(mainProfile, task.ts, end);
    for (const [l, ms] of list.slice(0, 8)) console.log(`      ${ms.toFixed(0).padStart(6)} ms  ${l}`);
  }
}
await close();
