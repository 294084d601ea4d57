/**
 * A minimal TextDocument builder private to the quote module: one paragraph per non-blank
 * line, sentences at `. ! ? …` followed by a space and a capital (or glued, as in `how.Our`),
 * not after a one-letter or common abbreviation. It stands in until the text engineer's
 * `segmentDocument` (src/core/segment/segment-document.ts) is available; it is not exported
 * from core.
 */
import type { Lang, Paragraph, Sentence, TextDocument } from '../model/document.ts';

const ABBREVIATIONS =
  /(?:^|[\s(])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|vs|etc|M|Mme|MM|No|Gen|Gov|Sen|Rep)\.$/u;

/** Sentence spans inside text[start, end). */
export function splitSentenceSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  const body = text.slice(start, end);
  for (const match of body.matchAll(
    /[.!?…]+["”»’)]*(?=[\s\u00a0\u202f]+["“«‘(]?[\p{Lu}\p{N}]|\p{Lu}\p{Ll})/gu,
  )) {
    const cut = start + match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(from, cut - 6), cut))) continue;
    if (cut - from < 2) continue;
    spans.push([from, cut]);
    from = cut;
    while (from < end && /[\s\u00a0\u202f]/u.test(text[from]!)) from++;
  }
  if (from < end) spans.push([from, end]);
  return spans;
}

/** Build a TextDocument from plain text (paragraph per line). */
export function segmentPlainText(text: string, id: string, name: string, lang: Lang): TextDocument {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let line = 1;
  let at = 0;
  for (const raw of text.split('\n')) {
    const lineStart = at;
    at += raw.length + 1;
    const lead = raw.search(/\S/u);
    if (lead >= 0) {
      const start = lineStart + lead;
      const end = lineStart + raw.trimEnd().length;
      const first = sentences.length;
      for (const [s, e] of splitSentenceSpans(text, start, end)) {
        sentences.push({
          id: `s${sentences.length}`,
          index: sentences.length,
          paragraph: paragraphs.length,
          start: s,
          end: e,
        });
      }
      paragraphs.push({
        id: `p${paragraphs.length}`,
        index: paragraphs.length,
        start,
        end,
        firstSentence: first,
        sentenceCount: sentences.length - first,
        line,
      });
    }
    line++;
  }
  return { id, name, lang, text, paragraphs, sentences };
}
