/**
 * Quote tracing on the quotations WMT's French reports really hold, with their real speech
 * clauses, fragments and titles in quotes: the complement of quotes.bench.ts, whose quotations
 * are whole sentences set in a made-up speech clause (and which leaves every sentence with a
 * quotation mark out).
 *
 * Each year's French documents are traced against all the year's English documents. WMT pairs
 * its segments one to one, so a French quotation's source is the English segment (or segments)
 * of the segment(s) it stands in: the top source is right when it is in that document and
 * overlaps one of them. A seeded half of the segments that hold quotations are removed from
 * the pool (the rest of their document stays): a source claimed for one of those is a false
 * claim, unless it says the same thing elsewhere (a headline, a repetition), which no gold tells.
 * Quotations of fewer than 3 content words (`des "croisés"`) are not scored.
 *
 * Two settings: against the year's English documents as one pool, and each French report against
 * its own English document alone (the case of two texts the workbench opens, where no other
 * passage competes with a wrong one; WMT_QUOTES_SETTINGS=pool or pair for one).
 *
 * Figures, per year and by the language the document was written in (English or French, or a
 * third one, where both sides are translations): top-1 at the shipped threshold and ranking
 * alone; the share of kept quotations for which a source is claimed, and how many of those
 * claims are right; sources claimed for removed ones.
 *
 * Run: npm run bench -- wmt-quotations   (WMT_QUOTES_YEARS=2013 for one year)
 */
import { writeFileSync } from 'node:fs';
import type { TextDocument } from '../../src/core/model/document.ts';
import { extractQuotations } from '../../src/core/quote/extract-quotations.ts';
import { passageTokens } from '../../src/core/quote/passage-tokens.ts';
import { SOURCE_THRESHOLD } from '../../src/core/quote/source-probability.ts';
import { traceQuotations } from '../../src/core/quote/trace-quotations.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { englishPool, loadLexicons } from './lib/quote-bench-set.ts';
import { readWmtPairs, type WmtPair } from './lib/read-wmt.ts';
import { seededRandom } from './lib/seeded-random.ts';

const MIN_CONTENT_WORDS = 3;

/** A French document of a pair, with the span of each of its segments (flat order). */
function frenchDocument(pair: WmtPair, d: number): { doc: TextDocument; spans: [number, number][] } {
  let text = '';
  const spans: [number, number][] = [];
  for (const para of pair.fr.paragraphs) {
    for (const [k, seg] of para.entries()) {
      if (k > 0) text += ' ';
      spans.push([text.length, text.length + seg.length]);
      text += seg;
    }
    text += '\n';
  }
  return { doc: segmentDocument(text, { id: `fr-${d}`, name: pair.docid, lang: 'fr' }), spans };
}

interface Scored {
  readonly text: string;
  readonly gold: string;
  readonly top: string;
  readonly direct: boolean;
  readonly removed: boolean;
  readonly hit: boolean;
  readonly p: number;
}

async function runYear(year: string, setting: 'pool' | 'pair'): Promise<void> {
  const pairs = readWmtPairs([year]).filter(
    (p) => p.en.paragraphs.flat().length === p.fr.paragraphs.flat().length,
  );
  const french = pairs.map(frenchDocument);
  // First pass over the quotations alone: which to score, and which of their sources to remove.
  const lexicons = loadLexicons();
  const quoteKey = (q: { readonly id: string }) => q.id;
  const segmentsOf = (d: number, q: { readonly span: readonly [number, number] }) =>
    french[d]!.spans.flatMap(([s, e], k) => (s < q.span[1] && e > q.span[0] ? [k] : []));
  const rand = seededRandom(Number(year) + 7);
  // Removal is decided per segment (a segment may hold several quotations): a quotation's source
  // is removed when all its segments are, and its gold is what is left of them otherwise.
  const decided = new Map<string, boolean>();
  const removed = new Set<string>();
  const scoredQuotes = new Map<string, { d: number; segments: number[] }>();
  for (const q of french.flatMap((f) => extractQuotations(f.doc))) {
    if (q.kind !== 'quoted' || q.parent !== null) continue;
    const d = Number(q.docId.slice(3));
    const content = passageTokens(french[d]!.doc.text, q.inner, 'fr').filter((t) => !t.fn).length;
    if (content < MIN_CONTENT_WORDS) continue;
    const segments = segmentsOf(d, q);
    if (segments.length === 0) continue;
    scoredQuotes.set(quoteKey(q), { d, segments });
    for (const k of segments) {
      const key = `${d}:${k}`;
      if (!decided.has(key)) decided.set(key, rand() < 0.5);
      if (decided.get(key)) removed.add(key);
    }
  }
  const pool = englishPool(pairs, removed);
  const t0 = performance.now();
  // Two settings: the year's English documents as one pool (a fact-checker's archive), or each
  // French report with its own English document alone (a case of two texts, as the workbench
  // opens them), where no other passage competes with a wrong one.
  const quotations =
    setting === 'pool'
      ? (
          await traceQuotations(
            { documents: [...pool.docs, ...french.map((f) => f.doc)] },
            { lexicons, threshold: 0 },
          )
        ).quotations
      : (
          await Promise.all(
            french.map((f, d) =>
              traceQuotations({ documents: [pool.docs[d]!, f.doc] }, { lexicons, threshold: 0 }),
            ),
          )
        ).flatMap((r) => r.quotations);
  const ms = performance.now() - t0;
  const scored: Scored[] = [];
  for (const q of quotations) {
    const at = scoredQuotes.get(quoteKey(q));
    if (!at) continue;
    const isRemoved = at.segments.every((k) => removed.has(`${at.d}:${k}`));
    const gold = at.segments.flatMap((k) => {
      const span = pool.spans[at.d]![k];
      return span ? [span] : [];
    });
    const source = q.source;
    const hit =
      !isRemoved &&
      source !== null &&
      source.docId === pool.docs[at.d]!.id &&
      gold.some(([s, e]) => source.span[0] < e && source.span[1] > s);
    scored.push({
      text: q.text,
      gold:
        gold.map(([s, e]) => pool.docs[at.d]!.text.slice(s, e)).join(' | ') ||
        pairs[at.d]!.en.paragraphs.flat()
          .filter((_, k) => at.segments.includes(k))
          .join(' | '),
      top: source ? `${source.docId === pool.docs[at.d]!.id ? 'same doc' : 'other doc'}: ${source.text}` : '',
      direct: ['en', 'fr'].includes(pairs[at.d]!.origlang),
      removed: isRemoved,
      hit,
      p: source?.score ?? 0,
    });
  }
  // WMT_QUOTES_ITEMS=FILE writes one line per scored quotation, to compare two versions item by item.
  if (process.env.WMT_QUOTES_ITEMS)
    writeFileSync(
      `${process.env.WMT_QUOTES_ITEMS}.${year}`,
      `${scored.map((s) => JSON.stringify({ fr: s.text, removed: s.removed, hit: s.hit, p: s.p })).join('\n')}\n`,
    );
  const misses = Number(process.env.WMT_QUOTES_MISSES ?? 0);
  if (misses > 0) printMisses(scored, misses);
  const kept = scored.filter((s) => !s.removed);
  const gone = scored.filter((s) => s.removed);
  const share = (n: number, total: number) => `${total > 0 ? (n / total).toFixed(3) : '-'} (${n}/${total})`;
  const atThreshold = (list: readonly Scored[], t: number) => list.filter((s) => s.hit && s.p >= t).length;
  console.log(
    `\nnewstest${year}, ${setting === 'pool' ? 'against all its English documents' : 'each report against its own English document alone'}: ${scored.length} French quotations of ${MIN_CONTENT_WORDS}+ content words in ${french.length} documents (${kept.length} with their source, ${gone.length} with it removed); ${setting === 'pool' ? `pool of ${pool.docs.length} English documents` : 'one English document each'}; traced in ${(ms / 1000).toFixed(1)} s`,
  );
  for (const [label, filter] of [
    ['all documents', () => true],
    ['written in English or French', (s: Scored) => s.direct],
    ['written in a third language', (s: Scored) => !s.direct],
  ] as const) {
    const k = kept.filter(filter);
    const g = gone.filter(filter);
    const claimed = k.filter((s) => s.p >= SOURCE_THRESHOLD);
    console.log(
      `  ${label}: top-1 at ${SOURCE_THRESHOLD} ${share(atThreshold(k, SOURCE_THRESHOLD), k.length)}, ranking alone ${share(atThreshold(k, 0), k.length)}; a source claimed for ${share(claimed.length, k.length)} of them, right for ${share(claimed.filter((s) => s.hit).length, claimed.length)}; claimed for removed sources ${share(g.filter((s) => s.p >= SOURCE_THRESHOLD).length, g.length)}`,
    );
  }
}

/** WMT_QUOTES_MISSES=N prints N misses (no right source claimed) and N false claims of a year. */
function printMisses(scored: readonly Scored[], n: number): void {
  const misses = scored.filter((s) => !s.removed && !(s.hit && s.p >= SOURCE_THRESHOLD)).slice(0, n);
  for (const m of misses)
    console.log(
      `\n  [miss${m.hit ? ', right at p < threshold' : ''}] p=${m.p.toFixed(2)}\n    FR: ${m.text}\n    EN: ${m.gold}\n    top: ${m.top}`,
    );
  const claims = scored.filter((s) => (s.removed || !s.hit) && s.p >= SOURCE_THRESHOLD).slice(0, n);
  for (const c of claims)
    console.log(
      `\n  [false claim${c.removed ? ', source removed' : ''}] p=${c.p.toFixed(2)}\n    FR: ${c.text}\n    EN: ${c.gold}\n    claimed: ${c.top}`,
    );
}

const years = (process.env.WMT_QUOTES_YEARS ?? '2012,2013').split(',');
const settings = (process.env.WMT_QUOTES_SETTINGS ?? 'pool,pair').split(',') as ('pool' | 'pair')[];
for (const setting of settings) for (const year of years) await runYear(year, setting);
