/**
 * Development tool for the quote tracer's scoring model: traces every quotation of one
 * newstest year (with the case matcher, as the benchmark's calibration block does) and writes,
 * per quotation, every candidate document's best window with its alignment features and
 * whether it is the true source, plus where the true sentence stands (retrieved or not, its own
 * alignment). The models are then compared offline on the dump (no retracing).
 *
 * Run: npx tsx tests/bench/lib/quote-dump.ts 2012 /tmp/quotes-2012.json
 */
import { writeFileSync } from 'node:fs';
import { alignPassage, type PassageAlignment } from '../../../src/core/quote/align-passage.ts';
import { caseMatcher } from '../../../src/core/quote/learn-case-pairs.ts';
import { type PassageToken, passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { SourceIndex } from '../../../src/core/quote/source-index.ts';
import { traceQuotation } from '../../../src/core/quote/trace-quotation.ts';
import { WordMatcher } from '../../../src/core/quote/word-matcher.ts';
import { englishPool, loadLexicons, sample } from './quote-bench-set.ts';
import { readWmtPairs } from './read-wmt.ts';

const year = process.argv[2] ?? '2012';
const out = process.argv[3] ?? `/tmp/quotes-${year}.json`;
const lexicons = loadLexicons();
const pairs = readWmtPairs([year]);
const items = sample(pairs, Number(year));
// QUOTES_REMOVE_ALL=1: every sampled quotation's source is removed (negatives only, for fitting the claim decision).
const removeAll = process.env.QUOTES_REMOVE_ALL === '1';
const removed = new Set(
  items.filter((i) => removeAll || i.variant === 'source-removed').map((i) => `${i.doc}:${i.sentence}`),
);
const pool = englishPool(pairs, removed);
const index = new SourceIndex(pool.docs);
const base = new WordMatcher({ frEn: lexicons[0]!, enFr: lexicons[1]! });
const matcher =
  process.env.QUOTES_NO_LEARNING === '1'
    ? base
    : await caseMatcher(
        items.map((item) => ({
          tokens: passageTokens(item.fr, [0, item.fr.length], 'fr'),
          sentenceLike: true,
        })),
        index,
        base,
      );
const translatable = (t: PassageToken) =>
  !t.fn && (t.value !== null || t.name || matcher.translations(t).length > 0);
/** Shape of an alignment's content links: diagonal drift, spread over both sides, function-word links. */
function shapeOf(target: readonly PassageToken[], source: readonly PassageToken[], a: PassageAlignment) {
  const content = a.links.filter((l) => !target[l.t]!.fn && !source[l.s]!.fn);
  const n = Math.max(1, target.length - 1);
  const m = Math.max(1, source.length - 1);
  const drift =
    content.reduce((sum, l) => sum + Math.abs(l.t / n - l.s / m), 0) / Math.max(1, content.length);
  const ss = content.map((l) => l.s);
  const ts = content.map((l) => l.t);
  const spreadS = ss.length > 1 ? (Math.max(...ss) - Math.min(...ss)) / m : 0;
  const spreadT = ts.length > 1 ? (Math.max(...ts) - Math.min(...ts)) / n : 0;
  const fnLinks = a.links.length - content.length;
  const strongLinks = content.filter((l) => l.strength >= 0.9).length;
  return {
    drift,
    spreadS,
    spreadT,
    fnLinks,
    strongLinks,
    targetLength: target.length,
    sourceLength: source.length,
  };
}
const t0 = process.cpuUsage();
const rows = items.map((item) => {
  const tokens = passageTokens(item.fr, [0, item.fr.length], 'fr');
  const truth = pool.spans[item.doc]![item.sentence] ?? null;
  const candidates = traceQuotation(tokens, index, matcher, { sentenceLike: true });
  const hitOf = (c: { doc: number; span: readonly [number, number] }) =>
    truth !== null && c.doc === item.doc && c.span[0] < truth[1] && c.span[1] > truth[0];
  let truthRow: Record<string, number> | null = null;
  if (truth !== null) {
    const s = index.sentences[item.doc]!.findIndex((x) => x.span[0] < truth[1] && x.span[1] > truth[0]);
    const retrieved = index
      .topSentences(tokens, matcher, 12)
      .some((x) => x.doc === item.doc && x.index === s);
    const a = alignPassage(
      tokens,
      index.window(item.doc, s, s).tokens,
      matcher,
      index.evidenceIdf(tokens, matcher),
    );
    truthRow = {
      retrieved: retrieved ? 1 : 0,
      contentLinks: a.contentLinks,
      targetCoverage: a.targetCoverage,
      sourceCoverage: a.sourceCoverage,
    };
  }
  return {
    variant: removeAll ? 'source-removed' : item.variant,
    fr: item.fr,
    en: truth === null ? null : pool.docs[item.doc]!.text.slice(truth[0], truth[1]),
    content: tokens.filter((t) => !t.fn).length,
    truth: truthRow,
    candidates: candidates.slice(0, 8).map((c) => {
      const { links, targetLink, sourceLink, ...features } = c.alignment;
      return {
        hit: hitOf(c),
        score: c.score,
        margin: c.margin,
        probability: c.probability,
        windowSentences: c.last - c.first + 1,
        text: index.texts[c.doc]!.slice(c.span[0], c.span[1]).slice(0, 300),
        translatable: tokens.filter(translatable).length,
        translatableLinked: tokens.filter((t, k) => translatable(t) && c.alignment.targetLink[k] !== -1)
          .length,
        lonelyNames: tokens.filter((t, k) => t.name && c.alignment.targetLink[k] === -1).length,
        ...shapeOf(tokens, c.tokens, c.alignment),
        learnedLinks: links.filter((l) => l.strength === 0.8 && l.by === 'lexicon').length,
        cognateLinks: links.filter((l) => l.by === 'cognate').length,
        ...features,
      };
    }),
  };
});
const cpu = process.cpuUsage(t0);
writeFileSync(out, JSON.stringify(rows));
console.log(
  `${year}: ${rows.length} quotations dumped to ${out}; tracing CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
);
