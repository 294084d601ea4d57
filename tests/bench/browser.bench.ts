/**
 * The workbench in Chromium (the built app, served locally): how fast the sample case becomes
 * interactive, and how the workbench copes with two documents of 5,000 paragraphs (~20,000
 * sentences) each, built from WMT newstest 2012+2013 (English and French, parallel): time to
 * align them through the UI, progress shown meanwhile, the longest main-thread task
 * (PerformanceObserver 'longtask'), frame times while scrolling the table, and memory (the
 * page's and the workers' JS heaps, and the memory of every Chromium process of the session).
 *
 * Run: `npm run bench -- browser` (builds dist/ first).
 *
 * Opt-in, instead of the above: `BENCH_BIG_SAMPLE=1 npm run bench -- browser` (or the file run
 * with `--big-sample`) imports the largest partly parallel pair the import dialog takes (the
 * sample case's English report 004 repeated to 19.5 MB, its French report 001 to 15 MB) and
 * times each step (import, paragraph level, the checks, sentence level, the save, a reload),
 * with the longest main-thread task, the progress shown, peak memory, error notices and crashes.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { openApp, openSession } from '../e2e/harness.ts';
import { bigDocuments, repeatedSample } from './lib/big-documents.ts';
import { addAndWaitAligned, importBigPair } from './lib/big-pair-ui.ts';
import {
  type ChromiumProcess,
  chromiumProcesses,
  cpuMs,
  waitBrowserQuiet,
  waitIdle,
} from './lib/chromium-processes.ts';
import { firstRowsAt, installFirstRowsProbe } from './lib/first-rows-probe.ts';

const PARAGRAPHS = 5_000;

/**
 * Send a DevTools command to each live dedicated worker of the page (attached through the
 * page's session, Target domain) and return their results by worker session.
 */
const workerSessions = new WeakMap<CDPSession, Set<string>>();
let nextId = 1000;
async function inWorkers(
  cdp: CDPSession,
  method: string,
  params: Record<string, unknown> = {},
): Promise<Map<string, Record<string, unknown>>> {
  let sessions = workerSessions.get(cdp);
  if (!sessions) {
    const found = new Set<string>();
    sessions = found;
    workerSessions.set(cdp, found);
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') found.add(e.sessionId);
    });
    // The engine's second worker is ended when idle (createIdleEngineClient).
    cdp.on('Target.detachedFromTarget', (e) => {
      if (e.sessionId) found.delete(e.sessionId);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((r) => setTimeout(r, 300));
  }
  const answers = await Promise.all(
    [...sessions].map((sessionId) => {
      const id = nextId++;
      return new Promise<[string, Record<string, unknown>] | undefined>((resolve) => {
        const onMessage = (e: { sessionId: string; message: string }) => {
          const reply = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
          if (e.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result ? [sessionId, reply.result] : undefined);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch(() => resolve(undefined));
        setTimeout(() => resolve(undefined), 10_000);
      });
    }),
  );
  return new Map(answers.filter((a) => a !== undefined));
}

/** A V8 heap: used (live and not yet collected) and total (committed by V8), MB. */
interface Heap {
  readonly used: number;
  readonly total: number;
}

/**
 * The JS heaps of the page (key `page`) and of each live engine worker (by its session; see
 * `heapNames`), Runtime.getHeapUsage in each isolate.
 */
async function heaps(cdp: CDPSession): Promise<Map<string, Heap>> {
  const toHeap = (r: Record<string, unknown>): Heap => ({
    used: Number(r.usedSize ?? 0) / 1e6,
    total: Number(r.totalSize ?? 0) / 1e6,
  });
  const page = toHeap((await cdp.send('Runtime.getHeapUsage')) as unknown as Record<string, unknown>);
  const out = new Map<string, Heap>([['page', page]]);
  for (const [session, r] of await inWorkers(cdp, 'Runtime.getHeapUsage')) out.set(session, toHeap(r));
  return out;
}

/**
 * Names for the workers `heaps` reports, by what each has done (the engine marks each call on
 * the worker's timeline): the engine worker aligns and checks; the second worker only segments
 * a second document at once, and is ended when idle (src/worker/engine-client.ts).
 */
async function heapNames(cdp: CDPSession): Promise<void> {
  const answers = await inWorkers(cdp, 'Runtime.evaluate', {
    expression: "performance.getEntriesByName('engine:align').length > 0",
    returnByValue: true,
  });
  for (const [session, a] of answers)
    HEAP_NAMES.set(
      session,
      (a.result as { value?: unknown } | undefined)?.value === true ? 'engine worker' : 'second worker',
    );
}
const HEAP_NAMES = new Map<string, string>([['page', 'page']]);
const heapName = (key: string) => HEAP_NAMES.get(key) ?? 'second worker (ended)';

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time (ms) of each live thread of process `pid` by thread id, with the thread's name. */
function threadCpuMs(pid: number): Map<number, { name: string; ms: number }> {
  const out = new Map<number, { name: string; ms: number }>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(Number(tid), { name, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS });
      } catch {
        // The thread ended meanwhile.
      }
    }
  } catch {
    // The process is gone.
  }
  return out;
}

/** The process's CPU time (ms), all threads, ended ones included. */
function cpuOf(pid: number): number {
  return cpuMs([{ pid, type: '', rssMb: 0, pssMb: 0, ussMb: 0 }]).get(pid) ?? 0;
}

/**
 * CPU of the renderer's threads between two readings, grouped: the page's main thread, each
 * engine worker, V8's helper threads (the thread pool: concurrent garbage collection and
 * compilation), and threads that ended meanwhile (the segmenting worker, once idle). Unlike
 * the wall time, these hardly depend on what else the machine runs: the wall time on a loaded
 * machine is their critical path stretched by waiting for a core.
 */
function threadBreakdown(
  before: Map<number, { name: string; ms: number }>,
  after: Map<number, { name: string; ms: number }>,
  processBefore: number,
  processAfter: number,
): string {
  const groups = new Map<string, number>();
  const sum = (threads: Map<number, { ms: number }>) => [...threads.values()].reduce((n, t) => n + t.ms, 0);
  for (const [tid, t] of after) {
    const ms = t.ms - (before.get(tid)?.ms ?? 0);
    const group = t.name.startsWith('ThreadPool')
      ? 'V8 helpers'
      : t.name.startsWith('DedicatedWorker')
        ? `worker ${tid}`
        : t.name === 'chromium' || t.name.startsWith('CrRendererMain')
          ? 'main thread'
          : t.name;
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  // Threads that ended meanwhile (the process's total counts them, /proc lists them no more):
  // what the process used beyond its live threads, less what that was at the first reading and
  // what the threads that ended had used by then.
  let endedHad = 0;
  for (const [tid, t] of before) if (!after.has(tid)) endedHad += t.ms;
  const ended = processAfter - sum(after) - (processBefore - sum(before)) - endedHad;
  if (ended >= 50) groups.set('ended threads', ended);
  return [...groups]
    .filter(([, ms]) => ms >= 50)
    .sort((a, b) => b[1] - a[1])
    .map(([g, ms]) => `${g} ${fmt(ms)}`)
    .join(', ');
}

/** Proportional set size (MB) of one process, 0 when it is gone. */
function pssMb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/**
 * Samples, every `everyMs` until stopped, the app renderer's PSS, all Chromium processes' PSS
 * and the JS heaps, and keeps the highest of each: the peak, which a single reading after the
 * fact misses (garbage is collected and pages are returned within seconds).
 */
function startPeakSampler(
  cdp: CDPSession,
  profile: string,
  rendererPid: number,
  everyMs = 200,
  /**
   * Read the JS heaps without holding the memory samples back: a page whose main thread is
   * busy answers DevTools late, and one that crashed never (the large sample pair).
   */
  heapsInBackground = false,
) {
  const peak = {
    renderer: 0,
    /** Seconds after the sampler started (the click on Add) when the renderer's PSS peaked. */
    rendererAt: 0,
    all: 0,
    /** Date.now() when the sampler started. */
    startedAt: 0,
    heapsUsed: new Map<string, number>(),
    heapsTotal: new Map<string, number>(),
    samples: 0,
  };
  const t0 = Date.now();
  peak.startedAt = t0;
  let stopped = false;
  let tick = 0;
  let heapsPending: Promise<void> | null = null;
  const readHeaps = async () => {
    const now = await heaps(cdp);
    for (const [key, h] of now) {
      peak.heapsUsed.set(key, Math.max(peak.heapsUsed.get(key) ?? 0, h.used));
      peak.heapsTotal.set(key, Math.max(peak.heapsTotal.get(key) ?? 0, h.total));
    }
  };
  const loop = (async () => {
    while (!stopped) {
      const pss = pssMb(rendererPid);
      if (pss > peak.renderer) {
        peak.renderer = pss;
        peak.rendererAt = (Date.now() - t0) / 1000;
      }
      if (tick++ % 3 === 0) {
        peak.all = Math.max(
          peak.all,
          chromiumProcesses(profile).reduce((n, p) => n + p.pssMb, 0),
        );
        if (!heapsInBackground) await readHeaps();
        else
          heapsPending ??= readHeaps()
            .catch(() => undefined)
            .finally(() => {
              heapsPending = null;
            });
      }
      peak.samples++;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    peak,
    async stop() {
      stopped = true;
      await loop;
      if (heapsPending) await Promise.race([heapsPending, new Promise((r) => setTimeout(r, 5000))]);
      return peak;
    },
  };
}

const fmt = (n: number) => n.toFixed(0);

async function main(): Promise<void> {
  await build({ logLevel: 'error' });
  const docs = bigDocuments(PARAGRAPHS);

  // 1. The sample case, first start (fresh profile) and a reload.
  const session = await openSession();
  const { page } = session;
  const interactive = async () => {
    const rows = await firstRowsAt(page);
    await page.waitForFunction(
      () => performance.getEntriesByName('vis-a-vis:interactive').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const ready = await page.evaluate(
      () => performance.getEntriesByName('vis-a-vis:interactive')[0]?.startTime ?? 0,
    );
    // Spelling (word lists loaded and checked in the checks worker) is ready when the findings
    // panel offers a spelling filter: the sample's French reports have unknown words.
    const spelling = await page
      .waitForSelector('[data-testid="category-filters"] [data-category="spelling"]', { timeout: 60_000 })
      .then(() => page.evaluate(() => performance.now()))
      .catch(() => Number.NaN);
    // Main-thread long tasks from navigation start until then (observer installed before load).
    const longest = await page.evaluate(
      (until) =>
        Math.max(
          0,
          ...((window as unknown as { __loadLong?: [number, number][] }).__loadLong ?? [])
            .filter(([start]) => start <= until)
            .map(([, duration]) => duration),
        ),
      spelling,
    );
    return { rows, ready, spelling, longest };
  };
  await installFirstRowsProbe(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __loadLong: [number, number][] };
    w.__loadLong = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__loadLong.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  // Chromium's own processes before the app loads (browser, zygotes, GPU, utilities, a blank renderer).
  const chromiumBaseline = chromiumProcesses(session.profile).reduce((n, p) => n + p.pssMb, 0);
  // Measured from navigation, in a browser done with its own start-up (see waitBrowserQuiet).
  const settledMs = await waitBrowserQuiet(session.profile, 1000, 15_000);
  await page.goto(session.url);
  const first = await interactive();
  await page.reload();
  const again = await interactive();
  console.log('sample case: rows on screen / store ready (aligned) after navigation start');
  console.log(
    `  first start (fresh profile, browser quiet after ${fmt(settledMs)} ms): ${fmt(first.rows)} ms / ${fmt(first.ready)} ms   (npm run bench -- first-start: seven runs)`,
  );
  console.log(
    `  reload:                      ${fmt(again.rows)} ms / ${fmt(again.ready)} ms   (target ≤ 1500 ms)`,
  );
  console.log(
    `  spelling findings shown (checks worker, word lists loaded): first start ${fmt(first.spelling)} ms, ` +
      `reload ${fmt(again.spelling)} ms after navigation start   (target: French spelling ready ≤ 2000 ms)`,
  );
  console.log(
    `  longest main-thread task until then: first start ${fmt(first.longest)} ms, reload ${fmt(again.longest)} ms`,
  );

  // 2. Two documents of 5,000 paragraphs, imported through the UI into a new case.
  await importBigPair(page, docs);
  await page.evaluate(() => {
    const w = window as unknown as {
      __long: [number, number][];
      __progress: string[];
      __obs: PerformanceObserver;
      __poll: number;
      __t0: number;
    };
    w.__long = [];
    w.__t0 = performance.now();
    w.__progress = [];
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push([e.startTime - w.__t0, e.duration]);
    });
    w.__obs.observe({ type: 'longtask' });
    w.__poll = window.setInterval(() => {
      const label = document.querySelector('.job-label')?.textContent?.trim();
      if (label && w.__progress.at(-1) !== label) w.__progress.push(label);
    }, 25);
  });
  const before = chromiumProcesses(session.profile);
  // The app's own process: the renderer of the page, which also runs the engine workers.
  const appPid = before.filter((p) => p.type === 'renderer').sort((a, b) => b.pssMb - a.pssMb)[0]?.pid ?? 0;
  const appBefore = pssMb(appPid);
  const cdp = await session.context.newCDPSession(page);
  const heapsBefore = await heaps(cdp);
  const sampler = startPeakSampler(cdp, session.profile, appPid);
  const cpu0 = cpuMs(before);
  const threads0 = threadCpuMs(appPid);
  const process0 = cpuOf(appPid);
  const alignMs = await addAndWaitAligned(page, 120_000);
  const cpu1 = cpuMs(before);
  const threads1 = threadCpuMs(appPid);
  const process1 = cpuOf(appPid);
  const cpuBy = before
    .map((p) => ({ type: p.type, ms: (cpu1.get(p.pid) ?? 0) - (cpu0.get(p.pid) ?? 0) }))
    .filter((p) => p.ms >= 50)
    .sort((a, b) => b.ms - a.ms);
  const during = await page.evaluate(() => {
    const w = window as unknown as {
      __long: [number, number][];
      __progress: string[];
      __obs: PerformanceObserver;
      __poll: number;
    };
    w.__obs.disconnect();
    clearInterval(w.__poll);
    return { long: w.__long, progress: w.__progress };
  });
  const status = (await page.textContent('.statusbar')) ?? '';
  console.log(
    `\n${PARAGRAPHS} × ${PARAGRAPHS} paragraphs (${docs.sentences} sentences a side, ${(docs.en.length / 1e6).toFixed(2)} MB + ${(docs.fr.length / 1e6).toFixed(2)} MB), paragraph level, through the UI:`,
  );
  console.log(`  added → aligned and shown: ${fmt(alignMs)} ms   (target ≤ 5000 ms)`);
  console.log(
    `  CPU meanwhile: ${fmt(cpuBy.reduce((n, p) => n + p.ms, 0))} ms (${cpuBy.map((p) => `${p.type} ${fmt(p.ms)}`).join(', ')}); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  console.log(`  the app's renderer by thread: ${threadBreakdown(threads0, threads1, process0, process1)}`);
  console.log(
    `  progress seen: ${during.progress.length} states (${during.progress.slice(0, 4).join(' | ')}${during.progress.length > 4 ? ' | …' : ''}); ${barGoesBack(during.progress)}`,
  );
  console.log(
    `  main-thread long tasks: ${during.long.length}, longest ${fmt(Math.max(0, ...during.long.map(([, d]) => d)))} ms   (target ≤ 200 ms)`,
  );
  const longest = [...during.long].sort((a, b) => b[1] - a[1]).slice(0, 4);
  if (longest.length > 0)
    console.log(
      `    longest (ms at +ms after the click): ${longest.map(([at, d]) => `${fmt(d)} at +${fmt(at)}`).join(', ')}`,
    );
  console.log(`  status: ${status.replace(/\s+/g, ' ').trim()}`);

  // 3. Scrolling the table: 300 animation frames, 150 px a frame. Two figures: the interval
  // between frames (vsync-bound: 16.7 ms at 60 Hz when no frame is missed, never less), and the
  // main thread's work per frame (from the frame's callback until a message posted there runs,
  // i.e. after the frame's script, style, layout and paint), which must stay under 16 ms.
  // A string, not a function: tsx would wrap named closures in a helper the page does not have.
  const scroll = (await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('.table-scroll');
    const deltas = [];
    const works = [];
    const channel = new MessageChannel();
    let frameStart = 0;
    channel.port1.onmessage = () => works.push(performance.now() - frameStart);
    let last = performance.now();
    let n = 0;
    const step = (now) => {
      deltas.push(now - last);
      last = now;
      frameStart = performance.now();
      if (el) el.scrollTop += 150;
      channel.port2.postMessage(0);
      if (++n < 300) requestAnimationFrame(step);
      else setTimeout(() => resolve({ deltas: deltas.slice(1), works: works.slice(1) }), 50);
    };
    requestAnimationFrame(step);
  })`)) as { deltas: number[]; works: number[] };
  const quantile = (list: number[], p: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  };
  const missed = scroll.deltas.filter((d) => d > 20).length;
  console.log(
    `  scrolling: frame interval median ${quantile(scroll.deltas, 0.5).toFixed(1)} ms, p95 ${quantile(scroll.deltas, 0.95).toFixed(1)} ms, worst ${quantile(scroll.deltas, 1).toFixed(1)} ms; ${missed}/${scroll.deltas.length} frames late`,
  );
  console.log(
    `    main-thread work per frame: median ${quantile(scroll.works, 0.5).toFixed(1)} ms, p95 ${quantile(scroll.works, 0.95).toFixed(1)} ms   (target median ≤ 16 ms)`,
  );

  // 4. Memory. The peak: sampled from the click on Add through the alignment, the scrolling
  // and the checks that follow (one-document and pair checks, then the checks across the
  // case), until the renderer is idle. Then settled: after a forced GC in every isolate.
  const idleMs = await waitIdle(appPid, 90_000);
  await heapNames(cdp);
  const peak = await sampler.stop();
  const findingsStatus =
    ((await page.textContent('.statusbar')) ?? '').match(/\d[\d,]*\s*findings/)?.[0] ?? '?';
  const heapList = (list: ReadonlyMap<string, Heap>) =>
    [...list].map(([key, h]) => `${heapName(key)} ${fmt(h.used)}/${fmt(h.total)}`).join(', ');
  console.log(
    `  memory (MB; the app = its renderer process: the page and the engine workers; Chromium's own processes before the app loaded: ${fmt(chromiumBaseline)} MB PSS):`,
  );
  console.log(
    `    the app with the sample case, before adding the pair: renderer PSS ${fmt(appBefore)}; JS heaps used/total: ${heapList(heapsBefore)}`,
  );
  console.log(
    `    PEAK from Add until the checks were done (${peak.samples} samples, idle ${(idleMs / 1000).toFixed(1)} s after scrolling, ${findingsStatus}): the app's renderer PSS ${fmt(peak.renderer)} at +${peak.rendererAt.toFixed(1)} s after Add (aligned and shown at +${(alignMs / 1000).toFixed(1)} s)   (target ≤ 500); all Chromium processes PSS ${fmt(peak.all)}`,
  );
  console.log(
    `      highest JS heaps used/total: ${[...peak.heapsUsed].map(([key, u]) => `${heapName(key)} ${fmt(u)}/${fmt(peak.heapsTotal.get(key) ?? 0)}`).join(', ')}`,
  );
  // What the engine worker was running around the peak (its calls and check rules, from its timeline).
  const timelines = await inWorkers(cdp, 'Runtime.evaluate', {
    expression:
      "JSON.stringify(performance.getEntriesByType('measure').map((e) => [e.name, performance.timeOrigin + e.startTime, e.duration]))",
    returnByValue: true,
  });
  const at = peak.startedAt + peak.rendererAt * 1000;
  for (const answer of timelines.values()) {
    const value = (answer.result as { value?: unknown } | undefined)?.value;
    const entries = JSON.parse(typeof value === 'string' ? value : '[]') as [string, number, number][];
    const running = entries.filter(([, start, ms]) => start <= at && start + ms >= at - 100);
    if (running.length > 0)
      console.log(
        `      running in the engine worker at the peak: ${running.map(([name, start, ms]) => `${name} (+${((start - peak.startedAt) / 1000).toFixed(1)} s, ${fmt(ms)} ms)`).join(', ')}`,
      );
  }
  const report = async (when: string) => {
    const now = await heaps(cdp);
    const processes = chromiumProcesses(session.profile);
    const sum = (f: (p: ChromiumProcess) => number) => processes.reduce((n, p) => n + f(p), 0);
    const app = processes.find((p) => p.pid === appPid);
    console.log(
      `    ${when}: the app's renderer PSS ${fmt(app?.pssMb ?? 0)} (USS ${fmt(app?.ussMb ?? 0)}); all Chromium processes PSS ${fmt(sum((p) => p.pssMb))} (USS ${fmt(sum((p) => p.ussMb))}, RSS summed ${fmt(sum((p) => p.rssMb))})`,
    );
    console.log(`      JS heaps used/total: ${heapList(now)}`);
    console.log(
      `      by process (PSS/RSS): ${processes.map((p) => `${p.type} ${fmt(p.pssMb)}/${fmt(p.rssMb)}`).join(', ')}`,
    );
  };
  await report('SETTLED, checks done');
  await cdp.send('HeapProfiler.collectGarbage');
  await inWorkers(cdp, 'HeapProfiler.collectGarbage');
  await new Promise((r) => setTimeout(r, 500));
  await report('SETTLED, after a forced garbage collection');
  if (session.consoleErrors.length) console.log(`  console errors: ${session.consoleErrors.join(' | ')}`);
  await session.close();
}

/**
 * Opt-in (`BENCH_BIG_SAMPLE=1 npm run bench -- browser`, or `--big-sample` when the file is run
 * directly): instead of the cases above, the largest partly parallel pair the import dialog takes
 * (the sample's English report 004 repeated to 19.5 MB, its French report 001 to 15 MB).
 */
const BIG_SAMPLE = process.argv.includes('--big-sample') || process.env.BENCH_BIG_SAMPLE === '1';
/** How long each step of that case may take (s): import, each level, the checks, the reload. */
const BIG_STEP_S = Number(process.env.BENCH_BIG_SAMPLE_STEP_S ?? 600);

/**
 * What the page saw, from its own clock (installed on every navigation): main-thread long tasks,
 * the longest gap between the ticks of a 50 ms timer (how long a click would have waited), and
 * the job label's states (the progress shown) with their times.
 */
const BIG_PROBE = `(() => {
  const probe = { long: [], maxGap: 0, maxGapAt: 0, lateTicks: 0, labels: [] };
  window.__big = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__big.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  setInterval(() => {
    const p = window.__big;
    const now = performance.now();
    if (now - last > p.maxGap) {
      p.maxGap = now - last;
      p.maxGapAt = now;
    }
    if (now - last > 250) p.lateTicks++;
    last = now;
    const label = (document.querySelector('.job-label')?.textContent ?? '').trim();
    if (p.labels.length === 0 || p.labels[p.labels.length - 1][1] !== label) p.labels.push([now, label]);
  }, 50);
})()`;
interface BigProbe {
  long: [number, number][];
  maxGap: number;
  maxGapAt: number;
  lateTicks: number;
  labels: [number, string][];
}
const resetProbe = `(() => {
  const p = window.__big;
  p.long = []; p.maxGap = 0; p.maxGapAt = 0; p.lateTicks = 0; p.labels = [];
  return performance.now();
})()`;

/** The probe's figures since `since` (page ms), one line. */
function probeLine(probe: BigProbe | null, since: number): string {
  if (!probe) return 'page probe unreadable (page gone)';
  const longest = Math.max(0, ...probe.long.map(([, d]) => d));
  const over200 = probe.long.filter(([, d]) => d > 200).length;
  const states = probe.labels.filter(([, l]) => l !== '');
  const at = (t: number) => `+${((t - since) / 1000).toFixed(1)} s`;
  // First and last state of each job (Reading…, Aligning…), when each was seen.
  const jobs = new Map<string, { first: [number, string]; last: [number, string] }>();
  for (const s of states) {
    const kind = s[1].replace(/\s*\d+\s*%$/, '');
    const j = jobs.get(kind);
    if (j) j.last = s;
    else jobs.set(kind, { first: s, last: s });
  }
  const shown = [...jobs.values()]
    .map((j) => `'${j.first[1]}' ${at(j.first[0])} → '${j.last[1]}' ${at(j.last[0])}`)
    .join('; ');
  return (
    `longest main-thread task ${fmt(longest)} ms (${probe.long.length} long tasks, ${over200} over 200 ms); ` +
    `longest wait of a 50 ms timer ${fmt(probe.maxGap)} ms at ${at(probe.maxGapAt)} (${probe.lateTicks} ticks over 250 ms late); ` +
    `progress: ${states.length} states${shown ? `, ${shown}` : ''}; ${barGoesBack(states.map(([, l]) => l))}`
  );
}

/**
 * Resolves with 'done' once `doneExpression` holds in the page, or with what went wrong: an error
 * notice beyond the `errorsBefore` already shown, the renderer's crash, or the time running out.
 */
async function doneOrFailed(
  page: import('playwright-core').Page,
  done: Promise<unknown> | (() => boolean),
  errorsBefore: number,
  timeoutMs: number,
): Promise<string> {
  // The deadline must not keep Node (and the e2e lock) waiting once the step is over.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Functions, not strings: the app's CSP refuses strings evaluated in the page.
  const outcome = (p: Promise<unknown>) =>
    p.then(
      (v) => (typeof v === 'string' ? v : 'done'),
      (e: unknown) => `failed: ${String(e).split('\n')[0]}`,
    );
  const watchers: Promise<string>[] = [
    outcome(
      typeof done === 'function'
        ? page.waitForFunction(done, undefined, { timeout: timeoutMs, polling: 50 }).then(() => 'done')
        : done.then(() => 'done'),
    ),
    outcome(
      page
        .waitForFunction(
          (before) => {
            const errors = [...document.querySelectorAll('.notice.error')].map((n) => n.textContent?.trim());
            return errors.length > before ? `error notice: ${errors.slice(before).join(' | ')}` : false;
          },
          errorsBefore,
          { timeout: timeoutMs, polling: 250 },
        )
        .then((h) => h.jsonValue()),
    ),
    new Promise((resolve) => page.once('crash', () => resolve('renderer crashed'))),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(`timed out after ${timeoutMs / 1000} s`), timeoutMs + 1000);
    }),
  ];
  const first = await Promise.race(watchers);
  clearTimeout(timer);
  // A crash also fails the page-side waits: name the crash, not the wait it broke.
  if (first.startsWith('failed')) {
    const crash = await Promise.race([
      watchers[2]!,
      new Promise<string>((r) => setTimeout(() => r(''), 500)),
    ]);
    if (crash) return crash;
  }
  return first;
}

async function bigSampleCase(): Promise<void> {
  const total0 = Date.now();
  await build({ logLevel: 'error' });
  const docs = repeatedSample();
  const mbOf = (text: string) => (Buffer.byteLength(text) / 1e6).toFixed(2);
  console.log(
    `sample 004 (English) × ${docs.enCopies} = ${mbOf(docs.en)} MB, 001 (French) × ${docs.frCopies} = ${mbOf(docs.fr)} MB, ` +
      `through the UI (each step may take ${BIG_STEP_S} s; BENCH_BIG_SAMPLE_STEP_S)`,
  );
  const session = await openSession();
  const { page } = session;
  let crashedIn = '';
  let phase = 'opening the app';
  page.on('crash', () => {
    crashedIn ||= phase;
  });
  await page.addInitScript(BIG_PROBE);
  const chromiumBaseline = chromiumProcesses(session.profile).reduce((n, p) => n + p.pssMb, 0);
  await openApp(session);
  const rendererPid = () =>
    chromiumProcesses(session.profile)
      .filter((p) => p.type === 'renderer')
      .sort((a, b) => b.pssMb - a.pssMb)[0]?.pid ?? 0;
  const appPid = rendererPid();
  // The sample case's background work (checks, quotations, word lists) done first, as when a
  // person opens the app and looks at it. Started at once, one run's read of the large file
  // failed with 'cancelled' in the import dialog: a call aborted while the worker was busy
  // reading it outlived its 1.5 s grace, and the restarted worker failed every pending call
  // (src/worker/engine-client.ts).
  await waitIdle(appPid, 60_000);
  const cdp = await session.context.newCDPSession(page);
  const errorCount = () =>
    page.evaluate(() => document.querySelectorAll('.notice.error').length).catch(() => 0);
  const notices = () =>
    page
      .evaluate(() =>
        [...document.querySelectorAll('.notice')].map((n) => `[${n.className}] ${n.textContent?.trim()}`),
      )
      .catch(() => ['(page gone)']);
  const readProbe = () => (page.evaluate('window.__big') as Promise<BigProbe>).catch(() => null);
  const status = async () =>
    ((await page.textContent('.statusbar', { timeout: 2000 }).catch(() => '')) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  const allPeaks = { all: 0, renderer: 0 };
  const memoryLine = async (sampler: ReturnType<typeof startPeakSampler>) => {
    await heapNames(cdp).catch(() => undefined);
    const peak = await sampler.stop();
    allPeaks.all = Math.max(allPeaks.all, peak.all);
    allPeaks.renderer = Math.max(allPeaks.renderer, peak.renderer);
    const heapsList = [...peak.heapsUsed]
      .map(([key, u]) => `${heapName(key)} ${fmt(u)}/${fmt(peak.heapsTotal.get(key) ?? 0)}`)
      .join(', ');
    return (
      `peak memory (MB): the app's renderer (page + workers) PSS ${fmt(peak.renderer)} at +${peak.rendererAt.toFixed(1)} s; ` +
      `all Chromium processes PSS ${fmt(peak.all)}; JS heaps used/committed ${heapsList || '(none read)'}`
    );
  };
  const step = async (name: string, run: () => Promise<string | null>) => {
    if (crashedIn) return;
    phase = name;
    await page.evaluate(resetProbe).catch(() => undefined);
    const clock = () => page.evaluate(() => [performance.timeOrigin, performance.now()]).catch(() => [0, 0]);
    const [origin, since] = await clock();
    const sampler = startPeakSampler(cdp, session.profile, appPid, 200, true);
    const t0 = Date.now();
    let outcome: string;
    try {
      outcome = (await run()) ?? 'done';
    } catch (error) {
      outcome = `failed: ${String(error).split('\n')[0]}`;
    }
    const ms = Date.now() - t0;
    console.log(
      `\n${name}: ${outcome === 'done' ? `${fmt(ms)} ms` : `NOT DONE after ${fmt(ms)} ms: ${outcome}`}`,
    );
    // After a reload the probe counts from the new page's navigation start.
    const [originAfter] = await clock();
    console.log(`  ${probeLine(await readProbe(), originAfter === origin ? (since ?? 0) : 0)}`);
    console.log(`  ${await memoryLine(sampler)}`);
    const shown = await notices();
    if (shown.length > 0) console.log(`  notices: ${shown.join(' | ')}`);
    console.log(`  status bar: ${await status()}`);
    if (crashedIn) console.log(`  THE RENDERER CRASHED during: ${crashedIn}`);
    return outcome;
  };
  const rows = () =>
    page.evaluate(() => document.querySelectorAll('table.aligned tbody tr').length).catch(() => 0);
  const workersTimeline = async (from: number) => {
    // The engine workers' longest calls and check rules (their performance timelines).
    const timelines = await inWorkers(cdp, 'Runtime.evaluate', {
      expression:
        "JSON.stringify(performance.getEntriesByType('measure').map((e) => [e.name, performance.timeOrigin + e.startTime, e.duration]))",
      returnByValue: true,
    }).catch(() => new Map<string, Record<string, unknown>>());
    for (const [key, answer] of timelines) {
      const value = (answer.result as { value?: unknown } | undefined)?.value;
      const entries = JSON.parse(typeof value === 'string' ? value : '[]') as [string, number, number][];
      const long = entries.filter(([, start, ms]) => start >= from && ms >= 1000);
      if (long.length > 0)
        console.log(
          `  ${heapName(key)}, calls of a second or more: ${long.map(([n, start, ms]) => `${n} +${((start - from) / 1000).toFixed(1)} s ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
        );
    }
  };

  // 1. New case, both files picked in the import dialog, both previews shown.
  await step('import: New case, files picked → both previews shown', async () => {
    const picked = importBigPair(page, docs, BIG_STEP_S * 1000);
    const refused = page
      .waitForFunction(
        () => {
          const errors = [...document.querySelectorAll('[data-testid="pending-file"] .error')];
          return (
            errors.length > 0 && `import dialog: ${errors.map((e) => e.textContent?.trim()).join(' | ')}`
          );
        },
        undefined,
        { timeout: BIG_STEP_S * 1000, polling: 250 },
      )
      .then((h) => h.jsonValue() as Promise<string>);
    refused.catch(() => undefined);
    const outcome = await doneOrFailed(
      page,
      Promise.race([picked, refused.then((m) => Promise.reject(new Error(m)))]),
      await errorCount(),
      BIG_STEP_S * 1000,
    );
    return outcome;
  });

  // 2. Add: segmented, aligned at paragraph level (the case's first level), rows shown.
  const added = Date.now();
  const paragraph = await step('paragraph level: Add → aligned rows shown', async () =>
    doneOrFailed(page, addAndWaitAligned(page, BIG_STEP_S * 1000), await errorCount(), BIG_STEP_S * 1000),
  );
  if (paragraph === 'done') console.log(`  rows: ${await rows()}`);

  // 3. The checks that follow (one-document checks, pair checks), until the renderer is idle.
  await step('checks after the paragraph level, until the renderer is idle', async () => {
    const ms = await waitIdle(appPid, BIG_STEP_S * 1000);
    return ms >= BIG_STEP_S * 1000 ? 'still busy' : null;
  });
  // Read once the worker is idle: a busy worker answers DevTools only between its calls.
  await workersTimeline(added);

  // 4. Sentence level: the level switch in the top bar.
  const switched = Date.now();
  const sentence = await step('sentence level: switch → aligned rows shown', async () => {
    const errorsBefore = await errorCount();
    await page.click('input[name="level"][value="sentence"]');
    return doneOrFailed(
      page,
      () =>
        document.querySelector<HTMLInputElement>('input[name="level"][value="sentence"]')?.checked === true &&
        (window as unknown as { __big: BigProbe }).__big.labels.some(([, l]) => l !== '') &&
        document.querySelector('[data-testid="parallelism"]') !== null &&
        document.querySelector('.job') === null &&
        document.querySelectorAll('table.aligned tbody tr').length > 0,
      errorsBefore,
      BIG_STEP_S * 1000,
    );
  });
  if (sentence === 'done') console.log(`  rows: ${await rows()}`);
  await workersTimeline(switched);

  // 5. Saved (IndexedDB), then the page reloaded: does the case come back, aligned?
  await step('saved: until the status bar says all changes are saved', async () => {
    // Saving is debounced (300 ms after the last change): the status may still show the last save.
    await new Promise((r) => setTimeout(r, 1000));
    return doneOrFailed(
      page,
      () => document.querySelector('.save.save-saved') !== null,
      await errorCount(),
      BIG_STEP_S * 1000,
    );
  });
  if (crashedIn) {
    // What a person would do after 'Aw, Snap!': reload. Is the work still there?
    console.log('\nreloading after the crash');
    crashedIn = '';
  }
  const reloaded = await step('reload → the large case back with aligned rows', async () => {
    await page.reload({ waitUntil: 'commit', timeout: BIG_STEP_S * 1000 });
    // The same page target (its DevTools session and the peak sampler go on); its renderer
    // process is said if the reload changed it.
    if (rendererPid() !== appPid) console.log(`  (the reload moved the page to another renderer process)`);
    return doneOrFailed(
      page,
      () =>
        (
          document.querySelector<HTMLSelectElement>('[data-testid="pick-src"]')?.selectedOptions[0]
            ?.textContent ?? ''
        ).includes('big-en') &&
        document.querySelector('.job') === null &&
        document.querySelectorAll('table.aligned tbody tr').length > 0,
      0,
      BIG_STEP_S * 1000,
    );
  });
  const open = await page
    .evaluate(() => ({
      title: document.querySelector('.case-title')?.textContent ?? '',
      src:
        document.querySelector<HTMLSelectElement>('[data-testid="pick-src"]')?.selectedOptions[0]
          ?.textContent ?? '',
      tgt:
        document.querySelector<HTMLSelectElement>('[data-testid="pick-tgt"]')?.selectedOptions[0]
          ?.textContent ?? '',
      level: document.querySelector<HTMLInputElement>('input[name="level"]:checked')?.value ?? '',
      rows: document.querySelectorAll('table.aligned tbody tr').length,
    }))
    .catch(() => null);
  console.log(
    `  after the reload: ${open ? `case '${open.title}', pair '${open.src}' / '${open.tgt}', level ${open.level}, ${open.rows} rows in the DOM` : 'page gone'}; ${reloaded === 'done' ? 'the case came back' : 'the case did NOT come back aligned'}`,
  );
  console.log(
    `\nwhole run: peak of all Chromium processes PSS ${fmt(allPeaks.all)} MB (Chromium's own before the app: ${fmt(chromiumBaseline)} MB), the app's renderer ${fmt(allPeaks.renderer)} MB; ` +
      `${((Date.now() - total0) / 1000).toFixed(0)} s; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  if (session.consoleErrors.length)
    console.log(`console errors: ${session.consoleErrors.join(' | ').slice(0, 2000)}`);
  await session.close();
}

(BIG_SAMPLE ? bigSampleCase() : main())
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  // The large case leaves page-side waits of failed or finished steps behind: end at once, so
  // that nothing holds the e2e lock the run was wrapped in.
  .finally(() => {
    if (BIG_SAMPLE) process.exit();
  });

/** Whether the bar went back within a job ("Reading… 5 %" then "Reading… 2 %"), and where. */
function barGoesBack(states: readonly string[]): string {
  const backs: string[] = [];
  for (let i = 1; i < states.length; i++) {
    const [a, b] = [states[i - 1]!, states[i]!];
    const pa = /^(.*?)\s*(\d+)\s*%$/.exec(a);
    const pb = /^(.*?)\s*(\d+)\s*%$/.exec(b);
    if (pa && pb && pa[1] === pb[1] && Number(pb[2]) < Number(pa[2])) backs.push(`${a} → ${b}`);
  }
  return backs.length === 0
    ? 'the bar never went back'
    : `the bar went back ${backs.length}×: ${backs.slice(0, 3).join(', ')}`;
}
