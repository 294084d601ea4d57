/**
 * A segmented document in a compact form for crossing the worker boundary. A 5,000-paragraph
 * document is ~25,000 paragraph and sentence objects: structured cloning them costs the page
 * 150-350 ms on each side of every `postMessage` (measured in Chromium, see
 * tests/bench/lib/profile-browser.ts), which is a frozen page. Packed, the spans are two
 * `Int32Array`s that are transferred (moved, not copied) and rebuilt in a few milliseconds;
 * the text is a flat string (a memory copy), or left out when the receiver already has it.
 */
import type { Lang, Paragraph, Sentence, TextDocument } from '../core/index.ts';

/** Paragraph fields per paragraph in `PackedDocument.paragraphs`: start, end, firstSentence, sentenceCount, line. */
const P = 5;
/** Sentence fields per sentence in `PackedDocument.sentences`: start, end, paragraph. */
const S = 3;

/** A `TextDocument` whose paragraphs and sentences are packed in typed arrays (ids are `p<i>`, `s<i>`). */
export interface PackedDocument {
  readonly $packed: 1;
  readonly id: string;
  readonly name: string;
  readonly lang: Lang;
  /** The text; absent when the receiver has it already (the text it sent to be segmented). */
  readonly text?: string;
  readonly paragraphs: Int32Array;
  readonly sentences: Int32Array;
  /** Paragraphs in another language than the document's: [index, lang]. */
  readonly paragraphLangs: readonly (readonly [number, Lang])[];
}

/** Whether `value` is a packed document. */
export function isPackedDocument(value: unknown): value is PackedDocument {
  return typeof value === 'object' && value !== null && (value as { $packed?: unknown }).$packed === 1;
}

/**
 * Pack `doc`, or return undefined when it does not follow the id convention the unpacking
 * rebuilds (`p<index>`, `s<index>`): such a document is sent as it is.
 */
export function packDocument(doc: TextDocument, withText = true): PackedDocument | undefined {
  const paragraphs = new Int32Array(doc.paragraphs.length * P);
  const paragraphLangs: [number, Lang][] = [];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i] as Paragraph;
    if (p.index !== i || p.id !== `p${i}`) return undefined;
    const at = i * P;
    paragraphs[at] = p.start;
    paragraphs[at + 1] = p.end;
    paragraphs[at + 2] = p.firstSentence;
    paragraphs[at + 3] = p.sentenceCount;
    paragraphs[at + 4] = p.line;
    if (p.lang !== undefined) paragraphLangs.push([i, p.lang]);
  }
  const sentences = new Int32Array(doc.sentences.length * S);
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as Sentence;
    if (s.index !== i || s.id !== `s${i}`) return undefined;
    const at = i * S;
    sentences[at] = s.start;
    sentences[at + 1] = s.end;
    sentences[at + 2] = s.paragraph;
  }
  return {
    $packed: 1,
    id: doc.id,
    name: doc.name,
    lang: doc.lang,
    ...(withText ? { text: doc.text } : {}),
    paragraphs,
    sentences,
    paragraphLangs,
  };
}

/** The buffers of a packed document, to transfer with it. */
export function packedTransfer(packed: PackedDocument): ArrayBuffer[] {
  return [packed.paragraphs.buffer as ArrayBuffer, packed.sentences.buffer as ArrayBuffer];
}

/** Rebuild the document; `text` stands in for a text the packed form left out. */
export function unpackDocument(packed: PackedDocument, text?: string): TextDocument {
  const full = packed.text ?? text;
  if (full === undefined) throw new Error(`packed document ${packed.id} has no text`);
  const langs = new Map(packed.paragraphLangs);
  const pa = packed.paragraphs;
  const paragraphs: Paragraph[] = new Array(pa.length / P);
  for (let i = 0; i < paragraphs.length; i++) {
    const at = i * P;
    const lang = langs.get(i);
    paragraphs[i] = {
      id: `p${i}`,
      index: i,
      start: pa[at] as number,
      end: pa[at + 1] as number,
      firstSentence: pa[at + 2] as number,
      sentenceCount: pa[at + 3] as number,
      line: pa[at + 4] as number,
      ...(lang !== undefined ? { lang } : {}),
    };
  }
  const sa = packed.sentences;
  const sentences: Sentence[] = new Array(sa.length / S);
  for (let i = 0; i < sentences.length; i++) {
    const at = i * S;
    sentences[i] = {
      id: `s${i}`,
      index: i,
      paragraph: sa[at + 2] as number,
      start: sa[at] as number,
      end: sa[at + 1] as number,
    };
  }
  return { id: packed.id, name: packed.name, lang: packed.lang, text: full, paragraphs, sentences };
}
