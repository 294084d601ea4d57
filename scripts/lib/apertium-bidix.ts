/**
 * Reader for Apertium bilingual dictionaries as Debian ships them: compiled lttoolbox
 * transducers (`<pair>.autobil.bin`), dumped to AT&T text by `lt-print -H` (package
 * lttoolbox-dev), whose paths are enumerated back into dictionary entries
 * (`vente<n><f>` : `venta<n><f>`). The .dix sources are not in the binary packages.
 */

/** One entry of a bilingual dictionary: lemma and tags on each side. */
export interface BidixEntry {
  /** Left-side lemma, lower-cased, multiword parts joined with spaces (`prendre part`). */
  readonly left: string;
  readonly leftTags: readonly string[];
  readonly right: string;
  readonly rightTags: readonly string[];
}

interface Arc {
  readonly to: number;
  readonly input: string;
  readonly output: string;
}

interface Section {
  readonly arcs: Map<number, Arc[]>;
  readonly finals: Set<number>;
}

/** Decode one HFST-escaped symbol of `lt-print -H` (epsilon `@0@` → '', `@_SPACE_@` → ' '). */
function symbol(s: string): string {
  if (s === '@0@') return '';
  if (s === '@_SPACE_@') return ' ';
  if (s === '@_TAB_@') return '\t';
  return s;
}

/** Parse `lt-print -H` output: one AT&T transducer per section, sections separated by `--`. */
export function parseAtt(att: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { arcs: new Map(), finals: new Set() };
  for (const line of att.split('\n')) {
    if (line === '') continue;
    if (line === '--') {
      sections.push(current);
      current = { arcs: new Map(), finals: new Set() };
      continue;
    }
    const f = line.split('\t');
    if (f.length >= 4) {
      const from = Number(f[0]);
      const arc = { to: Number(f[1]), input: symbol(f[2] ?? ''), output: symbol(f[3] ?? '') };
      const list = current.arcs.get(from);
      if (list) list.push(arc);
      else current.arcs.set(from, [arc]);
    } else {
      current.finals.add(Number(f[0]));
    }
  }
  sections.push(current);
  return sections;
}

const MAX_PATH = 200;

/**
 * States on a cycle (Tarjan's strongly connected components, iteratively). Only the
 * regular-expression entries (numbers, punctuation) loop; their states are skipped, since
 * enumerating simple paths through them is exponential and they hold no words.
 */
function cyclicStates(section: Section): Set<number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const cyclic = new Set<number>();
  let next = 0;
  const states = new Set<number>(section.arcs.keys());
  for (const start of states) {
    if (index.has(start)) continue;
    const frames: { state: number; arc: number }[] = [{ state: start, arc: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { state: number; arc: number };
      const arcs = section.arcs.get(frame.state) ?? [];
      const arc = arcs[frame.arc++];
      if (arc !== undefined) {
        if (arc.to === frame.state) cyclic.add(arc.to);
        if (!index.has(arc.to)) {
          index.set(arc.to, next);
          low.set(arc.to, next++);
          stack.push(arc.to);
          onStack.add(arc.to);
          frames.push({ state: arc.to, arc: 0 });
        } else if (onStack.has(arc.to)) {
          low.set(frame.state, Math.min(low.get(frame.state) ?? 0, index.get(arc.to) ?? 0));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.state, Math.min(low.get(parent.state) ?? 0, low.get(frame.state) ?? 0));
      if (low.get(frame.state) === index.get(frame.state)) {
        const component: number[] = [];
        for (;;) {
          const s = stack.pop() as number;
          onStack.delete(s);
          component.push(s);
          if (s === frame.state) break;
        }
        if (component.length > 1) for (const s of component) cyclic.add(s);
      }
    }
  }
  return cyclic;
}

/** Split `prendre# part<vblex><inf>` into a lemma (`prendre part`) and its tags. */
function splitAnalysis(s: string): { lemma: string; tags: string[] } | undefined {
  const tags: string[] = [];
  let lemma = '';
  for (const m of s.matchAll(/<([^<>]+)>|[^<]+/g)) {
    if (m[1] !== undefined) tags.push(m[1]);
    else lemma += m[0];
  }
  // `<g>` (invariable multiword queue) compiles to `#`; a lemma with tags inside it is read
  // head + queue, the tags being the head's.
  lemma = lemma.replace(/#/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (lemma === '') return undefined;
  return { lemma, tags };
}

/**
 * Every entry of a compiled bilingual dictionary, by enumerating the transducer's accepting
 * paths (states on cycles, which only regular-expression entries such as numbers have, are skipped).
 */
export function bidixEntries(att: string): BidixEntry[] {
  const out: BidixEntry[] = [];
  const seen = new Set<string>();
  for (const section of parseAtt(att)) {
    const cyclic = cyclicStates(section);
    const walk = (state: number, input: string, output: string, depth: number): void => {
      if (section.finals.has(state)) {
        const l = splitAnalysis(input);
        const r = splitAnalysis(output);
        if (l && r) {
          const key = `${input}\u0000${output}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ left: l.lemma, leftTags: l.tags, right: r.lemma, rightTags: r.tags });
          }
        }
      }
      if (depth >= MAX_PATH) return;
      for (const arc of section.arcs.get(state) ?? []) {
        if (cyclic.has(arc.to)) continue;
        walk(arc.to, input + arc.input, output + arc.output, depth + 1);
      }
    };
    walk(0, '', '', 0);
  }
  return out;
}
