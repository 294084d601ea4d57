/**
 * The workbench in Chromium (the built app, served locally): how fast the sample case becomes
 * interactive, and how the workbench copes with two documents of 5,000 paragraphs (~20,000
 * sentences) each, built from WMT newstest 2012+2013 (English and French, parallel): time to
 * align them through the UI, progress shown meanwhile, the longest main-thread task
 * (PerformanceObserver 'longtask'), frame times while scrolling the table, and memory (the
 * page's and the workers' JS heaps, and the memory of every Chromium process of the session).
 *
 * Run: `npm run bench -- browser` (builds dist/ first).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { openSession } from '../e2e/harness.ts';
import { bigDocuments } from './lib/big-documents.ts';
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
function startPeakSampler(cdp: CDPSession, profile: string, rendererPid: number, everyMs = 200) {
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
        const now = await heaps(cdp);
        for (const [key, h] of now) {
          peak.heapsUsed.set(key, Math.max(peak.heapsUsed.get(key) ?? 0, h.used));
          peak.heapsTotal.set(key, Math.max(peak.heapsTotal.get(key) ?? 0, h.total));
        }
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

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
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
