/**
 * Injected-error benchmark of the pair rules (numbers, names, omission/addition, untranslated
 * copy, false friends, consistency) on WMT newstest English–French documents: the French side
 * is a professional translation, aligned 1:1 by construction. Each error kind is planted in turn
 * (tests/bench/lib/inject-errors.ts, fixed seeds) and a rule must flag it at the right place:
 * recall per kind. The same rules run on the untouched pairs: false alarms = share of sentence
 * pairs a rule flags. newstest2012 is the development set, newstest2013 the held-out set.
 *
 * Run: npm run bench -- check-pair
 */
import { readFileSync } from 'node:fs';
import { PAIR_CHECKS } from '../../src/core/check/pair/pair-checks.ts';
import type { PairContext } from '../../src/core/check/pair/pair-context.ts';
import { parseLexicon } from '../../src/core/lexicon/lexicon.ts';
import { parseWordList } from '../../src/core/lexicon/word-list.ts';
import type { Alignment, Bead } from '../../src/core/model/alignment.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { buildDocument, type ErrorKind, injectError, seededRandom } from './lib/inject-errors.ts';
import { readWmtPairs, type WmtPair } from './lib/read-wmt.ts';

const ROOT = new URL('../../', import.meta.url);
const words = {
  en: parseWordList(readFileSync(new URL('data/wordlists/en.txt', ROOT), 'utf8')),
  fr: parseWordList(readFileSync(new URL('data/wordlists/fr.txt', ROOT), 'utf8')),
};
const lexicon = parseLexicon(readFileSync(new URL('data/lexicons/en-fr.tsv', ROOT), 'utf8'), 'en', 'fr');

type Check = (ctx: PairContext) => Finding[];

/** Which findings answer which planted error. */
const PAIR_KINDS: readonly { kind: ErrorKind; categories: readonly string[]; variant?: 'merged' }[] = [
  { kind: 'number-changed', categories: ['numbers'] },
  { kind: 'name-changed', categories: ['names'] },
  { kind: 'sentence-dropped', categories: ['omission'] },
  { kind: 'sentence-dropped', categories: ['omission'], variant: 'merged' },
  { kind: 'left-in-english', categories: ['untranslated'] },
];

const TRIALS_PER_DOC = 4;

function oneToOne(n: number): Bead[] {
  return Array.from({ length: n }, (_, i) => ({ src: [i], tgt: [i], confidence: 1 }));
}

function alignment(beads: Bead[]): Alignment {
  return { level: 'sentence', srcDocId: 'en', tgtDocId: 'fr', beads, parallelism: 1 };
}

function runAll(ctx: PairContext): Finding[] {
  return Object.values(PAIR_CHECKS).flatMap((check: Check) => check(ctx));
}

interface Tally {
  hits: number;
  trials: number;
}

function scoreSet(pairs: readonly WmtPair[], label: string): void {
  // False alarms on untouched pairs: share of sentence pairs each rule flags.
  const flagged = new Map<string, number>();
  let sentencePairs = 0;
  const examples = new Map<string, string[]>();
  const t0 = performance.now();
  for (const pair of pairs) {
    const source = buildDocument(`${pair.docid}.en`, 'en', pair.en.paragraphs);
    const target = buildDocument(`${pair.docid}.fr`, 'fr', pair.fr.paragraphs);
    const n = Math.min(source.sentences.length, target.sentences.length);
    sentencePairs += n;
    const ctx: PairContext = { source, target, alignment: alignment(oneToOne(n)), lexicon, words };
    for (const [name, check] of Object.entries(PAIR_CHECKS)) {
      const sentences = new Set<number>();
      for (const f of check(ctx)) {
        const s = target.sentences.findIndex((x) => f.span[0] < x.end && f.span[1] >= x.start);
        sentences.add(s);
        const list = examples.get(name) ?? [];
        if (list.length < 200)
          list.push(
            `${f.rule}/${String(f.params.issue ?? '')}: «${f.actual.slice(0, 80)}» expected ${f.expected ?? '-'} ${JSON.stringify(f.params).slice(0, 120)}`,
          );
        examples.set(name, list);
      }
      flagged.set(name, (flagged.get(name) ?? 0) + sentences.size);
    }
  }
  const cleanMs = performance.now() - t0;

  // Recall on planted errors.
  const tallies = new Map<string, Tally>();
  for (const [d, pair] of pairs.entries()) {
    const source = buildDocument(`${pair.docid}.en`, 'en', pair.en.paragraphs);
    for (const spec of PAIR_KINDS) {
      const random = seededRandom(1000 * d + spec.kind.length + (spec.variant ? 7 : 0));
      for (let trial = 0; trial < TRIALS_PER_DOC; trial++) {
        const inj = injectError(spec.kind, pair.en.paragraphs, pair.fr.paragraphs, random);
        if (!inj) break;
        const target = buildDocument(`${pair.docid}.fr`, 'fr', inj.paragraphs);
        const n = source.sentences.length;
        let beads: Bead[];
        let where: readonly [number, number];
        if (spec.kind === 'sentence-dropped') {
          const i = inj.sentence;
          if (spec.variant === 'merged') {
            if (i === 0) continue;
            // The dropped sentence's source merged with the previous one: a 2-1 bead.
            beads = [
              ...oneToOne(i - 1),
              { src: [i - 1, i], tgt: [i - 1], confidence: 1 },
              ...oneToOne(n)
                .slice(i + 1)
                .map((b) => ({ ...b, tgt: [b.src[0]! - 1] })),
            ];
          } else {
            beads = [
              ...oneToOne(i),
              { src: [i], tgt: [], confidence: 1 },
              ...oneToOne(n)
                .slice(i + 1)
                .map((b) => ({ ...b, tgt: [b.src[0]! - 1] })),
            ];
          }
          // The place of the gap: the end of the previous target sentence to the start of the next.
          const prev = target.sentences[i - 1];
          const next = target.sentences[i];
          where = [prev ? prev.start : 0, next ? next.end : target.text.length];
        } else {
          beads = oneToOne(n);
          const s = target.sentences[inj.sentence]!;
          where = [s.start + inj.start, s.start + Math.max(inj.end, inj.start + 1)];
        }
        const ctx: PairContext = { source, target, alignment: alignment(beads), lexicon, words };
        const hit = runAll(ctx).some(
          (f) => spec.categories.includes(f.category) && f.span[0] <= where[1] && f.span[1] >= where[0],
        );
        const key = spec.variant ? `${spec.kind} (${spec.variant})` : spec.kind;
        if (!hit && process.env.MISS === key) {
          const s = target.sentences[Math.min(inj.sentence, target.sentences.length - 1)]!;
          process.stdout.write(
            `  MISS ${key}: ${inj.before} → ${inj.after.slice(0, 60)} | ${target.text.slice(s.start, s.end).slice(0, 160)}\n     src: ${source.text.slice(source.sentences[inj.sentence]!.start, source.sentences[inj.sentence]!.end).slice(0, 160)}\n`,
          );
        }
        const t = tallies.get(key) ?? { hits: 0, trials: 0 };
        t.trials++;
        if (hit) t.hits++;
        tallies.set(key, t);
      }
    }
  }
  process.stdout.write(`\n${label}: ${pairs.length} documents, ${sentencePairs} sentence pairs\n`);
  process.stdout.write('planted error                 recall   (hits/trials)\n');
  for (const [key, t] of tallies) {
    process.stdout.write(
      `${key.padEnd(30)}${(t.hits / t.trials).toFixed(3).padStart(6)}   (${t.hits}/${t.trials})\n`,
    );
  }
  process.stdout.write('rule (untouched pairs)        false alarms (pairs flagged)\n');
  for (const [name, count] of flagged) {
    process.stdout.write(
      `${name.padEnd(30)}${((100 * count) / sentencePairs).toFixed(2).padStart(6)} %  (${count})\n`,
    );
  }
  process.stdout.write(`all pair rules on the untouched pairs: ${cleanMs.toFixed(0)} ms\n`);
  if (process.env.SHOW)
    for (const e of examples.get(process.env.SHOW) ?? []) process.stdout.write(`  ${e}\n`);
}

const dev = readWmtPairs(['2012']);
const heldOut = readWmtPairs(['2013']);
scoreSet(dev, 'development (newstest2012)');
if (!process.env.DEV_ONLY) scoreSet(heldOut, 'held out (newstest2013)');
