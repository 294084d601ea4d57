/**
 * The Chromium processes of a benchmark's browser session (found by the profile directory on
 * their command line): memory (RSS, PSS, USS), CPU time used, and waiting until they are quiet.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A Chromium process of the session: its role (`--type=`), resident and proportional memory. */
export interface ChromiumProcess {
  readonly pid: number;
  readonly type: string;
  readonly rssMb: number;
  readonly pssMb: number;
  /** Unique set size: private pages only (a lower bound that other Chromium sessions on the machine do not lower). */
  readonly ussMb: number;
}

/**
 * Every process whose command line names the profile, with its RSS and its PSS (proportional
 * set size, from /proc/<pid>/smaps_rollup: shared pages, such as the Chromium binary and its
 * libraries mapped by every process, are divided among the processes sharing them, so the PSS
 * of all processes adds up to the memory they really take; summing RSS counts those pages once
 * per process). PSS also divides pages shared with other Chromium sessions running on the
 * machine, so the USS (private pages) is given too.
 */
export function chromiumProcesses(profile: string): ChromiumProcess[] {
  const out = execFileSync('ps', ['-eo', 'pid=,rss=,args='], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const found: ChromiumProcess[] = [];
  for (const line of out.split('\n')) {
    if (!line.includes(profile)) continue;
    const [pid, rss, ...args] = line.trim().split(/\s+/);
    const command = args.join(' ');
    if (!/chrom/i.test(args[0] ?? '')) continue;
    let pss = 0;
    let uss = 0;
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
      pss = field('Pss');
      uss = field('Private_Clean') + field('Private_Dirty');
    } catch {
      // The process ended meanwhile.
    }
    found.push({
      pid: Number(pid),
      type: /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser',
      rssMb: Number(rss) / 1024,
      pssMb: pss / 1024,
      ussMb: uss / 1024,
    });
  }
  return found;
}

/** CPU time (ms, user + system) each process of the list has used so far, by pid. */
export function cpuMs(processes: readonly ChromiumProcess[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of processes) {
    try {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command): utime, stime, in ticks.
      const stat = readFileSync(`/proc/${p.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(p.pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // Gone.
    }
  }
  return out;
}

/** Wait until the renderer has used under 5 % of a core for 2 s (the checks are done), at most `maxMs`. */
export async function waitIdle(rendererPid: number, maxMs: number): Promise<number> {
  const t0 = Date.now();
  const cpu = () =>
    cpuMs([{ pid: rendererPid, type: '', rssMb: 0, pssMb: 0, ussMb: 0 }]).get(rendererPid) ?? 0;
  let quietSince = Date.now();
  let last = cpu();
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 250));
    const now = cpu();
    if (now - last > 0.05 * 250) quietSince = Date.now();
    last = now;
    if (Date.now() - quietSince >= 2000) break;
  }
  return Date.now() - t0;
}

/** Linux's USER_HZ (clock ticks a second in /proc/<pid>/stat). */
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * Wait until every process of the session together has used under 5 % of a core for `quietMs`
 * (at most `maxMs`); returns the time waited. A browser just launched spends about 0.8 s of a
 * core on its own start-up (a renderer building its built-in pages): a page load measured at
 * once shares the machine's two cores with that, which no person opening the app in a running
 * browser sees.
 */
export async function waitBrowserQuiet(profile: string, quietMs: number, maxMs: number): Promise<number> {
  const t0 = Date.now();
  const total = () => [...cpuMs(chromiumProcesses(profile)).values()].reduce((a, b) => a + b, 0);
  let quietSince = Date.now();
  let last = total();
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 200));
    const now = total();
    if (now - last > 0.05 * 200) quietSince = Date.now();
    last = now;
    if (Date.now() - quietSince >= quietMs) break;
  }
  return Date.now() - t0;
}
