/**
 * Reading a Chromium trace (CDP `Tracing` with the V8 sampling profiler): thread names, each
 * thread's sampled profile, the busiest functions of a thread in a time window, and the
 * engine calls the workers mark with user timing (`engine:<op>`). Shared by the profilers.
 */
import type { CDPSession } from 'playwright-core';

/** One trace event, as Chromium reports it (times in microseconds). */
export interface TraceEvent {
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
/** One thread's sampled profile: call-tree nodes and (node, time µs) samples. */
export interface ThreadProfile {
  key: string;
  readonly nodes: Map<number, ProfileNode>;
  readonly samples: [number, number][];
  start?: number;
  last?: number;
}

/** The categories that give thread names, tasks, user timing and JS samples. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'v8',
];

/** Start tracing on `cdp`; the returned function ends it and resolves with every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** `pid:tid` → thread name (CrRendererMain, DedicatedWorker thread…). */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name));
  return names;
}

/** Every thread's sampled profile, from the Profile / ProfileChunk events. */
export function threadProfiles(events: readonly TraceEvent[]): ThreadProfile[] {
  const profiles = new Map<string, ThreadProfile>();
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
      p.start = data.startTime as number;
      continue;
    }
    const cpu = data.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
    for (const n of cpu?.nodes ?? []) p.nodes.set(n.id, n);
    const deltas = (data.timeDeltas as number[] | undefined) ?? [];
    let t = p.last ?? p.start ?? 0;
    (cpu?.samples ?? []).forEach((s, i) => {
      t += deltas[i] ?? 0;
      p.samples.push([s, t]);
    });
    p.last = t;
  }
  return [...profiles.values()];
}

/** A node's function, file and line. */
function label(n: ProfileNode | undefined): string {
  if (!n) return '?';
  const f = n.callFrame;
  const file = f.url?.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${(f.lineNumber ?? -1) + 1}`;
}

/** Self time (ms) per function of a profile between two trace times (µs), idle left out. */
export function busiest(
  p: ThreadProfile,
  from = 0,
  to = Number.POSITIVE_INFINITY,
): { total: number; list: [string, number][] } {
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

/**
 * The engine calls (`engine:<op>` measures; with `prefix`, other measures such as `words:`)
 * with thread, start (µs) and duration (ms).
 */
export function engineCalls(
  events: readonly TraceEvent[],
  prefix = 'engine:',
): { thread: string; name: string; ts: number; ms: number }[] {
  const names = threadNames(events);
  const calls: { thread: string; name: string; ts: number; ms: number }[] = [];
  for (const e of events) {
    if (!e.name.startsWith(prefix) || e.ph !== 'b') continue;
    // The first end after the start: a name's measures may share an id.
    const end = events.find(
      (x) => x.ph === 'e' && x.name === e.name && x.id === e.id && x.pid === e.pid && x.ts >= e.ts,
    );
    calls.push({
      thread: `${names.get(`${e.pid}:${e.tid}`) ?? '?'} ${e.tid}`,
      name: e.name,
      ts: e.ts,
      ms: end ? (end.ts - e.ts) / 1000 : 0,
    });
  }
  return calls.sort((a, b) => a.ts - b.ts);
}

/** What filled a task: the complete events inside it on its thread, by name, longest first (ms). */
export function taskContents(events: readonly TraceEvent[], task: TraceEvent, most = 6): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = new Map<string, number>();
  for (const e of events) {
    if (
      e.pid !== task.pid ||
      e.tid !== task.tid ||
      e.ts < task.ts ||
      e.ts >= end ||
      e.ph !== 'X' ||
      e === task
    )
      continue;
    inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...inside]
    .sort((a, b) => b[1] - a[1])
    .slice(0, most)
    .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
    .join(', ');
}
