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

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly args?: Record<string, unknown>;
}
interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { functionName: string; url?: string; lineNumber?: number };
}

const { url, context, page, close } = await openPrivateBuild('profile', { minify: false });
const docs = bigDocuments();
await page.goto(url);
await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
await importBigPair(page, docs);

const cdp = await context.newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => {
  for (const v of e.value) events.push(v as unknown as TraceEvent);
});
const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'toplevel',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
      'blink.user_timing',
      'v8',
    ],
  },
});
const alignMs = await addAndWaitAligned(page, 300_000);
const clickTs = await page.evaluate(() => performance.timeOrigin);
await page.evaluate(`new Promise((resolve) => {
  const el = document.querySelector('.table-scroll');
  let n = 0;
  const step = () => { if (el) el.scrollTop += 150; if (++n < 200) requestAnimationFrame(step); else resolve(0); };
  requestAnimationFrame(step);
})`);
await cdp.send('Tracing.end');
await complete;
console.log(`added → aligned (traced): ${alignMs} ms; ${events.length} trace events; timeOrigin ${clickTs}`);
if (process.argv[2]) await writeFile(process.argv[2], JSON.stringify({ traceEvents: events }));

// Threads.
const threadName = new Map<string, string>();
for (const e of events)
  if (e.ph === 'M' && e.name === 'thread_name')
    threadName.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
const mainKey = [...threadName].find(([, n]) => n === 'CrRendererMain')?.[0];

// Profiles per thread: self time per function.
const profiles = new Map<
  string,
  { key: string; nodes: Map<number, ProfileNode>; samples: [number, number][] }
>();
for (const e of events) {
  if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
  const id = `${e.pid}:${e.id}`;
  let p = profiles.get(id);
  if (!p) {
    p = { key: `${e.pid}:${e.tid}`, nodes: new Map(), samples: [] };
    profiles.set(id, p);
  }
  const data = (e.args as { data?: Record<string, unknown> })?.data ?? {};
  if (e.name === 'Profile') {
    p.key = `${e.pid}:${e.tid}`;
    (p as { start?: number }).start = data.startTime as number;
    continue;
  }
  const cpu = data.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
  for (const n of cpu?.nodes ?? []) p.nodes.set(n.id, n);
  const deltas = (data.timeDeltas as number[] | undefined) ?? [];
  let t = (p as { last?: number }).last ?? (p as { start?: number }).start ?? 0;
  (cpu?.samples ?? []).forEach((s, i) => {
    t += deltas[i] ?? 0;
    p.samples.push([s, t]);
  });
  (p as { last?: number }).last = t;
}
const label = (n: ProfileNode | undefined) => {
  if (!n) return '?';
  const f = n.callFrame;
  const file = f.url?.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${(f.lineNumber ?? -1) + 1}`;
};
function top(
  p: { nodes: Map<number, ProfileNode>; samples: [number, number][] },
  from = 0,
  to = Number.POSITIVE_INFINITY,
) {
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 1; i < p.samples.length; i++) {
    const [node, t] = p.samples[i]!;
    const prevT = p.samples[i - 1]![1];
    if (t < from || t > to) continue;
    const d = (t - prevT) / 1000;
    const l = label(p.nodes.get(node));
    if (l.startsWith('(idle)')) continue;
    self.set(l, (self.get(l) ?? 0) + d);
    total += d;
  }
  return { total, list: [...self].sort((a, b) => b[1] - a[1]) };
}
for (const p of profiles.values()) {
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
for (const e of events) {
  if (!e.name.startsWith('engine:') || e.ph !== 'b') continue;
  const end = events.find((x) => x.ph === 'e' && x.name === e.name && x.id === e.id && x.pid === e.pid);
  const ms = end ? (end.ts - e.ts) / 1000 : 0;
  if (ms >= 20)
    console.log(
      `  ${threadName.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.tid}: ${e.name} ${since(e.ts)} → +${ms.toFixed(0)} ms`,
    );
}
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
const mainProfile = [...profiles.values()].find((p) => p.key === mainKey);
const tasks = events
  .filter((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'RunTask' && (e.dur ?? 0) > 50_000)
  .sort((a, b) => a.ts - b.ts);
console.log(`\n## main-thread tasks over 50 ms: ${tasks.length}`);
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const inside = new Map<string, number>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== mainKey || e.ts < task.ts || e.ts >= end || e.ph !== 'X' || e === task)
      continue;
    inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const kinds = [...inside]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
    .join(', ');
  console.log(
    `- at ${((task.ts - firstTs) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms [${kinds}]`,
  );
  if (mainProfile) {
    const { list } = top(mainProfile, task.ts, end);
    for (const [l, ms] of list.slice(0, 8)) console.log(`      ${ms.toFixed(0).padStart(6)} ms  ${l}`);
  }
}
await close();
