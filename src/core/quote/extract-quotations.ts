/**
 * Every quotation of a document, in either language: marks scanned and repaired
 * (scanQuoteMarks), paired (pairQuoteMarks, the pairer shared with the checks), nested and multi-paragraph quotations kept,
 * unbalanced ones closed at a sentence boundary and marked; reported passages (lists of
 * demands, demand clauses) added; the speaker attached where the text names one.
 */
import type { Span, TextDocument } from '../model/document.ts';
import { partitionPoint } from '../model/partition-point.ts';
import { lineOfOffset, lineStarts } from '../text/line-starts.ts';
import { findReportedPassages } from './find-reported-passages.ts';
import { findSpeaker, startsSpeechClause, subjectBefore } from './find-speaker.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { pairQuoteMarks } from './pair-quote-marks.ts';
import type { ExtractedQuotation, Speaker } from './quotation.ts';
import { type ScannedMark, scanQuoteMarks } from './scan-quote-marks.ts';

/** Paragraph spans of a document (its paragraphs, or its non-blank lines if it has none). */
export function paragraphSpans(doc: Pick<TextDocument, 'text' | 'paragraphs'>): Span[] {
  if (doc.paragraphs.length > 0) return doc.paragraphs.map((p) => [p.start, p.end] as const);
  const spans: Span[] = [];
  for (const match of doc.text.matchAll(/[^\n]+/gu)) {
    if (match[0].trim()) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** The text with garbled quotation marks replaced by spaces (offsets unchanged). */
export function blankGarbledMarks(text: string, marks: readonly ScannedMark[]): string {
  let out = '';
  let at = 0;
  for (const mark of marks) {
    if (!mark.garbled) continue;
    out += text.slice(at, mark.span[0]) + ' '.repeat(mark.span[1] - mark.span[0]);
    at = mark.span[1];
  }
  return out + text.slice(at);
}

// The last paragraph starting at or before the offset (the first one when none does).
const paragraphOf = (spans: readonly Span[], offset: number): number =>
  Math.max(0, partitionPoint(spans.length, (k) => spans[k]![0] <= offset) - 1);

// The verb of a list's introduction (`un groupe … a envoyé une lettre …, demandant à AWS :`).
const INTRO_VERB =
  /\b(?:(?:a|ont|avait|avaient)\s+(?:envoyé|adressé|écrit|demandé|réclamé|exigé|publié|signé)|requested|demanded|asked|wrote|sent|called for|urged)(?!\p{L})/iu;

/** Who speaks in a list: the subject of its introduction's verb. */
function introSpeaker(text: string, intro: Span): Speaker | null {
  const match = INTRO_VERB.exec(text.slice(intro[0], intro[1]));
  return match ? subjectBefore(text, intro[0] + match.index, intro) : null;
}

/** Extract the quotations (quoted and reported) of a segmented document, in text order. */
export function extractQuotations(doc: TextDocument): ExtractedQuotation[] {
  const { text, lang } = doc;
  const starts = lineStarts(text);
  const docParas = paragraphSpans(doc);
  // Lines of hard-wrapped text taken for paragraphs are joined back: a quotation, its speech
  // clause and a reported passage run on over the line breaks.
  const paras = joinWrappedLines(text, docParas);
  const marks = scanQuoteMarks(text);
  const clean = blankGarbledMarks(text, marks);
  // A closer with no opener whose words run from the previous closer and open with its speech
  // clause (`"… marque", a déclaré le ministre, en citant … princesse."`) quotes the narration:
  // it is a stray mark (the checks report it), not a quotation.
  const strayAfterSpeechClause = (q: { unbalanced: string | null; firstMark: number; span: Span }) => {
    if (q.unbalanced !== 'no-opener') return false;
    const prev = marks[q.firstMark - 1];
    const mark = marks[q.firstMark]!;
    return (
      prev !== undefined &&
      prev.group === mark.group &&
      prev.role !== 'open' &&
      prev.span[1] <= q.span[0] &&
      text.slice(prev.span[1], q.span[0]).trim() === '' &&
      startsSpeechClause(text.slice(prev.span[1], mark.span[0]), lang)
    );
  };
  const paired = pairQuoteMarks(
    text,
    paras,
    marks.map((m) => ({
      ...m,
      // An opener, or the » that French puts at the start of each paragraph of a long quotation.
      continues: m.role !== 'close' || text.slice(m.span[0], m.span[1]) === '»',
    })),
    {
      // Single marks are often apostrophes: an unclosed single quotation, or a lone closer
      // (`employees’ letter`), is none.
      keep: (q) =>
        !(q.group === 'single' && q.unbalanced === 'no-opener') &&
        !(q.unbalanced && /^['‘‹]$/u.test(text.slice(...q.marks[0]!.span))) &&
        // A stray mark's `.` or `),` (`« Nous refusons ». » Puis`) quotes no word.
        !(q.unbalanced && !/[\p{L}\p{N}]/u.test(text.slice(...q.inner))) &&
        !strayAfterSpeechClause(q),
      // French dialogue inside guillemets: turns opening with — continue the « quotation.
      dialogue: (index) => text.startsWith('«', marks[index]!.span[0]),
    },
  ).quotes;
  const squeeze = (span: Span, blank: readonly { readonly span: Span }[] = []) => {
    let words = '';
    let at = span[0];
    // The « that reopens the quotation in each new paragraph is no word of it (nor a nested quotation).
    for (const mark of blank) {
      if (mark.span[0] < at || mark.span[1] > span[1]) continue;
      words += `${clean.slice(at, mark.span[0])} `;
      at = mark.span[1];
    }
    // A hyphen at a line's end joins its word to the next line's (`germano-¶soviétique`).
    return (words + clean.slice(at, span[1]))
      .replace(/(?<=\p{L}-)[ \t]*(?:\r\n|\r|\n)\s*(?=\p{L})/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
  };

  interface Draft extends Omit<ExtractedQuotation, 'id' | 'parent' | 'speaker'> {
    parentIndex: number;
    speaker: Speaker | null;
  }
  const drafts: Draft[] = paired.map((q) => {
    const para = paras[q.paragraph] ?? [0, text.length];
    // A quotation over several paragraphs has its speech clause after its closer, in its last
    // paragraph (`« … passé.¶« Nous devons … ici », a poursuivi Helen Marsh.`).
    const last = paras[paragraphOf(paras, q.span[1] - 1)] ?? para;
    // A nested quotation's speaker is named inside the quotation holding it (`« Le président m'a
    // dit : “Nous ne céderons pas” », a raconté le député`: the president's words).
    const speaker =
      q.parent < 0
        ? findSpeaker(text, q.span, [para[0], Math.max(para[1], last[1], q.span[1])], lang)
        : findSpeaker(text, q.span, paired[q.parent]!.inner, lang);
    return {
      docId: doc.id,
      lang,
      kind: 'quoted' as const,
      span: q.span,
      inner: q.inner,
      text: squeeze(
        q.inner,
        q.marks.filter((m) => m.role === 'continuation'),
      ),
      paragraph: q.paragraph,
      line: lineOfOffset(starts, q.span[0]),
      unbalanced: q.unbalanced,
      marks: q.marks,
      list: null,
      parentIndex: q.parent,
      speaker,
    };
  });
  // A quotation that goes on after a speech clause keeps the speaker (`…,” they continued. “…`).
  for (let i = 1; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (draft.speaker || draft.parentIndex >= 0) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prev = drafts[j]!;
      if (prev.paragraph !== draft.paragraph) break;
      if (prev.parentIndex >= 0) continue;
      // Only across a speech clause, not across narration: no new sentence starts between the
      // two, past the previous speaker when named there (`Le PDG a déclaré : « … ». Le syndicat
      // a rétorqué : « … »` gave the second quotation to the PDG).
      if (prev.speaker && draft.span[0] - prev.span[1] <= 80) {
        const from = prev.speaker.span[0] >= prev.span[1] ? prev.speaker.span[1] : prev.span[1];
        // The previous quotation's own full stop ends the sentence too (`« … progressé. » Les analystes`).
        const stop =
          from === prev.span[1] && /[.!?…]$/u.test(text.slice(prev.inner[0], prev.inner[1])) ? '.' : '';
        const gap = stop + text.slice(Math.min(from, draft.span[0]), draft.span[0]);
        if (!/[.!?…][\s\u00a0\u202f]+\p{Lu}/u.test(gap))
          draft.speaker = { ...prev.speaker, cue: 'inherited' };
      }
      break;
    }
  }
  // Reported passages, unless they lie inside a quotation already found.
  for (const passage of findReportedPassages(text, paras, lang)) {
    const inside = drafts.some(
      (d) =>
        d.kind === 'quoted' &&
        Math.min(d.span[1], passage.span[1]) - Math.max(d.span[0], passage.span[0]) >
          (passage.span[1] - passage.span[0]) / 2,
    );
    if (inside) continue;
    const para = paras[passage.paragraph]!;
    drafts.push({
      docId: doc.id,
      lang,
      kind: 'reported',
      span: passage.span,
      inner: passage.span,
      text: squeeze(passage.span),
      paragraph: passage.paragraph,
      line: lineOfOffset(starts, passage.span[0]),
      unbalanced: null,
      marks: [],
      list: passage.intro,
      parentIndex: -1,
      speaker:
        passage.verbAt !== null
          ? subjectBefore(text, passage.verbAt, para)
          : passage.intro !== null
            ? introSpeaker(text, paras[passage.intro]!)
            : null,
    });
  }
  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.span[0] - b.d.span[0] || b.d.span[1] - a.d.span[1]);
  const idOf = new Map<number, string>();
  order.forEach(({ i }, n) => {
    idOf.set(i, `${doc.id}:q${n + 1}`);
  });
  return order.map(({ d, i }) => {
    const { parentIndex, ...rest } = d;
    return {
      ...rest,
      id: idOf.get(i)!,
      parent: parentIndex >= 0 ? (idOf.get(parentIndex) ?? null) : null,
      paragraph: paragraphOf(docParas, d.span[0]),
    };
  });
}
