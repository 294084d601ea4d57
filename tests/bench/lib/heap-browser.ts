/**
 * Where the browser benchmark's memory goes: builds the app into a private folder, imports the
 * 5,000 × 5,000-paragraph pair through the UI, and takes V8 heap snapshots of the page and of
 * each engine worker (DevTools HeapProfiler, through the page's session for the workers) while
 * the pair checks run and again once everything has settled. Prints, per isolate, the live
 * objects' self size grouped by constructor (strings, arrays and code grouped by kind), largest
 * first. A snapshot forces a full GC first, so it shows what is retained, not garbage; the
 * benchmark's PSS figures show the garbage too.
 *
 * Run: `node --import tsx tests/bench/lib/heap-browser.ts [out-dir]` (snapshots are written there
 * when given, to open in DevTools' Memory panel).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bigDocuments } from './big-documents.ts';
import { addAndWaitAligned, importBigPair } from './big-pair-ui.ts';
import { openPrivateBuild } from './open-private-build.ts';

/** The numbers of the JSON array that starts at `at` (just after its `[`) in `buf`, and where it ends. */
function numbers(buf: Buffer, at: number): { values: Uint32Array; end: number } {
  let out = new Uint32Array(1 << 20);
  let n = 0;
  let value = -1;
  let i = at;
  for (; i < buf.length; i++) {
    const c = buf[i] as number;
    if (c >= 48 && c <= 57) value = (value < 0 ? 0 : value * 10) + (c - 48);
    else {
      if (value >= 0) {
        if (n === out.length) {
          const grown = new Uint32Array(out.length * 2);
          grown.set(out);
          out = grown;
        }
        out[n++] = value;
        value = -1;
      }
      if (c === 93) break; // ]
    }
  }
  return { values: out.subarray(0, n), end: i };
}

/** The strings of the JSON array that starts at `at` (just after its `[`) in `buf`. */
function strings(buf: Buffer, at: number): string[] {
  const out: string[] = [];
  let i = at;
  while (i < buf.length) {
    const c = buf[i] as number;
    if (c === 93) break;
    if (c !== 34) {
      i++;
      continue;
    }
    let j = i + 1;
    let escaped = false;
    for (; j < buf.length; j++) {
      const d = buf[j] as number;
      if (escaped) escaped = false;
      else if (d === 92) escaped = true;
      else if (d === 34) break;
    }
    // Only names are needed: long strings (texts) are cut.
    const slice = buf.toString('utf8', i + 1, Math.min(j, i + 1 + 200));
    out.push(slice.includes('\\') ? slice.replace(/\\./g, '') : slice);
    i = j + 1;
  }
  return out;
}

/**
 * Self size (MB) and count of live objects, by kind: constructor name for objects. Read from
 * the snapshot's bytes with a small scanner: a large page's snapshot is longer than a string
 * may be, so it cannot go through JSON.parse whole.
 */
function summarise(buf: Buffer, top: number): string[] {
  const nodesAt = buf.indexOf('"nodes":[');
  const header = JSON.parse(`${buf.toString('utf8', 0, nodesAt).replace(/,\s*$/, '')}}`) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  };
  const nodes = numbers(buf, nodesAt + 9).values;
  const names = strings(buf, buf.lastIndexOf('"strings":[') + 11);
  const fields = header.snapshot.meta.node_fields;
  const types = header.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const groups = new Map<string, { size: number; count: number }>();
  let total = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt] as number] ?? '?';
    const name = names[nodes[i + nameAt] as number] ?? '?';
    const size = nodes[i + sizeAt] as number;
    total += size;
    const key =
      type === 'object' || type === 'native'
        ? `${type === 'native' ? 'native ' : ''}${name}`
        : type === 'array' || type === 'hidden' || type === 'object shape'
          ? `(${type}) ${name.slice(0, 40)}`
          : `(${type})`;
    const g = groups.get(key) ?? { size: 0, count: 0 };
    g.size += size;
    g.count++;
    groups.set(key, g);
  }
  const rows = [...groups.entries()].sort((a, b) => b[1].size - a[1].size).slice(0, top);
  return [
    `live ${(total / 1e6).toFixed(1)} MB in ${(nodes.length / width).toLocaleString('en')} objects`,
    ...rows.map(
      ([key, g]) =>
        `  ${(g.size / 1e6).toFixed(2).padStart(8)} MB ${String(g.count).padStart(9)}  ${key.slice(0, 90)}`,
    ),
  ];
}

const outArg = process.argv[2];
const { url, context, page, close } = await openPrivateBuild('heap');
await page.goto(url);
await page.waitForSelector('table.aligned tbody tr', { timeout: 60_000 });
const cdp = await context.newCDPSession(page);
// Live workers by session (the engine's second worker is ended when idle).
const workers = new Set<string>();
cdp.on('Target.attachedToTarget', (e) => {
  if (e.targetInfo.type === 'worker') workers.add(e.sessionId);
});
cdp.on('Target.detachedFromTarget', (e) => {
  if (e.sessionId) workers.delete(e.sessionId);
});
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
await new Promise((r) => setTimeout(r, 300));

let nextId = 1;
/** A heap snapshot of a worker (by its session) as JSON text. */
function workerSnapshot(sessionId: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; method?: string; params?: { chunk?: string } };
      if (msg.method === 'HeapProfiler.addHeapSnapshotChunk')
        chunks.push(Buffer.from(msg.params?.chunk ?? ''));
      else if (msg.id === id) {
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(Buffer.concat(chunks));
      }
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id,
        method: 'HeapProfiler.takeHeapSnapshot',
        params: { reportProgress: false },
      }),
    });
  });
}
async function pageSnapshot(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(Buffer.from(e.chunk));
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return Buffer.concat(chunks);
}

async function snapshots(when: string): Promise<void> {
  const taken: [string, Buffer][] = [['page', await pageSnapshot()]];
  for (const [k, s] of [...workers].entries()) taken.push([`worker ${k + 1}`, await workerSnapshot(s)]);
  for (const [name, json] of taken) {
    console.log(`\n${name}, ${when}: ${summarise(json, 30).join('\n')}`);
    if (outArg)
      await writeFile(
        join(outArg, `${when.replace(/\W+/g, '-')}-${name.replace(' ', '')}.heapsnapshot`),
        json,
      );
  }
}

await snapshots('sample case');
await importBigPair(page, bigDocuments());
const alignMs = await addAndWaitAligned(page, 120_000);
console.log(`\naligned and shown in ${alignMs} ms`);
await new Promise((r) => setTimeout(r, Number(process.env.HEAP_DELAY_MS ?? 1500)));
await snapshots('pair checks running');
await page
  .waitForFunction(
    () =>
      /\d+ findings/.test(document.querySelector('.statusbar')?.textContent ?? '') &&
      !/\b0 findings/.test(document.querySelector('.statusbar')?.textContent ?? ''),
    undefined,
    { timeout: 120_000 },
  )
  .catch(() => console.log('(no findings count seen)'));
await new Promise((r) => setTimeout(r, 3000));
await snapshots('settled');
await close();
