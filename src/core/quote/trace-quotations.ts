/**
 * The quote tracer over a case: extract every quotation of every document; for each
 * quotation of a rendering-language document (French), search all source-language documents
 * (English) for the passage it renders, keep the best one if its calibrated probability
 * passes the threshold (else `no-source-found`: a source is never invented), judge the
 * rendering, and group quotations of the same source with word diffs between them. The search
 * runs twice: the first pass's confident traces teach the case's own word pairs
 * (learn-case-pairs.ts), and the second, with them, gives the result.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { LongCallOptions } from '../model/alignment.ts';
import type { Lang, Span, TextDocument } from '../model/document.ts';
import { partitionPoint } from '../model/partition-point.ts';
import { createYielder } from '../model/yield-to-event-loop.ts';
import { lineOfOffset, lineStarts } from '../text/line-starts.ts';
import { alignPassage } from './align-passage.ts';
import { blankGarbledMarks, extractQuotations } from './extract-quotations.ts';
import { type GroupInput, groupQuotations } from './group-quotations.ts';
import { judgeRendering } from './judge-rendering.ts';
import { caseMatcher, type LearningRendering } from './learn-case-pairs.ts';
import { linkPhrases } from './link-phrases.ts';
import { narrowSource } from './narrow-source.ts';
import { type PassageToken, passageTokens } from './passage-tokens.ts';
import type { ExtractedQuotation, QuoteFlag, QuoteSource, QuoteTrace, TracedQuotation } from './quotation.ts';
import { scanQuoteMarks } from './scan-quote-marks.ts';
import { SourceIndex } from './source-index.ts';
import { alignmentScore, SOURCE_THRESHOLD, sourceProbability } from './source-probability.ts';
import { type SourceCandidate, traceInHost, traceQuotation } from './trace-quotation.ts';
import { WordMatcher } from './word-matcher.ts';

/** Options of traceQuotations. */
export interface TraceQuotationsOptions extends LongCallOptions {
  /** Bilingual lexicons; those between the two languages (either direction) are used. */
  readonly lexicons: readonly Lexicon[];
  /** Language of the renderings (default 'fr') and of the sources (default 'en'). */
  readonly renderingLang?: Lang;
  readonly sourceLang?: Lang;
  /** Probability a source needs (default SOURCE_THRESHOLD). */
  readonly threshold?: number;
  /** Learn word pairs from a first pass over the case's quotations (default true). */
  readonly learnPairs?: boolean;
}

/** A rendering needs this many content words to be traced at all. */
const MIN_CONTENT_WORDS = 2;

/** Trace every quotation of a case to its source. */
export async function traceQuotations(
  caseInput: { readonly documents: readonly TextDocument[] },
  options: TraceQuotationsOptions,
): Promise<QuoteTrace> {
  const tgtLang = options.renderingLang ?? 'fr';
  const srcLang = options.sourceLang ?? 'en';
  const threshold = options.threshold ?? SOURCE_THRESHOLD;
  const tick = createYielder(options.signal);
  const docs = caseInput.documents;
  const sources = docs.filter((d) => d.lang === srcLang);
  const frEn = options.lexicons.find((l) => l.srcLang === tgtLang && l.tgtLang === srcLang);
  const enFr = options.lexicons.find((l) => l.srcLang === srcLang && l.tgtLang === tgtLang);
  const baseMatcher = matcherFor(frEn, enFr);
  options.onProgress?.({ phase: 'index', done: 0, total: sources.length });
  const index = new SourceIndex(sources);

  const perDoc = docs.map((doc) => ({
    doc,
    clean: blankGarbledMarks(doc.text, scanQuoteMarks(doc.text)),
    quotations: extractQuotations(doc),
  }));
  const total = perDoc.reduce((n, d) => n + (d.doc.lang === tgtLang ? d.quotations.length : 0), 0);
  // First pass: the case's confident traces teach the word pairs the lexicon lacks; every
  // quotation is then traced with them (learn-case-pairs.ts).
  const renderings: LearningRendering[] = [];
  /** Each quotation's rendering, by id (its first-pass candidates share its index). */
  const renderingOf = new Map<string, number>();
  for (const { doc, clean, quotations } of perDoc) {
    if (doc.lang !== tgtLang) continue;
    for (const quote of quotations) {
      const tokens = passageTokens(clean, quote.inner, doc.lang);
      if (tokens.filter((t) => !t.fn).length >= MIN_CONTENT_WORDS) {
        renderingOf.set(quote.id, renderings.length);
        renderings.push({
          tokens,
          sentenceLike: isSentenceLike(quote, tokens),
          windowSize: windowSize(quote),
        });
      }
    }
  }
  let learnt = 0;
  const firstPass: SourceCandidate[][] = [];
  const matcher =
    options.learnPairs === false
      ? baseMatcher
      : await caseMatcher(
          renderings,
          index,
          baseMatcher,
          async () => {
            await tick();
            options.onProgress?.({ phase: 'learn', done: learnt++, total: renderings.length });
          },
          firstPass,
        );
  // A quotation no learnt pair starts from is traced as in the first pass: its candidates are kept.
  const traceAlone = (quote: ExtractedQuotation, tokens: readonly PassageToken[]): SourceCandidate[] => {
    const first = firstPass[renderingOf.get(quote.id) ?? -1];
    if (first && !matcher.learnsAny(tokens)) return first;
    return traceQuotation(tokens, index, matcher, {
      sentenceLike: isSentenceLike(quote, tokens),
      windowSize: windowSize(quote),
    });
  };
  // Items of a reported list are traced together first: a list of demands is recognised as a
  // whole far more surely than item by item; each item then takes its sentence within it. The
  // same holds for coordinated demands reported by one verb (`ont demandé d'arrêter … et de
  // prendre des mesures …`): they usually render neighbouring items of one source list.
  const listSources = new Map<string, SourceCandidate[]>();
  for (const { doc, clean, quotations } of perDoc) {
    if (doc.lang !== tgtLang) continue;
    const resumed = resumedClauses(quotations);
    const lists = new Map<string, { tokens: PassageToken[]; items: number }>();
    for (const quote of quotations) {
      const key = jointKey(quote, resumed);
      if (key === null) continue;
      const list = lists.get(key) ?? { tokens: [], items: 0 };
      list.tokens.push(...passageTokens(clean, quote.inner, doc.lang));
      list.items++;
      lists.set(key, list);
    }
    for (const [key, { tokens, items }] of lists) {
      if (items < 2) continue;
      await tick();
      const found = traceQuotation(tokens, index, matcher, { sentenceLike: true, windowSize: items + 2 });
      listSources.set(
        `${doc.id}:${key}`,
        found.filter((c) => c.probability >= threshold),
      );
    }
  }
  // A fragment, or a quotation that does not stand out alone (under the calibrated
  // SOURCE_THRESHOLD, whatever threshold the caller sets), is traced through the sentence that
  // holds it too (traceInHost), and keeps whichever candidates are surer: a few quoted words
  // (`« créer 2 000 emplois »`) may match several sources alike (`we will create jobs`, `create
  // 3,000 jobs in the region`), and the reporter's words tell which.
  const inHost = (
    doc: TextDocument,
    clean: string,
    quote: ExtractedQuotation,
    tokens: readonly PassageToken[],
  ): SourceCandidate[] | undefined => {
    if (quote.kind !== 'quoted') return undefined;
    const span = hostSentence(doc, quote.span);
    if (span === null) return undefined;
    const host = passageTokens(clean, span, doc.lang);
    const content = (list: readonly PassageToken[]) => list.filter((t) => !t.fn).length;
    if (content(tokens) < MIN_CONTENT_WORDS || content(host) < content(tokens) + HOST_MIN_CONTEXT)
      return undefined;
    return traceInHost(tokens, host, index, matcher, { windowSize: windowSize(quote) });
  };
  // Each quotation's candidates: from its list when the list was found, else traced alone.
  let done = 0;
  const candidatesOf = new Map<string, SourceCandidate[]>();
  for (const { doc, clean, quotations } of perDoc) {
    if (doc.lang !== tgtLang) continue;
    const resumed = resumedClauses(quotations);
    for (const quote of quotations) {
      await tick();
      done++;
      options.onProgress?.({ phase: 'trace', done, total });
      const tokens = passageTokens(clean, quote.inner, doc.lang);
      const content = tokens.filter((t) => !t.fn).length;
      const joint = jointKey(quote, resumed);
      const inList = joint === null ? [] : (listSources.get(`${doc.id}:${joint}`) ?? []);
      const items = inList.length > 0 ? itemSources(tokens, inList, index, matcher) : [];
      // A part of an interrupted quotation that is no sentence renders the words of its own
      // part only, not the whole sentence (its other part's words are no omission of it).
      const fromList =
        quote.kind === 'quoted' && quote.list === null && !isSentenceLike(quote, tokens)
          ? items.map((c) => narrowSource(c, tokens, matcher, index.texts[c.doc]!))
          : items;
      const alone =
        fromList.length > 0 ? fromList : content >= MIN_CONTENT_WORDS ? traceAlone(quote, tokens) : [];
      candidatesOf.set(
        quote.id,
        (alone[0]?.probability ?? 0) >= SOURCE_THRESHOLD && isSentenceLike(quote, tokens)
          ? alone
          : surer(alone, inHost(doc, clean, quote, tokens)),
      );
    }
    // Items traced together whose list was not found as a whole (an item of the source list
    // they skip lies between them and lowers the list window's coverage): an item left without
    // a source takes its sentence near the source a sibling item found, as items of a found list
    // do (itemSources).
    const siblings = new Map<string, SourceCandidate[]>();
    for (const quote of quotations) {
      const key = jointKey(quote, resumed);
      const best = candidatesOf.get(quote.id)?.[0];
      if (key !== null && best && best.probability >= threshold)
        siblings.set(key, [...(siblings.get(key) ?? []), best]);
    }
    for (const quote of quotations) {
      const key = jointKey(quote, resumed);
      const anchors = key === null ? undefined : siblings.get(key);
      if (!anchors || (candidatesOf.get(quote.id)?.[0]?.probability ?? 0) >= threshold) continue;
      const tokens = passageTokens(clean, quote.inner, doc.lang);
      const near = itemSources(tokens, anchors, index, matcher, SIBLING_REACH);
      if (near.length > 0) candidatesOf.set(quote.id, near);
    }
  }
  // Line starts of each source, made once (a line count per quotation was linear in the text).
  const starts = new Map<TextDocument, number[]>();
  const linesOf = (doc: TextDocument): number[] => {
    let lines = starts.get(doc);
    if (!lines) {
      lines = lineStarts(doc.text);
      starts.set(doc, lines);
    }
    return lines;
  };
  const traced: TracedQuotation[] = [];
  const groupInputs: GroupInput[] = [];
  for (const { doc, clean, quotations } of perDoc) {
    const resumed = resumedClauses(quotations);
    // The source words each part of an interrupted quotation renders: no omission of the others.
    const bestOf = (q: ExtractedQuotation) =>
      candidatesOf.get(q.id)?.filter((c) => c.probability >= threshold)[0];
    const renderedByOthers = (quote: ExtractedQuotation, sourceDoc: number): Span[] => {
      const key = jointKey(quote, resumed);
      if (key === null || quote.kind !== 'quoted' || !resumed.has(key)) return [];
      return quotations.flatMap((other) => {
        const c = other === quote || jointKey(other, resumed) !== key ? undefined : bestOf(other);
        return c && c.doc === sourceDoc
          ? c.alignment.links.map((l): Span => [c.tokens[l.s]!.start, c.tokens[l.s]!.end])
          : [];
      });
    };
    for (const quote of quotations) {
      const tokens = passageTokens(clean, quote.inner, doc.lang);
      const baseFlags: QuoteFlag[] = [];
      if (quote.unbalanced) baseFlags.push('unbalanced');
      if (quote.marks.some((m) => m.garbled)) baseFlags.push('repaired-marks');
      // Every quotation is grouped with those that render the same words, traced or not.
      const group = (sources: QuoteSource[]) =>
        groupInputs.push({
          id: quote.id,
          docId: doc.id,
          lang: doc.lang,
          span: quote.span,
          text: quote.text,
          tokens,
          sources,
        });
      if (doc.lang !== tgtLang) {
        traced.push(untraced(quote, null, baseFlags));
        group([]);
        continue;
      }
      const candidates = candidatesOf.get(quote.id) ?? [];
      const passing = candidates.filter((c) => c.probability >= threshold);
      const best = passing[0];
      if (!best) {
        traced.push(untraced(quote, 'no-source-found', baseFlags));
        group([]);
        continue;
      }
      const toSource = (c: (typeof passing)[number]): QuoteSource => {
        const srcDoc = sources[c.doc]!;
        return {
          docId: srcDoc.id,
          span: c.span,
          text: srcDoc.text.slice(c.span[0], c.span[1]),
          score: round(c.probability),
          line: lineOfOffset(linesOf(srcDoc), c.span[0]),
        };
      };
      const judgement = judgeRendering(
        { text: clean, tokens },
        { text: index.texts[best.doc]!, tokens: best.tokens },
        linkPhrases(tokens, best.tokens, best.alignment, matcher),
        quote,
        renderedByOthers(quote, best.doc),
      );
      const allSources = passing.map(toSource);
      traced.push({
        ...quote,
        source: allSources[0]!,
        otherSources: allSources.slice(1),
        verdict: judgement.verdict,
        flags: [...baseFlags, ...judgement.flags],
        divergences: judgement.divergences,
        links: judgement.links,
        group: null,
      });
      group(allSources);
    }
  }
  await tick();
  const { groups, groupOf } = groupQuotations(groupInputs);
  options.onProgress?.({ phase: 'done', done: total, total });
  return {
    quotations: traced.map((q) => ({ ...q, group: groupOf.get(q.id) ?? null })),
    groups,
  };
}

// Building a matcher indexes the lexicons (tens of thousands of pairs): once per lexicon pair.
const NONE: Lexicon = { srcLang: 'und', tgtLang: 'und', entries: new Map() };
const matchers = new WeakMap<Lexicon, WeakMap<Lexicon, WordMatcher>>();
function matcherFor(frEn: Lexicon | undefined, enFr: Lexicon | undefined): WordMatcher {
  const byFrEn = matchers.get(frEn ?? NONE) ?? new WeakMap<Lexicon, WordMatcher>();
  matchers.set(frEn ?? NONE, byFrEn);
  let matcher = byFrEn.get(enFr ?? NONE);
  if (!matcher) {
    matcher = new WordMatcher({ ...(frEn ? { frEn } : {}), ...(enFr ? { enFr } : {}) });
    byFrEn.set(enFr ?? NONE, matcher);
  }
  return matcher;
}

/** How far from a sibling item's source an item left without one looks (sentences). */
const SIBLING_REACH = 3;

/**
 * Each list source's sentence that best matches one item, with the list's probability. The
 * search reaches `reach` sentences beyond the list's window (default: one before, two after,
 * since the list's window may stop short of its last items).
 */
function itemSources(
  tokens: readonly PassageToken[],
  lists: readonly SourceCandidate[],
  index: SourceIndex,
  matcher: WordMatcher,
  reach?: number,
): SourceCandidate[] {
  const out: SourceCandidate[] = [];
  for (const list of lists) {
    let best: SourceCandidate | null = null;
    let bestFit = 0;
    const count = index.sentences[list.doc]!.length;
    const from = Math.max(0, list.first - (reach ?? 1));
    for (let i = from; i <= Math.min(count - 1, list.last + (reach ?? 2)); i++) {
      const window = index.window(list.doc, i, i);
      const alignment = alignPassage(tokens, window.tokens, matcher);
      const fit = alignment.targetCoverage + alignment.sourceCoverage;
      if (alignment.contentLinks >= 2 && fit > bestFit) {
        bestFit = fit;
        const score = alignmentScore(alignment);
        const probability = Math.max(list.probability, sourceProbability(score, list.margin, alignment));
        best = { ...window, first: i, last: i, alignment, score, margin: list.margin, probability };
      }
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => b.probability - a.probability);
}

/** Key of the quotations traced together: a list's items, or the demands one verb reports. */
function jointKey(quote: ExtractedQuotation, resumed: ReadonlySet<string>): string | null {
  if (quote.list !== null) return `list:${quote.list}`;
  if (quote.speaker === null) return null;
  // The speech clause's offset alone: a quotation resumed on the next line of hard-wrapped text
  // lies in another paragraph than its first part (its key did not match: traced alone).
  const key = `said:${quote.speaker.span[0]}`;
  // A quotation interrupted by its speech clause (`« Nos travailleurs méritent de meilleurs
  // salaires », a-t-elle dit, « et une véritable voix … »`): its parts render one sentence,
  // traced together as a list's items are; the second part alone was too short to be found.
  return quote.kind === 'reported' || resumed.has(key) ? key : null;
}

/** The speech clauses a quotation of `quotations` resumes after (its speaker inherited). */
function resumedClauses(quotations: readonly ExtractedQuotation[]): Set<string> {
  const keys = new Set<string>();
  for (const q of quotations)
    if (q.kind === 'quoted' && q.speaker?.cue === 'inherited') keys.add(`said:${q.speaker.span[0]}`);
  return keys;
}

/**
 * Most source sentences a quotation's source window holds: 3, or one more than the quotation's
 * own sentences (a letter quoted over three paragraphs found only its last two sentences), at
 * most MAX_WINDOW (the windows tried grow with its square).
 */
function windowSize(quote: ExtractedQuotation): number {
  const sentences = (quote.text.match(/[.!?…](?=\s|$)/gu) ?? []).length;
  return Math.min(MAX_WINDOW, Math.max(3, sentences + 1));
}
const MAX_WINDOW = 8;

/** Whichever list of candidates has the more probable first one (the first list on a tie). */
function surer(a: SourceCandidate[], b: SourceCandidate[] | undefined): SourceCandidate[] {
  return b && (b[0]?.probability ?? 0) > (a[0]?.probability ?? 0) ? b : a;
}

/** Content words the host sentence must hold beyond a fragment's to be traced for it. */
const HOST_MIN_CONTEXT = 3;

/** The span of the sentences of `doc` that hold `span`, or null when it lies outside them. */
function hostSentence(doc: TextDocument, span: Span): Span | null {
  // Sentences are in text order: the first that ends after the span's start, by bisection (a
  // scan per quotation was linear in the document).
  const sentences = doc.sentences;
  const first = partitionPoint(sentences.length, (k) => sentences[k]!.end <= span[0]);
  let last = first;
  while (last < sentences.length && sentences[last]!.start < span[1]) last++;
  if (last === first) return null;
  return [sentences[first]!.start, sentences[last - 1]!.end];
}

/** Whether a rendering presents itself as whole sentences (a capital, and some length). */
function isSentenceLike(quote: ExtractedQuotation, tokens: readonly PassageToken[]): boolean {
  return /^\p{Lu}/u.test(quote.text) && tokens.length >= 6;
}

function untraced(
  quote: ExtractedQuotation,
  verdict: 'no-source-found' | null,
  flags: QuoteFlag[],
): TracedQuotation {
  return {
    ...quote,
    source: null,
    otherSources: [],
    verdict,
    flags,
    divergences: [],
    links: [],
    group: null,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
