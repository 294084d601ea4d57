/**
 * The sample case's first start in Chromium, several times (the figure varies by a few tenths
 * of a second from run to run on two cores): each run a fresh profile (empty IndexedDB, so the
 * sample case is stored, segmented and aligned), the built app served locally. Times from
 * navigation start: aligned rows on screen (the first frame that paints them, timed in the page:
 * tests/bench/lib/first-rows-probe.ts; the table is then usable: scroll, select, edit) and
 * the French spelling findings shown (word lists parsed, checks done; timed in the page the same
 * way, since session 6: before, Node polled for them and then read the page's clock). Each run navigates once
 * the new browser is quiet (see waitBrowserQuiet); a second series navigates at once after
 * launch, with the browser's own start-up work still running, and is printed beside it.
 *
 * Run: `npm run bench -- first-start` (7 runs of each series; builds into a private folder, so
 * dist/ and the e2e tests are left alone). More runs: `npx tsx tests/bench/first-start.bench.ts 11`.
 * Old code against new: `npx tsx tests/bench/first-start.bench.ts 9 --against DIR[,DIR…]`, where DIR holds
 * another build of the app (e.g. `npx vite build --outDir /tmp/old-dist` in a copy of an older
 * commit): the two alternate start by start in the same minutes (the host's noise moves whole
 * batches), browser quiet before navigating (`--at-once`: navigating at once after each launch), and
 * both series are printed with their timelines. `--this DIR2` puts a build already made (e.g. of
 * a commit, from `git archive`) in place of the working tree's, whose other files may be mid-edit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/harness.ts';
import { chromiumProcesses, cpuMs, waitBrowserQuiet } from './lib/chromium-processes.ts';
import {
  firstRowsAt,
  firstShownAt,
  installFirstRowsProbe,
  installFirstShownProbe,
  SPELLING_SELECTOR,
} from './lib/first-rows-probe.ts';
import { type ServedBuild, serveBuild, servePrivateBuild } from './lib/open-private-build.ts';

const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const AGAINST = option('--against');
/** `--this DIR`: this side is a build already in DIR (e.g. of a commit), not a build of the working tree. */
const THIS = option('--this');
/** `--at-once`: in a comparison, navigate at once after each launch instead of waiting for a quiet browser. */
const AT_ONCE = process.argv.includes('--at-once');

interface Run {
  readonly rows: number;
  readonly spelling: number;
  /** CPU time (ms) the browser's processes used from navigation until the rows were seen from Node. */
  readonly cpuToRows: number;
  /** The store's marks of opening the case (`vis-a-vis:<name>`, src/state/cases-slice.ts), ms. */
  readonly marks: Record<string, number>;
}

/**
 * The engine worker's own steps, on the page's clock (ms from navigation start): when its
 * English–French lexicon was ready, its first alignment started and ended, and the French word
 * list was parsed (the worker's measures, src/worker/engine.worker.ts).
 */
async function workerSteps(page: Page): Promise<Record<string, number>> {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const steps: Record<string, number> = {};
  for (const worker of page.workers()) {
    const { origin, measures } = await worker.evaluate(() => ({
      origin: performance.timeOrigin,
      measures: performance
        .getEntriesByType('measure')
        .map((m) => [m.name, m.startTime, m.duration] as const),
    }));
    const first = (name: string) => measures.find((m) => m[0] === name);
    const at = (ms: number) => origin + ms - pageOrigin;
    const lexicon = first('lexicon:en-fr');
    const align = first('engine:align');
    const words = measures.find((m) => /^words:\w+:fr$/.test(m[0]));
    if (lexicon) steps['worker: lexicon ready'] = at(lexicon[1] + lexicon[2]);
    if (align) {
      steps['worker: align asked'] = at(align[1]);
      steps['worker: align done'] = at(align[1] + align[2]);
    }
    if (words) steps['worker: French word list ready'] = at(words[1] + words[2]);
  }
  return steps;
}

async function firstStart(url: string, settle: boolean): Promise<Run> {
  const profile = await mkdtemp(join(tmpdir(), 'vis-a-vis-first-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const errors: string[] = [];
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await installFirstRowsProbe(page);
    await installFirstShownProbe(page, 'spelling', SPELLING_SELECTOR);
    if (settle) await waitBrowserQuiet(profile, 1000, 15_000);
    const browserCpu = () => [...cpuMs(chromiumProcesses(profile)).values()].reduce((a, b) => a + b, 0);
    const cpuBefore = browserCpu();
    await page.goto(url);
    const rows = await firstRowsAt(page);
    const cpuToRows = browserCpu() - cpuBefore;
    // Timed in the page too (before, Node's poll and then the page's clock added a round trip).
    const spelling = await firstShownAt(page, 'spelling').catch(() => Number.NaN);
    if (errors.length > 0) console.log(`  console errors: ${errors.join(' | ')}`);
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('vis-a-vis:'))
          .map((m) => [m.name.slice('vis-a-vis:'.length), m.startTime]),
      ),
    );
    return { rows, spelling, cpuToRows, marks: { ...marks, ...(await workerSteps(page)) } };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** The host's load averages over 1, 5 and 15 minutes (other work on the two cores moves every figure). */
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const range = (xs: readonly number[]) =>
  `median ${(median(xs) / 1000).toFixed(2)} s, ${(Math.min(...xs) / 1000).toFixed(2)}–${(Math.max(...xs) / 1000).toFixed(2)} s`;

function printSeries(label: string, runs: readonly Run[]): void {
  console.log(`  ${label}:`);
  console.log(
    `    aligned rows on screen: ${range(runs.map((r) => r.rows))}   (target ≤ 1.5 s)   [${runs.map((r) => r.rows.toFixed(0)).join(', ')} ms]`,
  );
  console.log(
    `    French spelling findings shown: ${range(runs.map((r) => r.spelling))}   [${runs.map((r) => r.spelling.toFixed(0)).join(', ')} ms]`,
  );
  console.log(
    `    browser CPU until the rows were seen (all its processes; a little after the rows): median ${(median(runs.map((r) => r.cpuToRows)) / 1000).toFixed(2)} s`,
  );
  // Where the time goes, medians: the store's steps (page side) and the rows.
  const steps = Object.keys(runs[0]?.marks ?? {}).map((name) => ({
    name,
    at: median(runs.map((r) => r.marks[name] ?? Number.NaN)),
  }));
  steps.push({ name: 'rows on screen', at: median(runs.map((r) => r.rows)) });
  steps.sort((a, b) => a.at - b.at);
  console.log(
    `    timeline (medians): ${steps.map((m) => `${m.name} ${(m.at / 1000).toFixed(2)}`).join(' · ')}`,
  );
}

/**
 * This build against others (`--against DIR[,DIR…]`), start by start in turn, the order rotating
 * from round to round (the host's noise moves whole batches: compare only within one).
 */
async function compare(url: string, otherDirs: readonly string[]): Promise<void> {
  const others: ServedBuild[] = [];
  try {
    for (const dir of otherDirs) others.push(await serveBuild(dir));
    const labels = [THIS ?? 'this build', ...otherDirs];
    const urls = [url, ...others.map((o) => o.url)];
    console.log(
      `sample case, first start (fresh profile), ${labels.join(' against ')}, ${RUNS} runs each, in turn, ${AT_ONCE ? 'navigating at once after launch' : 'browser quiet before navigating'}; load average ${loadAverage()}`,
    );
    const series: Run[][] = urls.map(() => []);
    for (let i = 0; i < RUNS; i++)
      for (let k = 0; k < urls.length; k++) {
        const which = (i + k) % urls.length;
        series[which]?.push(await firstStart(urls[which] as string, !AT_ONCE));
      }
    series.forEach((runs, k) => {
      printSeries(labels[k] as string, runs);
    });
    console.log(`  load average at the end: ${loadAverage()}`);
  } finally {
    for (const o of others) await o.close();
  }
}

async function main(): Promise<void> {
  const served = THIS ? await serveBuild(THIS) : await servePrivateBuild('first-start');
  const { url } = served;
  if (AGAINST) {
    try {
      await compare(url, AGAINST.split(','));
    } finally {
      await served.close();
    }
    return;
  }
  try {
    console.log(
      `sample case, first start (fresh profile), ${RUNS} runs each; times from navigation start; load average ${loadAverage()}`,
    );
    for (const settle of [true, false]) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstStart(url, settle));
      printSeries(settle ? 'browser quiet before navigating' : 'navigating at once after launch', runs);
    }
    console.log(`  load average at the end: ${loadAverage()}`);
  } finally {
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
