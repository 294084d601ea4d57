/**
 * Where the page's (not the workers') JS heap goes with the big pair: heap used and committed
 * after loading the sample case, once the import dialog shows both previews (before and after a
 * forced GC), and from Add until the checks are done (peak sampled every 200 ms); and for each
 * stretch an allocation-sampling profile of the page (DevTools HeapProfiler, counting what was
 * collected meanwhile too), the largest allocation sites by bytes, innermost frame last.
 *
 * Run: `node --import tsx tests/bench/lib/page-heap-browser.ts`
 */
import type { CDPSession } from 'playwright-core';
import { bigDocuments } from './big-documents.ts';
import { addAndWaitAligned, importBigPair } from './big-pair-ui.ts';
import { openPrivateBuild } from './open-private-build.ts';

interface SamplingNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly SamplingNode[];
}

const mb = (n: number) => (n / 1048576).toFixed(0);

async function usage(cdp: CDPSession, when: string): Promise<void> {
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  console.log(`${when}: page heap used ${mb(h.usedSize)} / committed ${mb(h.totalSize)} MB`);
}

function startSampling(cdp: CDPSession): Promise<unknown> {
  return cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 32768,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}

/** Print the largest allocation sites (last six frames) of a sampling profile. */
async function report(cdp: CDPSession, when: string): Promise<void> {
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
  const sites = new Map<string, number>();
  const walk = (n: SamplingNode, path: readonly string[]) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    const here = [...path, `${n.callFrame.functionName || '(anon)'}@${file}:${n.callFrame.lineNumber}`];
    if (n.selfSize > 0) {
      const key = here.slice(-6).join(' > ');
      sites.set(key, (sites.get(key) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, here);
  };
  walk(profile.head, []);
  const total = [...sites.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled allocations ${when}: ${mb(total)} MB`);
  for (const [k, v] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, 30))
    if (v >= 1048576) console.log(`  ${mb(v)} MB  ${k}`);
}

const { url, context, page, close } = await openPrivateBuild('page-heap', {
  minify: process.env.MINIFY !== '0',
});
await page.goto(url);
await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
const cdp = await context.newCDPSession(page);
await new Promise((r) => setTimeout(r, 3000));
await usage(cdp, 'sample case');
await cdp.send('HeapProfiler.enable');
await startSampling(cdp);
await importBigPair(page, bigDocuments());
await usage(cdp, 'import dialog, both previews');
await report(cdp, 'during the import (dialog)');
await cdp.send('HeapProfiler.collectGarbage');
await usage(cdp, 'same, after a forced GC');

await startSampling(cdp);
const peak = { used: 0, total: 0 };
const poll = setInterval(() => {
  void cdp.send('Runtime.getHeapUsage').then((h) => {
    peak.used = Math.max(peak.used, h.usedSize);
    peak.total = Math.max(peak.total, h.totalSize);
  });
}, 200);
console.log(`added -> aligned and shown: ${await addAndWaitAligned(page, 120_000)} ms`);
await usage(cdp, 'aligned and shown');
await page.waitForFunction(
  () => /[1-9]\d* findings/.test(document.querySelector('.statusbar')?.textContent ?? ''),
  undefined,
  { timeout: 120_000 },
);
await new Promise((r) => setTimeout(r, 4000));
clearInterval(poll);
await usage(cdp, 'checks done');
console.log(`page heap peak from Add: used ${mb(peak.used)} / committed ${mb(peak.total)} MB`);
await report(cdp, 'from Add until the checks were done');
await close();
