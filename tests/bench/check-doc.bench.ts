/**
 * One-document checks: speed on a 1 MB French document, and recall of injected errors with the
 * false-alarm rate on untouched paragraphs, on WMT newstest French (professional translations).
 *
 * Speed: the French paragraphs of newstest2012+2013, repeated to 1 MiB of UTF-8, segmented
 * (timed apart), then every one-document rule with the shipped word lists (time per rule).
 *
 * Recall: for each kind of error, up to 400 paragraphs (seeded choice) each get one injected
 * error; a hit is a finding of the expected rules overlapping the injected span. Kinds: mojibake
 * (one accented word garbled: Windows-1252 once or twice, or Latin-1), quote unbalanced (a
 * closing » deleted, or a lone « or » inserted), words glued (the space between two known
 * lower-case words removed, when the joined form is not itself a word), word doubled, sentence
 * left in English (one sentence of a paragraph replaced by its WMT English counterpart).
 * False alarms: share of the same paragraphs, untouched, with a finding of those rules.
 * newstest2012 is the development year, newstest2013 the held-out one.
 *
 * Pathological input (a run of œ, a 1 MB token, 100k quote marks…): time of all rules on each.
 *
 * Run: npx tsx tests/bench/check-doc.bench.ts   (or npm run bench -- check-doc)
 */

import os from 'node:os';
import { loadWordList } from '../../src/cli/load-lexicons.ts';
import type { WordLookup } from '../../src/core/check/check-rule.ts';
import { garbleText, type MisreadEncoding } from '../../src/core/check/mojibake.ts';
import { CHECK_RULES } from '../../src/core/check/rule-registry.ts';
import { runChecks } from '../../src/core/check/run-checks.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { readWmtPairs, type WmtPair } from './lib/read-wmt.ts';
import { seededRandom } from './lib/seeded-random.ts';

const PER_KIND = Number(process.env.CHECK_PER_KIND ?? 400);

const t0 = performance.now();
const frList = loadWordList('fr');
const enList = loadWordList('en');
if (!frList || !enList) throw new Error('word lists missing: data/wordlists/{fr,en}.txt');
const fr: WordLookup = frList;
const en: WordLookup = enList;
const words: Record<string, WordLookup> = { fr, en };
process.stdout.write(`word lists loaded in ${(performance.now() - t0).toFixed(0)} ms\n`);

const documentRules = CHECK_RULES.filter((r) => r.scope === 'document');

// ---------- speed ----------
function speed(pairs: readonly WmtPair[]): void {
  const paragraphs = pairs.flatMap((p) => p.fr.paragraphs.map((segs) => segs.join(' ')));
  let text = '';
  for (let k = 0; Buffer.byteLength(text) < 1 << 20; k++) text += `${paragraphs[k % paragraphs.length]}\n`;
  const ts = performance.now();
  const doc = segmentDocument(text, { id: 'big', name: 'big', lang: 'fr' });
  const segMs = performance.now() - ts;
  process.stdout.write(
    `\n## Speed: ${(Buffer.byteLength(text) / 1048576).toFixed(2)} MiB, ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences (segmentation ${segMs.toFixed(0)} ms, not counted)\n`,
  );
  // Wall time depends on what else the machine runs; CPU time (user + system of this process,
  // which also counts the garbage collector's threads) is printed beside it.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  process.stdout.write(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs\n`);
  for (const run of ['cold', 'warm']) {
    // A fresh document each time: the per-document memo (tokens) is part of the cost.
    const fresh = run === 'cold' ? doc : segmentDocument(text, { id: 'big-warm', name: 'big', lang: 'fr' });
    const times: [string, number, number, number][] = [];
    const start = performance.now();
    const cpu0 = cpuMs();
    // One run over all the rules, as the workbench's checks worker makes it: the rules share
    // the run's memos (document tokens, word-list answers), which runChecks empties when the
    // run ends (check-memos.ts), so one call per rule would count the tokens ten times.
    let c = cpuMs();
    runChecks(fresh, {
      words,
      registry: documentRules,
      onRule: (id, ms, n) => {
        const now = cpuMs();
        times.push([id, ms, now - c, n]);
        c = now;
      },
    });
    const total = performance.now() - start;
    process.stdout.write(
      `${run}: total ${total.toFixed(0)} ms wall, ${(cpuMs() - cpu0).toFixed(0)} ms CPU (target ≤ 1000 ms)\n`,
    );
    for (const [id, ms, cpu, n] of times)
      process.stdout.write(
        `  ${id.padEnd(14)} ${ms.toFixed(0).padStart(5)} ms wall ${cpu.toFixed(0).padStart(5)} ms CPU  ${n} findings\n`,
      );
  }
}

// ---------- pathological input ----------
// Inputs that once made a rule quadratic (bad-input F14: 20,000 œ took 166 s); each should now
// cost about what 1 MB of prose costs. Time of all one-document rules, per input.
function pathological(): void {
  const cases: [string, string][] = [
    ['20,000 œ', 'œ'.repeat(20_000)],
    ['1 MB line, no space', 'abcdefghij'.repeat(100_000)],
    ['1 MB of mot.mot.', 'motmot.'.repeat(150_000)],
    ['1 MB of a-a-a', 'a-'.repeat(500_000)],
    ['100k straight quotes', '"'.repeat(100_000)],
    ["50k ''", "''".repeat(50_000)],
    ['50k « »', '«»'.repeat(50_000)],
    // A one-line file (session 14): unclosed openers and quotations with no full stop.
    ['40k unclosed «', `Il a dit ${'« mot mot '.repeat(40_000)}fin`],
    ['200k « mot » on a line', '« mot » '.repeat(200_000)],
    ['5k quotes, no stop', `Selon Jean, ${'il a dit « le chat et le chien » puis '.repeat(5_000)}fin`],
  ];
  process.stdout.write(
    `\n## Pathological input: all one-document rules (load ${os.loadavg()[0]!.toFixed(1)})\n`,
  );
  for (const [label, text] of cases) {
    const doc = segmentDocument(text, { id: 'p', name: 'p', lang: 'fr' });
    const u0 = process.cpuUsage();
    const t0 = performance.now();
    const n = runChecks(doc, { words, sourceLang: 'en', registry: documentRules }).length;
    const wall = performance.now() - t0;
    const u = process.cpuUsage(u0);
    process.stdout.write(
      `  ${label.padEnd(22)} ${String(text.length).padStart(8)} chars ${wall.toFixed(0).padStart(6)} ms wall ${((u.user + u.system) / 1000).toFixed(0).padStart(6)} ms CPU  ${n} findings\n`,
    );
  }
}

// ---------- injected errors ----------
type Kind = 'mojibake' | 'quote-unbalanced' | 'words-glued' | 'word-doubled' | 'sentence-english';
const KINDS: readonly Kind[] = [
  'mojibake',
  'quote-unbalanced',
  'words-glued',
  'word-doubled',
  'sentence-english',
];
const RULES: Record<Kind, readonly string[]> = {
  mojibake: ['mojibake'],
  'quote-unbalanced': ['unclosed-quote', 'unopened-quote', 'reversed-quote'],
  'words-glued': ['glued-words'],
  'word-doubled': ['doubled-word'],
  'sentence-english': ['untranslated-sentence', 'untranslated-words'],
};

interface Source {
  readonly fr: readonly string[];
  readonly en: readonly string[];
}
interface Injected {
  readonly text: string;
  /** The injected span, relative to the paragraph. */
  readonly span: readonly [number, number];
  readonly variant: string;
}

const WORD = /[\p{L}]+/gu;

function inject(kind: Kind, p: Source, rnd: () => number): Injected | undefined {
  const text = p.fr.join(' ');
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  switch (kind) {
    case 'mojibake': {
      const cands = [...text.matchAll(WORD)].filter((m) => /[^\p{ASCII}]/u.test(m[0]));
      const m = pick(cands);
      if (!m) return undefined;
      const r = rnd();
      const [enc, rounds]: [MisreadEncoding, number] =
        r < 0.6 ? ['windows-1252', 1] : r < 0.8 ? ['windows-1252', 2] : ['latin-1', 1];
      const g = garbleText(m[0], enc, rounds);
      return {
        text: text.slice(0, m.index) + g + text.slice(m.index + m[0].length),
        span: [m.index, m.index + g.length],
        variant: `${enc}×${rounds}`,
      };
    }
    case 'quote-unbalanced': {
      const r = rnd();
      const close = text.indexOf('»');
      const open = text.lastIndexOf('«', close);
      if (r < 0.4 && close !== -1 && open !== -1) {
        // Delete the closing guillemet (and its inner space): the opener is left unclosed.
        let s = close;
        while (s > 0 && /[ \u00a0\u202f]/.test(text[s - 1]!)) s--;
        return {
          text: text.slice(0, s) + text.slice(close + 1),
          span: [open, open + 1],
          variant: 'closer deleted',
        };
      }
      if (/[«»“”"]/.test(text)) return undefined;
      const ws = [...text.matchAll(WORD)];
      const w = pick(ws.slice(1, -1));
      if (!w) return undefined;
      if (r < 0.7) {
        const ins = '«\u00a0';
        return {
          text: text.slice(0, w.index) + ins + text.slice(w.index),
          span: [w.index, w.index + 1],
          variant: 'lone «',
        };
      }
      const at = w.index + w[0].length;
      return {
        text: `${text.slice(0, at)}\u00a0»${text.slice(at)}`,
        span: [at + 1, at + 2],
        variant: 'lone »',
      };
    }
    case 'words-glued': {
      const pairs: [number, string, string][] = [];
      for (const m of text.matchAll(/(?<![\p{L}'’-])(\p{Ll}{2,}) (\p{Ll}{2,})(?![\p{L}'’-])/gu)) {
        const [a, b] = [m[1]!, m[2]!];
        if (fr.has(a) && fr.has(b) && !fr.has(a + b) && !en.has(a + b)) pairs.push([m.index, a, b]);
      }
      const c = pick(pairs);
      if (!c) return undefined;
      const [at, a, b] = c;
      return {
        text: text.slice(0, at) + a + b + text.slice(at + a.length + 1 + b.length),
        span: [at, at + a.length + b.length],
        variant: 'space removed',
      };
    }
    case 'word-doubled': {
      // A whole word between spaces (not part of `l'homme` or `avant-plan`).
      const ws = [...text.matchAll(/(?<=^|\s)\p{L}{2,}(?=[\s,.;:!?]|$)/gu)].filter(
        (m) => !/^(nous|vous)$/i.test(m[0]),
      );
      const m = pick(ws);
      if (!m) return undefined;
      const end = m.index + m[0].length;
      return {
        text: `${text.slice(0, end)} ${m[0]}${text.slice(end)}`,
        span: [m.index, end + 1 + m[0].length],
        variant: 'doubled',
      };
    }
    case 'sentence-english': {
      if (p.fr.length < 2 || p.en.length !== p.fr.length) return undefined;
      const k = Math.floor(rnd() * p.fr.length);
      const before = p.fr.slice(0, k).join(' ');
      const start = before.length + (k > 0 ? 1 : 0);
      const segs = [...p.fr];
      segs[k] = p.en[k]!;
      return { text: segs.join(' '), span: [start, start + p.en[k]!.length], variant: 'sentence replaced' };
    }
  }
}

function evaluate(label: string, pairs: readonly WmtPair[]): void {
  const sources: Source[] = [];
  for (const p of pairs) {
    p.fr.paragraphs.forEach((segs, i) => {
      const enSegs = p.en.paragraphs[i];
      if (enSegs) sources.push({ fr: segs, en: enSegs });
    });
  }
  process.stdout.write(`\n## Injected errors, ${label}: ${sources.length} paragraphs\n`);
  process.stdout.write('kind               n    recall   false alarms (untouched)   ms\n');
  for (const [ki, kind] of KINDS.entries()) {
    const rnd = seededRandom(1000 + ki);
    const order = sources.map((_, i) => [rnd(), i] as const).sort((a, b) => a[0] - b[0]);
    const items: { src: Source; inj: Injected }[] = [];
    for (const [, i] of order) {
      if (items.length >= PER_KIND) break;
      const inj = inject(kind, sources[i]!, rnd);
      if (inj) items.push({ src: sources[i]!, inj });
    }
    const t = performance.now();
    // One document per kind: one paragraph per line.
    const build = (texts: readonly string[]) => {
      const starts: number[] = [];
      let text = '';
      for (const s of texts) {
        starts.push(text.length);
        text += `${s}\n`;
      }
      return { text, starts };
    };
    const wanted = new Set(RULES[kind]);
    const run = (text: string) =>
      runChecks(segmentDocument(text, { id: kind, name: kind, lang: 'fr' }), {
        words,
        sourceLang: 'en',
        registry: documentRules,
      }).filter((f) => wanted.has(f.rule));
    const injected = build(items.map((x) => x.inj.text));
    const found = run(injected.text);
    let hits = 0;
    const missed: string[] = [];
    items.forEach((x, i) => {
      const s = injected.starts[i]! + x.inj.span[0];
      const e = injected.starts[i]! + x.inj.span[1];
      if (found.some((f: Finding) => f.span[0] < e && s < f.span[1])) hits++;
      else if (missed.length < 3)
        missed.push(
          `${x.inj.variant}: ${injected.text.slice(Math.max(0, s - 30), e + 30).replace(/\n/g, '⏎')}`,
        );
    });
    const clean = build(items.map((x) => x.src.fr.join(' ')));
    const cleanFound = run(clean.text);
    const alarmed = new Set<number>();
    const alarms: string[] = [];
    for (const f of cleanFound) {
      if (alarms.length < 3)
        alarms.push(
          `${f.rule}: ${clean.text.slice(Math.max(0, f.span[0] - 30), f.span[1] + 30).replace(/\n/g, '⏎')}`,
        );
      let lo = 0;
      while (lo + 1 < clean.starts.length && clean.starts[lo + 1]! <= f.span[0]) lo++;
      alarmed.add(lo);
    }
    const ms = performance.now() - t;
    process.stdout.write(
      `${kind.padEnd(18)} ${String(items.length).padStart(4)}   ${(hits / items.length).toFixed(3)}    ${(alarmed.size / items.length).toFixed(3)} (${alarmed.size} paragraphs)          ${ms.toFixed(0)}\n`,
    );
    for (const m of missed) process.stdout.write(`    missed: ${m}\n`);
    for (const m of alarms) process.stdout.write(`    false alarm: ${m}\n`);
  }
}

const dev = readWmtPairs(['2012']);
const heldOut = readWmtPairs(['2013']);
speed([...dev, ...heldOut]);
if (process.env.PATHOLOGICAL !== '0') pathological();
evaluate('newstest2012 (development)', dev);
evaluate('newstest2013 (held out)', heldOut);
