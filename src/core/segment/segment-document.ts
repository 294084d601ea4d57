/**
 * Build a `TextDocument` from a plain text: paragraphs (see `splitParagraphs`), sentences per
 * paragraph (see `splitSentences`), the document's language and the paragraphs written in
 * another one. The text itself is kept exactly as given.
 */
import type { LongCallOptions } from '../model/alignment.ts';
import type { Lang, Paragraph, Sentence, TextDocument } from '../model/document.ts';
import { createYielder } from '../model/yield-to-event-loop.ts';
import { rankLanguages } from '../text/detect-language.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { splitSentences } from './split-sentences.ts';

export interface SegmentDocumentOptions {
  readonly id: string;
  readonly name: string;
  /** The document's language (ISO 639-1); detected among `candidateLangs` when absent. */
  readonly lang?: Lang;
  /**
   * Languages the case can hold (default: en, fr, de). Empty: any language franc knows for the
   * document, and no paragraph is marked (telling among 200 languages paragraph by paragraph
   * gives more noise than signal).
   */
  readonly candidateLangs?: readonly Lang[];
}

/** Default candidate languages: the language pairs the project ships lexicons for. */
export const DEFAULT_CANDIDATE_LANGS: readonly Lang[] = ['en', 'fr', 'de'];

/** A paragraph needs this many letters before its language is told apart from the document's. */
const PARAGRAPH_MIN_LETTERS = 40;
/** Characters of a paragraph looked at to tell its language (enough for trigram statistics). */
const PARAGRAPH_SAMPLE = 300;
/**
 * The other language must beat the document's by this margin in franc's normalised score
 * (1 = best): names and numbers make short paragraphs ambiguous, so a short paragraph is marked
 * only when the difference is large (tuned on WMT newstest: a monolingual document of 3,000
 * paragraphs gets almost no false marks, see tests/bench/segment.bench.ts).
 */
const SHORT_MARGIN = 0.1;
const LONG_MARGIN = 0.05;
/** Paragraphs with this many letters count as long. */
const LONG_LETTERS = 100;

const LETTER = /\p{L}/u;

/** Number of letters in `text`: ASCII tested by code, the rest by Unicode property. */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) n++;
    } else if (LETTER.test(text[i]!)) n++;
  }
  return n;
}

// Frequent, mostly language-exclusive function words: a paragraph full of the document
// language's and free of the others' is not tested with franc (most paragraphs; franc costs
// about 10 times as much as the sentence splitting).
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the and of to is that was with for are have has this from by were which would their they been not but said will'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des et est une du que qui dans pour pas sur au aux ce cette sont avec plus été ont il elle'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht ein eine den dem zu mit sich auf für von auch wird sind wurde dass werden'.split(
      ' ',
    ),
  ),
};

// Shortest and longest function word listed.
const LISTED = Object.values(FUNCTION_WORDS).flatMap((set) => [...set]);
const FUNCTION_WORD_MIN = Math.min(...LISTED.map((w) => w.length));
const FUNCTION_WORD_MAX = Math.max(...LISTED.map((w) => w.length));

// The letters of the function words: a-z and these (codes all below 0x154).
const LIST_LETTERS = new Uint8Array(0x154);
for (let c = 0x61; c <= 0x7a; c++) LIST_LETTERS[c] = 1;
for (const ch of 'àâäçéèêëîïôöùûüÿœæß') LIST_LETTERS[ch.charCodeAt(0)] = 1;

function isListLetter(code: number): boolean {
  return code < 0x154 && LIST_LETTERS[code] === 1;
}

/**
 * The candidate whose function words clearly dominate `text` (at least 4 hits and 4 times as
 * many as any other candidate's), or undefined when they do not or a candidate has no list.
 */
function clearLanguage(text: string, candidates: readonly Lang[]): Lang | undefined {
  const lists = candidates.map((c) => FUNCTION_WORDS[c]);
  if (lists.some((l) => l === undefined)) return undefined;
  const hits = candidates.map(() => 0);
  // The lists hold only these letters: the words are the runs of them in the lower-cased text
  // (what splitting on anything else gives), read by character code; only runs as long as a
  // listed word are looked up (most words of a paragraph are longer).
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isListLetter(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isListLetter(lower.charCodeAt(i))) i++;
    const length = i - start;
    if (length < FUNCTION_WORD_MIN || length > FUNCTION_WORD_MAX) continue;
    const w = lower.slice(start, i);
    for (let l = 0; l < lists.length; l++) if (lists[l]!.has(w)) hits[l]!++;
  }
  let best = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i]! > hits[best]!) best = i;
  const top = hits[best]!;
  if (top < 4 || hits.some((h, i) => i !== best && h * 4 > top)) return undefined;
  return candidates[best];
}

/** The language of one paragraph when it clearly differs from the document's, else undefined. */
function paragraphLang(text: string, docLang: Lang, candidates: readonly Lang[]): Lang | undefined {
  if (candidates.length < 2) return undefined;
  const sampleText = text.length > PARAGRAPH_SAMPLE ? text.slice(0, PARAGRAPH_SAMPLE) : text;
  const letters = countLetters(sampleText);
  if (letters < PARAGRAPH_MIN_LETTERS) return undefined;
  // Cheap first pass; franc decides the unclear cases.
  const clear = clearLanguage(sampleText, candidates);
  if (clear !== undefined) return clear === docLang ? undefined : clear;
  const ranked = rankLanguages(sampleText, candidates, { minLetters: PARAGRAPH_MIN_LETTERS });
  const best = ranked[0];
  if (!best || best[0] === docLang) return undefined;
  const docScore = ranked.find(([l]) => l === docLang)?.[1] ?? 0;
  const margin = letters >= LONG_LETTERS ? LONG_MARGIN : SHORT_MARGIN;
  return best[1] - docScore >= margin ? best[0] : undefined;
}

/**
 * The segmentation as a generator: it yields the number of paragraphs done after each one, so
 * that the async variant can yield to the event loop; its return value is the document.
 */
function* segmentSteps(text: string, options: SegmentDocumentOptions): Generator<number, TextDocument> {
  const candidates = options.candidateLangs ?? DEFAULT_CANDIDATE_LANGS;
  const spans = splitParagraphs(text);
  let lang = options.lang;
  if (lang === undefined) {
    // Detect on the paragraphs (not the raw text) so that blank lines and BOMs do not count.
    const body = spans.length > 0 ? spans.map((p) => text.slice(p.start, p.end)) : [];
    lang = rankLanguages(joinSample(body, 30_000), candidates)[0]?.[0] ?? 'und';
  }
  // A paragraph is compared with the document's language even when the caller gave a language
  // outside the candidates (else every paragraph would look like "another language").
  const paragraphCandidates = candidates.includes(lang) ? candidates : [...candidates, lang];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const [index, p] of spans.entries()) {
    const pText = text.slice(p.start, p.end);
    const pLang = lang === 'und' ? undefined : paragraphLang(pText, lang, paragraphCandidates);
    let sents = splitSentences(text, p.start, p.end, pLang ?? (lang === 'und' ? 'en' : lang));
    // A paragraph span is trimmed and non-empty, so it holds at least one sentence; keep the
    // invariant even if the splitter ever returns nothing.
    if (sents.length === 0) sents = [[p.start, p.end]];
    const firstSentence = sentences.length;
    for (const [start, end] of sents) {
      const i = sentences.length;
      sentences.push({ id: `s${i}`, index: i, paragraph: index, start, end });
    }
    paragraphs.push({
      id: `p${index}`,
      index,
      start: p.start,
      end: p.end,
      firstSentence,
      sentenceCount: sents.length,
      line: p.line,
      ...(pLang !== undefined ? { lang: pLang } : {}),
    });
    yield index + 1;
  }
  return { id: options.id, name: options.name, lang, text, paragraphs, sentences };
}

/** Segment `text` into a `TextDocument` with ids `p<i>` and `s<i>`. */
export function segmentDocument(text: string, options: SegmentDocumentOptions): TextDocument {
  const steps = segmentSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `segmentDocument` for long texts in a worker: yields to the event loop now and then, throws
 * the signal's reason when aborted, and reports progress (`phase: 'segment'`, paragraphs done
 * out of the total).
 */
export async function segmentDocumentAsync(
  text: string,
  options: SegmentDocumentOptions & LongCallOptions,
): Promise<TextDocument> {
  const { signal, onProgress, ...segmentOptions } = options;
  const pause = createYielder(signal);
  signal?.throwIfAborted();
  // Counting lines is cheap next to segmenting them: it gives the progress total up front.
  let total = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) total++;
  // Report the start at once: the UI shows progress from 0, and an abort from this callback is
  // seen at the first step however fast the rest goes.
  onProgress?.({ phase: 'segment', done: 0, total });
  const steps = segmentSteps(text, segmentOptions);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onProgress?.({
        phase: 'segment',
        done: step.value.paragraphs.length,
        total: step.value.paragraphs.length,
      });
      return step.value;
    }
    const wait = pause();
    if (wait) {
      onProgress?.({ phase: 'segment', done: step.value, total: Math.max(total, step.value) });
      await wait;
    }
  }
}

/** Paragraph texts joined, evenly sampled down to about `max` characters. */
function joinSample(parts: readonly string[], max: number): string {
  const total = parts.reduce((n, s) => n + s.length + 1, 0);
  if (total <= max) return parts.join('\n');
  const step = total / max;
  const out: string[] = [];
  let budget = 0;
  for (const part of parts) {
    budget += part.length / step;
    if (budget >= 1) {
      const take = Math.min(part.length, Math.ceil(budget));
      out.push(part.slice(0, take));
      budget -= take;
    }
  }
  return out.join('\n');
}
