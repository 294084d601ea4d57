/**
 * Pairs made on the quote tracer's word (src/core/align/pair-quoted-passages.ts) where they are
 * most likely wrong: another report of the same event (tests/bench/lib/same-event-docs.ts, the
 * partial mode's hardest negatives), whose quotations may be traced to the first report's
 * passages. WMT newstest2012 (dev) and newstest2013 (held-out), each unit one line of a document,
 * aligned by alignDocuments in partial mode at the paragraph level, without and with the tracer's
 * lexicons. Prints, per set: the answer key's pairs; the pairs proposed (confidence ≥ 0.5,
 * restated pairs left out) right / wrong, without and with the tracer; the pairs the tracer made
 * or vouched for (`traced`), right / wrong; and the CPU the tracer adds.
 */
import { alignDocuments } from '../../src/core/align/align-documents.ts';
import type { Alignment } from '../../src/core/model/alignment.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { sameEventDocs } from './lib/same-event-docs.ts';

const lexicon = loadBenchLexicon('en', 'fr');
const quoteLexicons = [loadBenchLexicon('fr', 'en'), loadBenchLexicon('en', 'fr')].flatMap((l) =>
  l ? [l] : [],
);

/** CPU milliseconds of `run`. */
async function cpuOf<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

const rows: string[][] = [];
for (const [year, seed, unit] of [
  ['2012', 61, 'sentence'],
  ['2012', 63, 'paragraph'],
  ['2013', 67, 'sentence'],
  ['2013', 69, 'paragraph'],
] as const) {
  const docs = sameEventDocs(readWmtPairs([year]), { seed, unit });
  let gold = 0;
  const plain = { right: 0, wrong: 0 };
  const quoted = { right: 0, wrong: 0 };
  const traced = { right: 0, wrong: 0 };
  let plainMs = 0;
  let quotedMs = 0;
  let used = 0;
  for (const d of docs) {
    const src = segmentDocument(d.src.join('\n'), { id: 'en', name: 'en', lang: 'en' });
    const tgt = segmentDocument(d.tgt.join('\n'), { id: 'fr', name: 'fr', lang: 'fr' });
    // One unit, one line, one paragraph: skip a document whose lines do not map one to one.
    if (src.paragraphs.length !== d.src.length || tgt.paragraphs.length !== d.tgt.length) continue;
    used++;
    const goldOf = new Map<string, true>();
    for (const b of d.gold)
      if (b.src.length > 0 && b.tgt.length > 0) goldOf.set(`${b.src[0]}:${b.tgt[0]}`, true);
    gold += goldOf.size;
    const options = { level: 'paragraph', mode: 'partial', ...(lexicon ? { lexicon } : {}) } as const;
    const count = (a: Alignment, into: { right: number; wrong: number }, tracedOnly = false) => {
      for (const b of a.beads) {
        if (b.src.length === 0 || b.tgt.length === 0 || b.confidence < 0.5) continue;
        if (tracedOnly && !b.traced) continue;
        if (b.src.some((i) => b.tgt.some((j) => d.ambiguous.has(`${i}:${j}`)))) continue;
        const ok = b.src.length === 1 && b.tgt.length === 1 && goldOf.has(`${b.src[0]}:${b.tgt[0]}`);
        into[ok ? 'right' : 'wrong']++;
      }
    };
    const a = await cpuOf(() => alignDocuments(src, tgt, options));
    const q = await cpuOf(() => alignDocuments(src, tgt, { ...options, quoteLexicons }));
    plainMs += a.ms;
    quotedMs += q.ms;
    count(a.value, plain);
    count(q.value, quoted);
    count(q.value, traced, true);
  }
  rows.push([
    `${year === '2012' ? 'dev 2012' : 'held-out 2013'} ${unit}s`,
    String(used),
    String(gold),
    `${plain.right} / ${plain.wrong}`,
    `${quoted.right} / ${quoted.wrong}`,
    `${traced.right} / ${traced.wrong}`,
    `${(plainMs / 1000).toFixed(1)} s → ${(quotedMs / 1000).toFixed(1)} s`,
  ]);
}
console.log(
  formatTable(
    [
      'same-event documents',
      'docs',
      'key pairs',
      'proposed right / wrong',
      'with the tracer',
      'traced pairs right / wrong',
      'CPU',
    ],
    rows,
  ),
);
