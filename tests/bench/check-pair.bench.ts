/**
 * Injected-error benchmark of the pair rules (numbers, names, omission, addition, untranslated
 * copy, false friends, consistency) on WMT newstest English–French documents: the French side is
 * a professional translation, aligned 1:1 by construction. Each error kind is planted in turn
 * (tests/bench/lib/inject-errors.ts, fixed seeds) and a rule of the right category must flag it
 * at the right place: recall per kind. The rules also run on the untouched pairs: false alarms =
 * share of sentence pairs a rule flags. Two alignments: the gold one (1:1, the planted gap as a
 * 1-0 bead, or merged into a 2-1 bead: the worst an aligner may do), and the project's own
 * aligner (alignDocuments) run on the changed text, as the CLI and the app do.
 * newstest2012 is the development set, newstest2013 the held-out set.
 *
 * Run: npm run bench -- check-pair   (QUICK=1: development set, gold alignment only;
 *      SHOW=<rule> lists that rule's findings on untouched pairs; MISS=<kind> lists missed plants)
 */
import { readFileSync } from 'node:fs';
import { alignDocuments } from '../../src/core/align/align-documents.ts';
import { PAIR_CHECKS } from '../../src/core/check/pair/pair-checks.ts';
import type { PairContext } from '../../src/core/check/pair/pair-context.ts';
import { parseWordList } from '../../src/core/lexicon/word-list.ts';
import type { Alignment, Bead } from '../../src/core/model/alignment.ts';
import type { TextDocument } from '../../src/core/model/document.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { buildDocument, type ErrorKind, injectError, seededRandom } from './lib/inject-errors.ts';
import { requireBenchLexicon } from './lib/load-bench-lexicon.ts';
import { readWmtPairs, type WmtPair } from './lib/read-wmt.ts';

const ROOT = new URL('../../', import.meta.url);
const words = {
  en: parseWordList(readFileSync(new URL('data/wordlists/en.txt', ROOT), 'utf8')),
  fr: parseWordList(readFileSync(new URL('data/wordlists/fr.txt', ROOT), 'utf8')),
};
// Every en-fr file (main + licence-family parts) and the fr-en ones inverted.
const lexicon = requireBenchLexicon('en', 'fr');

/** Which findings answer which planted error. */
const PAIR_KINDS: readonly { kind: ErrorKind; category: string }[] = [
  { kind: 'number-changed', category: 'numbers' },
  { kind: 'name-changed', category: 'names' },
  { kind: 'sentence-dropped', category: 'omission' },
  { kind: 'left-in-english', category: 'untranslated' },
];

type Mode = 'gold 1-0' | 'gold 2-1' | 'aligner';

function oneToOne(n: number): Bead[] {
  return Array.from({ length: n }, (_, i) => ({ src: [i], tgt: [i], confidence: 1 }));
}

function alignment(beads: Bead[]): Alignment {
  return { level: 'sentence', srcDocId: 'en', tgtDocId: 'fr', beads, parallelism: 1 };
}

/** The gold alignment once target sentence `dropped` is gone: a 1-0 bead, or merged into a 2-1. */
function goldWithout(n: number, dropped: number, merged: boolean): Bead[] | undefined {
  if (merged && dropped === 0) return undefined;
  const shifted = oneToOne(n)
    .slice(dropped + 1)
    .map((b) => ({ ...b, tgt: [b.src[0]! - 1] }));
  const gap: Bead = merged
    ? { src: [dropped - 1, dropped], tgt: [dropped - 1], confidence: 1 }
    : { src: [dropped], tgt: [], confidence: 1 };
  return [...oneToOne(merged ? dropped - 1 : dropped), gap, ...shifted];
}

async function align(source: TextDocument, target: TextDocument): Promise<Alignment> {
  return alignDocuments(source, target, { level: 'sentence', srcLang: 'en', tgtLang: 'fr', lexicon });
}

function runAll(ctx: PairContext): Finding[] {
  return Object.values(PAIR_CHECKS).flatMap((check) => check(ctx));
}

interface Tally {
  hits: number;
  trials: number;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2).padStart(6)} %`;

async function falseAlarms(
  pairs: readonly WmtPair[],
  useAligner: boolean,
): Promise<Map<string, number> & { pairsTotal?: number }> {
  const flagged = new Map<string, number>();
  let total = 0;
  const show = process.env.SHOW;
  for (const pair of pairs) {
    const source = buildDocument(`${pair.docid}.en`, 'en', pair.en.paragraphs);
    const target = buildDocument(`${pair.docid}.fr`, 'fr', pair.fr.paragraphs);
    total += target.sentences.length;
    const al = useAligner ? await align(source, target) : alignment(oneToOne(source.sentences.length));
    const ctx: PairContext = { source, target, alignment: al, lexicon, words };
    for (const [name, check] of Object.entries(PAIR_CHECKS)) {
      const sentences = new Set<number>();
      for (const f of check(ctx)) {
        sentences.add(target.sentences.findIndex((x) => f.span[0] < x.end && f.span[1] >= x.start));
        if (show === name && !useAligner) {
          process.stdout.write(
            `  ${f.rule}/${String(f.params.issue ?? '')}: «${f.actual.slice(0, 80)}» expected ${f.expected ?? '-'} ${JSON.stringify(f.params).slice(0, 100)}\n`,
          );
        }
      }
      flagged.set(name, (flagged.get(name) ?? 0) + sentences.size);
    }
  }
  flagged.set('#total', total);
  return flagged;
}

async function recall(pairs: readonly WmtPair[], mode: Mode): Promise<Map<string, Tally>> {
  const tallies = new Map<string, Tally>();
  const trials = mode === 'aligner' ? 1 : 4;
  for (const [d, pair] of pairs.entries()) {
    const source = buildDocument(`${pair.docid}.en`, 'en', pair.en.paragraphs);
    const n = source.sentences.length;
    for (const spec of PAIR_KINDS) {
      if (mode === 'gold 2-1' && spec.kind !== 'sentence-dropped') continue;
      const random = seededRandom(1000 * d + spec.kind.length + (mode === 'gold 2-1' ? 7 : 0));
      for (let trial = 0; trial < trials; trial++) {
        const inj = injectError(spec.kind, pair.en.paragraphs, pair.fr.paragraphs, random);
        if (!inj) break;
        const target = buildDocument(`${pair.docid}.fr`, 'fr', inj.paragraphs);
        let where: readonly [number, number];
        let beads: Bead[] | undefined = oneToOne(n);
        if (spec.kind === 'sentence-dropped') {
          beads = goldWithout(n, inj.sentence, mode === 'gold 2-1');
          // The gap: from the start of the previous target sentence to the end of the next one.
          const prev = target.sentences[inj.sentence - 1];
          const next = target.sentences[inj.sentence];
          where = [prev ? prev.start : 0, next ? next.end : target.text.length];
        } else {
          const s = target.sentences[inj.sentence]!;
          where = [s.start + inj.start, s.start + Math.max(inj.end, inj.start + 1)];
        }
        if (!beads) continue;
        const al = mode === 'aligner' ? await align(source, target) : alignment(beads);
        const ctx: PairContext = { source, target, alignment: al, lexicon, words };
        const hit = runAll(ctx).some(
          (f) => f.category === spec.category && f.span[0] <= where[1] && f.span[1] >= where[0],
        );
        const t = tallies.get(spec.kind) ?? { hits: 0, trials: 0 };
        t.trials++;
        if (hit) t.hits++;
        tallies.set(spec.kind, t);
        if (!hit && process.env.MISS === spec.kind) {
          const s = target.sentences[Math.min(inj.sentence, target.sentences.length - 1)]!;
          const src = source.sentences[inj.sentence]!;
          process.stdout.write(
            `  MISS ${mode} ${spec.kind}: ${inj.before.slice(0, 60)} → ${inj.after.slice(0, 40)} | ${target.text.slice(s.start, s.end).slice(0, 140)}\n     src: ${source.text.slice(src.start, src.end).slice(0, 140)}\n`,
          );
        }
      }
    }
  }
  return tallies;
}

async function scoreSet(pairs: readonly WmtPair[], label: string, quick: boolean): Promise<void> {
  const modes: Mode[] = quick ? ['gold 1-0', 'gold 2-1'] : ['gold 1-0', 'gold 2-1', 'aligner'];
  const t0 = performance.now();
  const results = new Map<Mode, Map<string, Tally>>();
  for (const mode of modes) results.set(mode, await recall(pairs, mode));
  const goldFa = await falseAlarms(pairs, false);
  const alignerFa = quick ? undefined : await falseAlarms(pairs, true);
  const out = process.stdout;
  const sentences = goldFa.get('#total') ?? 0;
  out.write(
    `\n${label}: ${pairs.length} documents, ${sentences} sentence pairs (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  out.write(`${'planted error'.padEnd(20)}${modes.map((m) => m.padStart(20)).join('')}\n`);
  for (const spec of PAIR_KINDS) {
    const cells = modes.map((m) => {
      const t = results.get(m)?.get(spec.kind);
      return (t ? `${(t.hits / t.trials).toFixed(3)} (${t.hits}/${t.trials})` : '—').padStart(20);
    });
    out.write(`${spec.kind.padEnd(20)}${cells.join('')}\n`);
  }
  out.write(
    `${'false alarms'.padEnd(20)}${'gold 1:1'.padStart(20)}${alignerFa ? 'aligner'.padStart(20) : ''}\n`,
  );
  for (const name of Object.keys(PAIR_CHECKS)) {
    const g = `${pct(goldFa.get(name) ?? 0, sentences)} (${goldFa.get(name) ?? 0})`;
    const a = alignerFa
      ? `${pct(alignerFa.get(name) ?? 0, alignerFa.get('#total') ?? 0)} (${alignerFa.get(name) ?? 0})`
      : '';
    out.write(`${name.padEnd(20)}${g.padStart(20)}${a.padStart(alignerFa ? 20 : 0)}\n`);
  }
}

const quick = process.env.QUICK === '1';
await scoreSet(readWmtPairs(['2012']), 'development (newstest2012)', quick);
if (!quick) await scoreSet(readWmtPairs(['2013']), 'held out (newstest2013)', false);
