/**
 * Build a `TextDocument` from a plain text: paragraphs (see `splitParagraphs`), sentences per
 * paragraph (see `splitSentences`), the document's language and the paragraphs written in
 * another one. The text itself is kept exactly as given.
 */
import type { Lang, Paragraph, Sentence, TextDocument } from '../model/document.ts';
import { rankLanguages } from '../text/detect-language.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { splitSentences } from './split-sentences.ts';

export interface SegmentDocumentOptions {
  readonly id: string;
  readonly name: string;
  /** The document's language (ISO 639-1); detected among `candidateLangs` when absent. */
  readonly lang?: Lang;
  /** Languages the case can hold (default: en, fr, de). */
  readonly candidateLangs?: readonly Lang[];
}

/** Default candidate languages: the language pairs the project ships lexicons for. */
export const DEFAULT_CANDIDATE_LANGS: readonly Lang[] = ['en', 'fr', 'de'];

/** A paragraph needs this many letters before its language is told apart from the document's. */
const PARAGRAPH_MIN_LETTERS = 40;
/** Characters of a paragraph looked at to tell its language (enough for trigram statistics). */
const PARAGRAPH_SAMPLE = 600;
/**
 * The other language must beat the document's by this margin in franc's normalised score
 * (1 = best): names and numbers make short paragraphs ambiguous, so only clear cases are marked.
 */
const PARAGRAPH_MARGIN = 0.1;

function countLetters(text: string, stopAt: number): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch) && ++n >= stopAt) break;
  return n;
}

/** The language of one paragraph when it clearly differs from the document's, else undefined. */
function paragraphLang(text: string, docLang: Lang, candidates: readonly Lang[]): Lang | undefined {
  if (candidates.length < 2) return undefined;
  const sampleText = text.length > PARAGRAPH_SAMPLE ? text.slice(0, PARAGRAPH_SAMPLE) : text;
  if (countLetters(sampleText, PARAGRAPH_MIN_LETTERS) < PARAGRAPH_MIN_LETTERS) return undefined;
  const ranked = rankLanguages(sampleText, candidates, { minLetters: PARAGRAPH_MIN_LETTERS });
  const best = ranked[0];
  if (!best || best[0] === docLang) return undefined;
  const docScore = ranked.find(([l]) => l === docLang)?.[1] ?? 0;
  return best[1] - docScore >= PARAGRAPH_MARGIN ? best[0] : undefined;
}

/** Segment `text` into a `TextDocument` with ids `p<i>` and `s<i>`. */
export function segmentDocument(text: string, options: SegmentDocumentOptions): TextDocument {
  const candidates = options.candidateLangs ?? DEFAULT_CANDIDATE_LANGS;
  const spans = splitParagraphs(text);
  let lang = options.lang;
  if (lang === undefined) {
    // Detect on the paragraphs (not the raw text) so that blank lines and BOMs do not count.
    const body = spans.length > 0 ? spans.map((p) => text.slice(p.start, p.end)) : [];
    lang = rankLanguages(joinSample(body, 30_000), candidates)[0]?.[0] ?? 'und';
  }
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const [index, p] of spans.entries()) {
    const pText = text.slice(p.start, p.end);
    const pLang = lang === 'und' ? undefined : paragraphLang(pText, lang, candidates);
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
  }
  return { id: options.id, name: options.name, lang, text, paragraphs, sentences };
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
