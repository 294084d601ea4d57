/**
 * The segments of a document at one level, as spans or as texts: what the aligner, the checks
 * and the exporters work on. Segment i at level 'paragraph' is `doc.paragraphs[i]`, at level
 * 'sentence' `doc.sentences[i]`.
 */
import type { Level, Span, TextDocument } from '../model/document.ts';

/** The spans [start, end) of the document's paragraphs or sentences, in order. */
export function segmentSpans(doc: TextDocument, level: Level): Span[] {
  const items = level === 'paragraph' ? doc.paragraphs : doc.sentences;
  return items.map((s) => [s.start, s.end] as const);
}

/**
 * The texts of the document's paragraphs or sentences, in order. Line breaks inside a segment
 * (hard-wrapped paragraphs) become one space, so that each text fits on one line (TSV, TMX);
 * use `segmentSpans` for exact offsets into `doc.text`.
 */
export function segmentTexts(doc: TextDocument, level: Level): string[] {
  return segmentSpans(doc, level).map(([start, end]) =>
    doc.text.slice(start, end).replace(/[ \t]*(?:\r\n|[\n\r\u2028\u2029])\s*/g, ' '),
  );
}
