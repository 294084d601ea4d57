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
 * Old code against new: `npx tsx tests/bench/first-start.bench.ts 9 --against DIR`, where DIR holds
 * another build of the app (e.g. `npx vite build --outDir /tmp/old-dist` in a copy of an older
 * commit): the two alternate start by start in the same minutes (the host's noise moves whole
 * batches), browser quiet before navigating, and both series are printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/harness.ts';
import { waitBrowserQuiet } from './lib/chromium-processes.ts';
import {
  firstRowsAt,
  firstShownAt,
  installFirstRowsProbe,
  installFirstShownProbe,
  SPELLING_SELECTOR,
} from './lib/first-rows-probe.ts';
import { type ServedBuild, serveBuild, servePrivateBuild } from './lib/open-private-build.ts';

const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt > 0 ? process.argv[againstAt + 1] : undefined;

interface Run {
  readonly rows: number;
  readonly spelling: number;
  /** The store's marks of opening the case (`vis-a-vis:<name>`, src/state/cases-slice.ts), ms. */
  readonly marks: Record<string, number>;
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
    await page.goto(url);
    const rows = await firstRowsAt(page);
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
    return { rows, spelling, marks };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

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
}

/** This build against another, alternating start by start (browser quiet before each). */
async function compare(url: string, otherDir: string): Promise<void> {
  const other: ServedBuild = await serveBuild(otherDir);
  try {
    console.log(
      `sample case, first start (fresh profile), this build against ${otherDir}, ${RUNS} runs each, alternating`,
    );
    const mine: Run[] = [];
    const theirs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Who goes first alternates too.
      if (i % 2 === 0) {
        mine.push(await firstStart(url, true));
        theirs.push(await firstStart(other.url, true));
      } else {
        theirs.push(await firstStart(other.url, true));
        mine.push(await firstStart(url, true));
      }
    }
    printSeries('this build', mine);
    printSeries(`against ${otherDir}`, theirs);
  } finally {
    await other.close();
  }
}

async function main(): Promise<void> {
  const served = await servePrivateBuild('first-start');
  const { url } = served;
  if (AGAINST) {
    try {
      await compare(url, AGAINST);
    } finally {
      await served.close();
    }
    return;
  }
  try {
    console.log(`sample case, first start (fresh profile), ${RUNS} runs each; times from navigation start`);
    for (const settle of [true, false]) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstStart(url, settle));
      printSeries(settle ? 'browser quiet before navigating' : 'navigating at once after launch', runs);
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
  } finally {
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
