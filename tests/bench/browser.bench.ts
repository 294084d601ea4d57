/**
 * The workbench in Chromium (the built app, served locally): how fast the sample case becomes
 * interactive, and how the workbench copes with two documents of 5,000 paragraphs (~20,000
 * sentences) each, built from WMT newstest 2012+2013 (English and French, parallel): time to
 * align them through the UI, progress shown meanwhile, the longest main-thread task
 * (PerformanceObserver 'longtask'), frame times while scrolling the table, and memory (the
 * page's JS heap, and the resident memory of every Chromium process of the session).
 *
 * Run: `npm run bench -- browser` (builds dist/ first).
 */
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { openSession } from '../e2e/harness.ts';
import { readWmtPairs } from './lib/read-wmt.ts';

const PARAGRAPHS = 5_000;
const SENTENCES_PER_PARAGRAPH = 4;

/** Two parallel documents: WMT sentences grouped four by four into paragraphs, cycled. */
function bigDocuments(): { en: string; fr: string; sentences: number } {
  const en: string[] = [];
  const fr: string[] = [];
  for (const pair of readWmtPairs()) {
    pair.en.paragraphs.forEach((p, i) => {
      const q = pair.fr.paragraphs[i];
      if (!q || q.length !== p.length) return;
      en.push(...p);
      fr.push(...q);
    });
  }
  const enParas: string[] = [];
  const frParas: string[] = [];
  for (let k = 0; enParas.length < PARAGRAPHS; k += SENTENCES_PER_PARAGRAPH) {
    const at = k % (en.length - SENTENCES_PER_PARAGRAPH);
    enParas.push(en.slice(at, at + SENTENCES_PER_PARAGRAPH).join(' '));
    frParas.push(fr.slice(at, at + SENTENCES_PER_PARAGRAPH).join(' '));
  }
  return { en: enParas.join('\n'), fr: frParas.join('\n'), sentences: PARAGRAPHS * SENTENCES_PER_PARAGRAPH };
}

/** Resident memory (MB) of every process whose command line names the profile. */
function residentMb(profile: string): number {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let kb = 0;
  for (const line of out.split('\n')) {
    if (!line.includes(profile)) continue;
    kb += Number(line.trim().split(/\s+/)[0] ?? 0);
  }
  return kb / 1024;
}

const fmt = (n: number) => n.toFixed(0);

async function main(): Promise<void> {
  await build({ logLevel: 'error' });
  const docs = bigDocuments();

  // 1. The sample case, first start (fresh profile) and a reload.
  const session = await openSession();
  const { page } = session;
  const interactive = async () => {
    await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
    const rows = await page.evaluate(() => performance.now());
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
    return { rows, ready };
  };
  await page.goto(session.url);
  const first = await interactive();
  await page.reload();
  const again = await interactive();
  console.log('sample case: rows on screen / store ready (aligned) after navigation start');
  console.log(`  first start (fresh profile): ${fmt(first.rows)} ms / ${fmt(first.ready)} ms`);
  console.log(
    `  reload:                      ${fmt(again.rows)} ms / ${fmt(again.ready)} ms   (target ≤ 1500 ms)`,
  );

  // 2. Two documents of 5,000 paragraphs, imported through the UI into a new case.
  await page.click('.side-section button:has-text("New")');
  await page.waitForFunction(() => document.querySelector('.case-title')?.textContent?.includes('Untitled'));
  await page.click('[data-action="open-import"]');
  await page.setInputFiles('[data-testid="file-input"]', [
    { name: 'big-en.txt', mimeType: 'text/plain', buffer: Buffer.from(docs.en) },
    { name: 'big-fr.txt', mimeType: 'text/plain', buffer: Buffer.from(docs.fr) },
  ]);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="import-preview"]').length === 2,
    undefined,
    {
      timeout: 60_000,
    },
  );
  await page.evaluate(() => {
    const w = window as unknown as {
      __long: number[];
      __progress: string[];
      __obs: PerformanceObserver;
      __poll: number;
    };
    w.__long = [];
    w.__progress = [];
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    });
    w.__obs.observe({ type: 'longtask' });
    w.__poll = window.setInterval(() => {
      const label = document.querySelector('.job-label')?.textContent?.trim();
      if (label && w.__progress.at(-1) !== label) w.__progress.push(label);
    }, 25);
  });
  const t0 = Date.now();
  await page.click('[data-action="add-documents"]');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="parallelism"]') !== null &&
      document.querySelector('.job') === null &&
      document.querySelectorAll('table.aligned tbody tr').length > 0,
    undefined,
    { timeout: 120_000, polling: 20 },
  );
  const alignMs = Date.now() - t0;
  const during = await page.evaluate(() => {
    const w = window as unknown as {
      __long: number[];
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
    `  progress seen: ${during.progress.length} states (${during.progress.slice(0, 4).join(' | ')}${during.progress.length > 4 ? ' | …' : ''})`,
  );
  console.log(
    `  main-thread long tasks: ${during.long.length}, longest ${fmt(Math.max(0, ...during.long))} ms   (target ≤ 200 ms)`,
  );
  console.log(`  status: ${status.replace(/\s+/g, ' ').trim()}`);

  // 3. Scrolling the table: frame times over 300 animation frames, 150 px a frame.
  // A string, not a function: tsx would wrap named closures in a helper the page does not have.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('.table-scroll');
    const deltas = [];
    let last = performance.now();
    let n = 0;
    const step = (now) => {
      deltas.push(now - last);
      last = now;
      if (el) el.scrollTop += 150;
      if (++n < 300) requestAnimationFrame(step);
      else resolve(deltas.slice(1));
    };
    requestAnimationFrame(step);
  })`)) as number[];
  frames.sort((a, b) => a - b);
  const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))] ?? 0;
  console.log(
    `  scrolling: median frame ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, worst ${q(1).toFixed(1)} ms   (target median ≤ 16 ms)`,
  );

  // 4. Memory.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  console.log(
    `  memory: page JS heap ${fmt(heap / 1e6)} MB; all Chromium processes (RSS) ${fmt(residentMb(session.profile))} MB   (target ≤ 500 MB)`,
  );
  if (session.consoleErrors.length) console.log(`  console errors: ${session.consoleErrors.join(' | ')}`);
  await session.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
