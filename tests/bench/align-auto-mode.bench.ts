/**
 * The `auto` mode's test (align-segments.ts): two texts are aligned as translations when the
 * local mode pairs at least AUTO_PARALLEL_SHARE of the segments of each side on their own
 * evidence (the evidence share; AUTO_PARALLEL_SHARE_WEAK when there is no lexicon), else as
 * partly parallel texts. This bench prints the evidence
 * share of texts that are translations (WMT newstest documents with paragraphs merged, split and
 * dropped and site noise added, tests/bench/lib/perturb-wmt.ts) and of texts that are not (two
 * reports of the same event, one short block of one rendered inside the other,
 * tests/bench/lib/same-event-docs.ts), at paragraph level, by year (2012 development, 2013 held
 * out), and the decisions on the sample case's French–English pairs (none is a translation of the
 * other). Texts with fewer than MIN_SEGMENTS_FOR_AUTO segments on a side skip the test (taken as
 * translations) and are counted apart. Run: npm run bench -- align-auto-mode
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AUTO_PARALLEL_SHARE,
  AUTO_PARALLEL_SHARE_WEAK,
  alignSegmentsDetailed,
  MIN_SEGMENTS_FOR_AUTO,
  TINY_PARALLEL_SHARE,
} from '../../src/core/align/align-segments.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { readTextberg, readTransread } from './lib/eval-sets.ts';
import { formatTable } from './lib/format-table.ts';
import { loadBenchLexicon } from './lib/load-bench-lexicon.ts';
import { perturbedParagraphDocs } from './lib/perturb-wmt.ts';
import { readWmtPairs } from './lib/read-wmt.ts';
import { sameEventDocs } from './lib/same-event-docs.ts';

const lexicon = loadBenchLexicon('en', 'fr');
const BINS = [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 1];

async function shares(
  docs: readonly { src: readonly string[]; tgt: readonly string[] }[],
  options: Parameters<typeof alignSegmentsDetailed>[2],
): Promise<{ tested: number[]; tiny: number; small: number[] }> {
  const tested: number[] = [];
  const small: number[] = [];
  for (const d of docs) {
    const share = (await alignSegmentsDetailed(d.src, d.tgt, options)).evidenceShare;
    if (Math.min(d.src.length, d.tgt.length) < MIN_SEGMENTS_FOR_AUTO) small.push(share);
    else tested.push(share);
  }
  return { tested: tested.sort((a, b) => a - b), tiny: small.length, small: small.sort((a, b) => a - b) };
}

const rows: string[][] = [];
for (const withLexicon of [true, false]) {
  const options = { level: 'paragraph', ...(withLexicon && lexicon ? { lexicon } : {}) } as const;
  for (const year of ['2012', '2013']) {
    const pairs = readWmtPairs([year]);
    const label = `${year === '2012' ? 'dev 2012' : 'held-out 2013'}${withLexicon ? '' : ', no lexicon'}`;
    for (const [kind, docs, translations] of [
      ['translations', perturbedParagraphDocs(pairs), true],
      ['same-event reports', sameEventDocs(pairs, { unit: 'paragraph' }), false],
    ] as const) {
      const { tested, tiny, small } = await shares(docs, options);
      const wrong = tested.filter(
        (s) => s >= (withLexicon ? AUTO_PARALLEL_SHARE : AUTO_PARALLEL_SHARE_WEAK) !== translations,
      ).length;
      const histogram = BINS.slice(0, -1).map((b, k) => {
        const top = BINS[k + 1]!;
        return tested.filter((s) => s >= b && (s < top || (top === 1 && s <= 1))).length;
      });
      rows.push([
        label,
        kind,
        `${tested.length} (+${tiny} small)`,
        tested.length ? tested[0]!.toFixed(3) : '-',
        tested.length ? tested[tested.length - 1]!.toFixed(3) : '-',
        histogram.join(' '),
        `${wrong}`,
      ]);
      // Texts under MIN_SEGMENTS_FOR_AUTO segments a side: parallel unless the partial mode pairs
      // under TINY_PARALLEL_SHARE of them (untested, share 1, under MIN_SEGMENTS_FOR_TINY_TEST or
      // without a lexicon).
      const smallWrong = small.filter((s) => s >= TINY_PARALLEL_SHARE !== translations).length;
      rows.push([
        label,
        `${kind}, small`,
        `${small.length}`,
        small.length ? small[0]!.toFixed(3) : '-',
        small.length ? small[small.length - 1]!.toFixed(3) : '-',
        BINS.slice(0, -1)
          .map(
            (b, k) =>
              small.filter((x) => x >= b && (x < BINS[k + 1]! || (BINS[k + 1] === 1 && x <= 1))).length,
          )
          .join(' '),
        `${smallWrong}`,
      ]);
    }
  }
}
// The literary and German–French evaluation sets, sentence level: translations throughout.
for (const withLexicon of [true, false])
  for (const book of [...readTransread(), readTextberg()]) {
    const lex = withLexicon ? loadBenchLexicon(book.srcLang, book.tgtLang) : undefined;
    const share = (await alignSegmentsDetailed(book.src, book.tgt, lex ? { lexicon: lex } : {}))
      .evidenceShare;
    rows.push([
      withLexicon ? 'eval sets' : 'eval sets, no lexicon',
      `${book.name} (${book.src.length} x ${book.tgt.length} sentences)`,
      '1',
      share.toFixed(3),
      share.toFixed(3),
      '',
      `${share >= (lex ? AUTO_PARALLEL_SHARE : AUTO_PARALLEL_SHARE_WEAK) ? 0 : 1}`,
    ]);
  }
console.log(
  formatTable(
    [
      'year',
      'texts',
      'tested',
      'least share',
      'greatest share',
      `shares in ${BINS.slice(0, -1)
        .map((b, k) => `[${b},${BINS[k + 1]})`)
        .join(' ')}`,
      `wrong mode (at ${AUTO_PARALLEL_SHARE} with a lexicon, ${AUTO_PARALLEL_SHARE_WEAK} without)`,
    ],
    rows,
  ),
);

// The sample case: every French report against every English one, none a translation.
const dir = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const docs = files.map((f) => segmentDocument(readFileSync(dir + f, 'utf8'), { id: f, name: f }));
const paragraphs = (d: (typeof docs)[number]) => d.paragraphs.map((p) => d.text.slice(p.start, p.end));
const sample: string[] = [];
for (const en of docs.filter((d) => d.lang === 'en'))
  for (const fr of docs.filter((d) => d.lang === 'fr')) {
    const lex = loadBenchLexicon('en', 'fr');
    const r = await alignSegmentsDetailed(paragraphs(en), paragraphs(fr), {
      level: 'paragraph',
      ...(lex ? { lexicon: lex } : {}),
    });
    sample.push(`${en.name.slice(0, 3)}/${fr.name.slice(0, 3)} ${r.evidenceShare.toFixed(3)} ${r.mode}`);
  }
console.log(`sample case, paragraph level (share, mode): ${sample.join('; ')}`);
