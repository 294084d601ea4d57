/**
 * The text model. A document keeps its text untouched; paragraphs and sentences are spans
 * (half-open [start, end) UTF-16 offsets) over that text, with stable ids. Corrections are
 * edits over the text (see `TextEdit`), never silent rewrites.
 */

/** ISO 639-1 code ('en', 'fr', 'de'…), or 'und' when unknown. */
export type Lang = string;

/** A half-open range [start, end) of UTF-16 code-unit offsets into a document's text. */
export type Span = readonly [start: number, end: number];

/** One paragraph: a span over the document text. */
export interface Paragraph {
  /** Stable id, `p<index>` of the document it belongs to (e.g. `p12`). */
  readonly id: string;
  /** Position among the document's paragraphs, from 0. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first sentence in `TextDocument.sentences`. */
  readonly firstSentence: number;
  /** Number of sentences it holds. */
  readonly sentenceCount: number;
  /** Detected language when it differs from the document's ('und' if too short to tell). */
  readonly lang?: Lang;
  /** 1-based line of the paragraph's start in the text (for CLI messages). */
  readonly line: number;
}

/** One sentence: a span inside one paragraph. */
export interface Sentence {
  /** Stable id, `s<index>` (e.g. `s40`). */
  readonly id: string;
  /** Position among the document's sentences, from 0. */
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** A segmented document: plain, serializable data. */
export interface TextDocument {
  readonly id: string;
  readonly name: string;
  readonly lang: Lang;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

/** A replacement of text[start, end) by `text`, over one document's text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The granularity of segments that alignment and export work on. */
export type Level = 'paragraph' | 'sentence';
