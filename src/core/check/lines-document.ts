/**
 * A minimal segmentation used where the segmenter (src/core/segment) is not available:
 * one paragraph per non-blank line, sentences cut after . ! ? … before a capital or a quote.
 * Private to the checks (the CLI prefers `segmentDocument` when it is present).
 */
import type { Lang, Paragraph, Sentence, TextDocument } from '../model/document.ts';

const SENTENCE_END = /[.!?…]+[»”"’)]*(?=[ \u00a0\u202f]+[«“"‘(]?[ \u00a0\u202f]?[\p{Lu}\p{N}])/gu;

/** Segment `text` into line paragraphs and rough sentences. */
export function linesDocument(text: string, id = 'doc', lang: Lang = 'und', name = id): TextDocument {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    if (e > s && text[e - 1] === '\r') e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const firstSentence = sentences.length;
      let at = s;
      const body = text.slice(s, e);
      for (const m of body.matchAll(SENTENCE_END)) {
        const cut = s + m.index + m[0].length;
        sentences.push({
          id: `s${sentences.length}`,
          index: sentences.length,
          paragraph: paragraphs.length,
          start: at,
          end: cut,
        });
        at = cut;
        while (at < e && /[ \u00a0\u202f]/.test(text[at]!)) at++;
      }
      if (at < e)
        sentences.push({
          id: `s${sentences.length}`,
          index: sentences.length,
          paragraph: paragraphs.length,
          start: at,
          end: e,
        });
      paragraphs.push({
        id: `p${paragraphs.length}`,
        index: paragraphs.length,
        start: s,
        end: e,
        firstSentence,
        sentenceCount: sentences.length - firstSentence,
        line,
      });
    }
    line++;
    start = end + 1;
  }
  return { id, name, lang, text, paragraphs, sentences };
}
