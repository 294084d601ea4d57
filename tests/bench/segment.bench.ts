/**
 * Segmentation benchmark (`npm run bench -- segment`):
 * 1. speed: segmentDocument on 1 MB and 10 MB documents built from the WMT newstest English and
 *    French paragraphs (one paragraph per line, language detected), time and sentences/s;
 * 2. sentence-boundary accuracy on WMT: each WMT paragraph's segments joined with a space and
 *    re-split; precision/recall of the boundaries against the WMT segment boundaries, for
 *    splitSentences and, as the peer, bare Intl.Segmenter. `VERBOSE=1` prints the errors.
 */
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { splitSentences } from '../../src/core/segment/split-sentences.ts';
import { readWmtPairs } from './lib/read-wmt.ts';

const pairs = readWmtPairs();
const verbose = process.env.VERBOSE === '1';

/** Paragraph languages of the last text built (one per line). */
let builtLangs: string[] = [];

function buildText(lang: 'en' | 'fr' | 'both', bytes: number): string {
  const lines: string[] = [];
  builtLangs = [];
  let size = 0;
  const enc = new TextEncoder();
  for (let round = 0; size < bytes; round++) {
    for (const p of pairs) {
      const sides = lang === 'both' ? (['en', 'fr'] as const) : [lang];
      for (const side of sides)
        for (const para of p[side].paragraphs) {
          const line = para.join(' ');
          lines.push(line);
          builtLangs.push(side);
          size += enc.encode(line).length + 1;
          if (size >= bytes) return lines.join('\n');
        }
    }
    if (round > 100) break;
  }
  return lines.join('\n');
}

function timeSegment(label: string, text: string, lang?: string): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const doc = segmentDocument(text, {
    id: label,
    name: label,
    candidateLangs: ['en', 'fr', 'de'],
    ...(lang ? { lang } : {}),
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const langs = builtLangs;
  let right = 0;
  let marked = 0;
  for (const [i, p] of doc.paragraphs.entries()) {
    if (p.lang !== undefined) marked++;
    if ((p.lang ?? doc.lang) === langs[i]) right++;
  }
  const mb = new TextEncoder().encode(text).length / 1e6;
  const mem = process.memoryUsage().heapUsed / 1e6;
  console.log(
    `${label.padEnd(28)} ${mb.toFixed(1).padStart(5)} MB  ${doc.paragraphs.length.toString().padStart(7)} paragraphs  ${doc.sentences.length.toString().padStart(7)} sentences  ${(ms / 1000).toFixed(2).padStart(6)} s (CPU ${(cpuMs / 1000).toFixed(2)} s)  ${Math.round(
      doc.sentences.length / (ms / 1000),
    )
      .toLocaleString('en')
      .padStart(9)} sentences/s  heap ${mem.toFixed(0)} MB`,
  );
  console.log(
    `${''.padEnd(28)} document language ${doc.lang}; ${marked} paragraphs marked as another language; paragraph language right for ${((100 * right) / doc.paragraphs.length).toFixed(2)}%`,
  );
  return ms;
}

console.log(
  '(wall-clock time, and the process CPU time: on a shared machine the wall clock includes waiting)',
);
console.log('## Speed (segmentDocument, WMT newstest 2012+2013 en and fr paragraphs, one per line)');
// Warm up the segmenters and franc.
segmentDocument(buildText('both', 300_000), { id: 'w', name: 'w' });
const t1 = timeSegment('1 MB en+fr (lang detected)', buildText('both', 1e6));
const t10 = timeSegment('10 MB en+fr (lang detected)', buildText('both', 1e7));
timeSegment('10 MB en (lang given)', buildText('en', 1e7), 'en');
console.log(`time ratio 10 MB / 1 MB: ${(t10 / t1).toFixed(2)} (linear = 10)`);
// One huge paragraph (no line breaks at all): the segmenter is fed in chunks, so time stays linear.
const oneLine1 = buildText('en', 1e6).replace(/\n/g, ' ');
const oneLine5 = buildText('en', 5e6).replace(/\n/g, ' ');
const h1 = timeSegment('1 MB as one paragraph', oneLine1, 'en');
const h5 = timeSegment('5 MB as one paragraph', oneLine5, 'en');
console.log(`time ratio 5 MB / 1 MB (one paragraph): ${(h5 / h1).toFixed(2)} (linear = 5)`);

// The cost of the corrections: splitSentences against bare Intl.Segmenter on the same paragraphs.
{
  const paragraphs = buildText('en', 5e6).split('\n');
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const cpuOf = (run: () => number): [number, number] => {
    const c0 = process.cpuUsage();
    const n = run();
    const c = process.cpuUsage(c0);
    return [(c.user + c.system) / 1e6, n];
  };
  const [bareS, bareN] = cpuOf(() => {
    let n = 0;
    for (const p of paragraphs) for (const _ of seg.segment(p)) n++;
    return n;
  });
  const [oursS, oursN] = cpuOf(() => {
    let n = 0;
    for (const p of paragraphs) n += splitSentences(p, 0, p.length, 'en').length;
    return n;
  });
  console.log(
    `5 MB of en paragraphs, CPU: Intl.Segmenter ${bareS.toFixed(2)} s (${bareN} sentences), splitSentences ${oursS.toFixed(2)} s (${oursN} sentences): ${(oursS / bareS).toFixed(2)}× the bare segmenter`,
  );
}

console.log('\n## Sentence-boundary accuracy on WMT newstest 2012+2013 (paragraphs of 2+ segments included)');

type Splitter = (text: string, lang: string) => number[];
const segmenters = new Map<string, Intl.Segmenter>();
const bare: Splitter = (text, lang) => {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return [...s.segment(text)].map((x) => x.index).filter((i) => i > 0);
};
const ours: Splitter = (text, lang) =>
  splitSentences(text, 0, text.length, lang)
    .map(([a]) => a)
    .slice(1);

function score(name: string, split: Splitter, lang: 'en' | 'fr'): void {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let paragraphs = 0;
  let exact = 0;
  let shown = 0;
  let plainExtra = 0;
  for (const p of pairs) {
    for (const segs of p[lang].paragraphs) {
      const text = segs.join(' ');
      const goldCuts = new Set<number>();
      let pos = 0;
      for (const [i, s] of segs.entries()) {
        if (i > 0) goldCuts.add(pos);
        pos += s.length + 1;
      }
      const pred = split(text, lang);
      const hits = pred.filter((c) => goldCuts.has(c)).length;
      // Extra boundaries after a full stop and before a capital: mostly WMT segments that hold
      // two sentences (gold noise rather than splitter errors); counted to read precision right.
      for (const c of pred) {
        if (
          !goldCuts.has(c) &&
          /[a-zà-ÿ0-9)%]{2} ?[.?!]["»”]? $/u.test(text.slice(c - 6, c)) &&
          /^["«“]?\p{Lu}/u.test(text.slice(c))
        )
          plainExtra++;
      }
      tp += hits;
      predicted += pred.length;
      gold += goldCuts.size;
      paragraphs++;
      if (hits === pred.length && hits === goldCuts.size) exact++;
      else if (verbose && shown < 40 && split === ours) {
        shown++;
        const mark = (cuts: Iterable<number>): string => {
          const set = new Set(cuts);
          return [...text].map((ch, i) => (set.has(i) ? `║${ch}` : ch)).join('');
        };
        console.log(`  gold: ${mark(goldCuts)}\n  ours: ${mark(pred)}\n`);
      }
    }
  }
  const precision = tp / Math.max(1, predicted);
  const recall = tp / Math.max(1, gold);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(
    `${lang}  ${name.padEnd(16)} precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}  (${gold} gold boundaries, ${predicted} predicted; ${exact}/${paragraphs} paragraphs exact)`,
  );
  console.log(
    `${''.padEnd(20)} of the ${predicted - tp} extra boundaries, ${plainExtra} follow a full stop and precede a capital (WMT segments of two sentences); precision without them ${(tp / Math.max(1, predicted - plainExtra)).toFixed(4)}`,
  );
}

for (const lang of ['en', 'fr'] as const) {
  score('Intl.Segmenter', bare, lang);
  score('splitSentences', ours, lang);
}
