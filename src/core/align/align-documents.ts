/**
 * Hierarchical alignment of two documents: paragraphs first, then sentences inside each
 * aligned paragraph group (a bead of paragraphs), as in Gale & Church (1993), who aligned
 * paragraphs before sentences. The paragraph level decides what is parallel at all (mode
 * `auto`). For translations, the sentence level never pairs across paragraph groups, which
 * keeps it fast and local; for partly parallel texts, sentences are paired over the whole
 * texts by the local mode.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { ALIGN_PHASES, type Alignment, type Bead } from '../model/alignment.ts';
import type { Level, TextDocument } from '../model/document.ts';
import { createYielder } from '../model/yield-to-event-loop.ts';
import type { TracedQuotation } from '../quote/quotation.ts';
import { traceQuotations } from '../quote/trace-quotations.ts';
import { segmentTexts } from '../segment/segment-texts.ts';
import { type AlignOptions, alignSegmentsDetailed, MIN_SEGMENTS_FOR_AUTO } from './align-segments.ts';
import { pairQuotedPassages, quoteAnchors } from './pair-quoted-passages.ts';
import { type SegmentTokens, segmentTokens, tokensWithin } from './segment-features.ts';

/** Options of alignDocuments. */
export interface AlignDocumentsOptions extends AlignOptions {
  /**
   * The French–English lexicons of the quote tracer (both directions, as traceQuotations takes
   * them). When given, partly parallel English and French texts also pair the passages that a
   * quotation of one renders in the other, as the tracer finds them (pair-quoted-passages.ts).
   */
  readonly quoteLexicons?: readonly Lexicon[];
}

/**
 * Texts (both together, in characters) beyond which partly parallel texts are aligned without
 * the quote tracer: tracing grows with quotations × passages, and on two long reports it would
 * take far longer than the alignment itself (the workbench's automatic trace stops there too).
 */
export const QUOTE_ANCHOR_MAX_CHARS = 200_000;

/** Align two documents at `options.level` (default 'sentence'). */
export async function alignDocuments(
  src: TextDocument,
  tgt: TextDocument,
  options: AlignDocumentsOptions = {},
): Promise<Alignment> {
  const level = options.level ?? 'sentence';
  const ids = { srcDocId: src.id, tgtDocId: tgt.id };
  const { signal } = options;
  const srcParagraphs = segmentTexts(src, 'paragraph');
  const tgtParagraphs = segmentTexts(tgt, 'paragraph');
  // Each paragraph is tokenized once: its sentences take their tokens from it.
  const srcTokens = level === 'paragraph' ? undefined : srcParagraphs.map(segmentTokens);
  const tgtTokens = level === 'paragraph' ? undefined : tgtParagraphs.map(segmentTokens);
  const paragraphs = await alignSegmentsDetailed(
    srcParagraphs,
    tgtParagraphs,
    {
      ...options,
      ...ids,
      level: 'paragraph',
      onProgress: (p) =>
        options.onProgress?.({ phase: ALIGN_PHASES.paragraphs, done: p.done, total: p.total }),
    },
    srcTokens && tgtTokens ? { src: srcTokens, tgt: tgtTokens } : undefined,
  );
  const quotations = paragraphs.mode === 'partial' ? await tracedBetween(src, tgt, options) : [];
  const anchored = (
    alignment: Alignment,
    at: Level,
    srcTexts: readonly string[],
    tgtTexts: readonly string[],
  ) =>
    pairQuotedPassages(alignment, quoteAnchors(quotations, src, tgt, at), {
      src: srcTexts.map((t) => t.trim().length),
      tgt: tgtTexts.map((t) => t.trim().length),
    });
  if (level === 'paragraph' || !srcTokens || !tgtTokens)
    return anchored(paragraphs.alignment, 'paragraph', srcParagraphs, tgtParagraphs);

  const srcSentences = segmentTexts(src, 'sentence');
  const tgtSentences = segmentTexts(tgt, 'sentence');
  if (paragraphs.mode === 'partial') {
    // Partly parallel texts: a paragraph can render passages that the other text spreads
    // over several paragraphs (a quotation here, a demand there), so the sentences are
    // paired over the whole texts, by the local mode, not inside paragraph groups.
    const sentences = await alignSegmentsDetailed(srcSentences, tgtSentences, {
      ...options,
      ...ids,
      level: 'sentence',
      mode: 'partial',
      onProgress: (p) =>
        options.onProgress?.({ phase: ALIGN_PHASES.sentences, done: p.done, total: p.total }),
    });
    return anchored(sentences.alignment, 'sentence', srcSentences, tgtSentences);
  }
  const beads: Bead[] = [];
  const yielder = createYielder(signal);
  const groups = paragraphs.alignment.beads;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    await yielder();
    const srcIds = group.src.flatMap((p) => sentenceIds(src, p));
    const tgtIds = group.tgt.flatMap((p) => sentenceIds(tgt, p));
    options.onProgress?.({ phase: ALIGN_PHASES.sentences, done: g, total: groups.length });
    if (srcIds.length === 0 || tgtIds.length === 0) {
      for (const i of srcIds) beads.push({ src: [i], tgt: [], confidence: group.confidence });
      for (const j of tgtIds) beads.push({ src: [], tgt: [j], confidence: group.confidence });
      continue;
    }
    // A group of a few sentences is too small to learn word pairs from (each must occur in
    // two confident beads): skip the learning pass there.
    const small = Math.min(srcIds.length, tgtIds.length) < MIN_SEGMENTS_FOR_AUTO;
    const inner = await alignSegmentsDetailed(
      srcIds.map((i) => srcSentences[i]!),
      tgtIds.map((j) => tgtSentences[j]!),
      { ...options, ...ids, level: 'sentence', mode: 'parallel', ...(small ? { learn: false } : {}) },
      {
        src: srcIds.map((i) => sentenceTokens(src, i, srcSentences, srcParagraphs, srcTokens)),
        tgt: tgtIds.map((j) => sentenceTokens(tgt, j, tgtSentences, tgtParagraphs, tgtTokens)),
      },
    );
    for (const bead of inner.alignment.beads) {
      beads.push({
        src: bead.src.map((k) => srcIds[k]!),
        tgt: bead.tgt.map((k) => tgtIds[k]!),
        // A sentence bead is right only if its paragraph group is.
        confidence: Math.min(bead.confidence, group.confidence),
      });
    }
  }
  options.onProgress?.({ phase: ALIGN_PHASES.sentences, done: groups.length, total: groups.length });
  return { level: 'sentence', ...ids, beads, parallelism: paragraphs.alignment.parallelism };
}

/**
 * The traced quotations of an English and a French text, for pair-quoted-passages.ts: none
 * without the tracer's lexicons, for other languages, or beyond QUOTE_ANCHOR_MAX_CHARS.
 */
async function tracedBetween(
  src: TextDocument,
  tgt: TextDocument,
  options: AlignDocumentsOptions,
): Promise<readonly TracedQuotation[]> {
  const langs = [src.lang, tgt.lang].sort().join('-');
  if (!options.quoteLexicons || langs !== 'en-fr') return [];
  if (src.text.length + tgt.text.length > QUOTE_ANCHOR_MAX_CHARS) return [];
  const trace = await traceQuotations(
    { documents: [src, tgt] },
    { lexicons: options.quoteLexicons, ...(options.signal ? { signal: options.signal } : {}) },
  );
  return trace.quotations;
}

/** A sentence's tokens, taken from its paragraph's (undefined when they cannot be). */
function sentenceTokens(
  doc: TextDocument,
  index: number,
  sentences: readonly string[],
  paragraphs: readonly string[],
  tokens: readonly SegmentTokens[],
): SegmentTokens | undefined {
  const sentence = doc.sentences[index];
  const paragraph = sentence ? doc.paragraphs[sentence.paragraph] : undefined;
  const known = sentence ? tokens[sentence.paragraph] : undefined;
  if (!sentence || !paragraph || !known) return undefined;
  return tokensWithin(
    known,
    paragraphs[sentence.paragraph]!,
    sentence.start - paragraph.start,
    sentences[index]!,
  );
}

function sentenceIds(doc: TextDocument, paragraph: number): number[] {
  const p = doc.paragraphs[paragraph];
  if (!p) return [];
  return Array.from({ length: p.sentenceCount }, (_, k) => p.firstSentence + k);
}
