/**
 * Quotations and their traces: plain, serializable data. A quotation is a span of a document
 * between quotation marks (`quoted`) or a passage that reports someone's words without marks,
 * such as a list of demands after `demandant à AWS :` (`reported`).
 */
import type { Lang, Span } from '../model/document.ts';

/** One quotation mark as read in the text, after repair of garbled marks. */
export interface ExtractedQuoteMark {
  readonly span: Span;
  /** `open`/`close` as paired; `continuation` reopens a quotation in a new paragraph. */
  readonly role: 'open' | 'close' | 'continuation';
  /** True when the mark was garbled (`«œ`, `''`, a stray `œ`, `â€œ`) and read as a quote mark. */
  readonly garbled: boolean;
}

/** Who the text says is speaking, and the words that say so. */
export interface Speaker {
  /** The speaker as written (`Amazon`, `un employé d'Amazon`, `the employees`, `il`). */
  readonly name: string;
  readonly span: Span;
  /** How it was found: a speech verb after or before the quotation, `selon`/`according to`, or inherited. */
  readonly cue: 'verb-after' | 'verb-before' | 'according-to' | 'inherited';
}

/** A quotation found in one document. */
export interface ExtractedQuotation {
  /** `<docId>:q<n>`, stable for a given text. */
  readonly id: string;
  readonly docId: string;
  readonly lang: Lang;
  readonly kind: 'quoted' | 'reported';
  /** Whole quotation, marks included. */
  readonly span: Span;
  /** The quoted words, marks excluded. */
  readonly inner: Span;
  /** The quoted words, garbled marks blanked out and spaces collapsed. */
  readonly text: string;
  /** Paragraph index where it starts, and its 1-based line. */
  readonly paragraph: number;
  readonly line: number;
  /** Set when a mark is missing: the quotation was closed (or opened) at a sentence boundary. */
  readonly unbalanced: 'no-closer' | 'no-opener' | null;
  /** The marks that delimit it (and continuation marks inside it). */
  readonly marks: readonly ExtractedQuoteMark[];
  /** For an item of a reported list, the index of the paragraph that introduces the list. */
  readonly list: number | null;
  /** Id of the enclosing quotation when nested. */
  readonly parent: string | null;
  readonly speaker: Speaker | null;
}

/** How faithfully a quotation renders its source. */
export type Verdict =
  | 'faithful'
  | 'paraphrase'
  | 'omission'
  | 'addition'
  | 'meaning-changed'
  | 'number-changed'
  | 'name-changed'
  | 'no-source-found';

/** One difference between a rendering and its source, located on both sides when it can be. */
export interface Divergence {
  readonly kind: 'omission' | 'addition' | 'number' | 'name' | 'negation';
  /** Span in the source document (English), or null when the divergence is on the rendering only. */
  readonly sourceSpan: Span | null;
  readonly sourceText: string;
  /** Span in the quotation's document (French), or null when on the source only. */
  readonly targetSpan: Span | null;
  readonly targetText: string;
  /** An omission the quotation marks as a cut with an ellipsis (`[…]`) where the passage would be. */
  readonly marked?: true;
}

/** A word of the rendering linked to a word of the source. */
export interface WordLink {
  readonly target: Span;
  readonly source: Span;
  /** Why they were linked. */
  readonly by: 'same' | 'number' | 'lexicon' | 'cognate';
}

/** Where a quotation's source was found. */
export interface QuoteSource {
  readonly docId: string;
  readonly span: Span;
  readonly text: string;
  /** Calibrated probability that this passage is what the quotation renders. */
  readonly score: number;
  readonly line: number;
}

/** Warnings about the way a rendering is presented. */
export type QuoteFlag = 'paraphrase-as-verbatim' | 'cut-without-ellipsis' | 'unbalanced' | 'repaired-marks';

/** A quotation with its source, verdict and evidence. */
export interface TracedQuotation extends ExtractedQuotation {
  /** Best source, or null (`no-source-found`, or a quotation in a source-language document). */
  readonly source: QuoteSource | null;
  /** The best passage in each other source document that also passes the threshold. */
  readonly otherSources: readonly QuoteSource[];
  /** Null for quotations in source-language documents (they are not renderings). */
  readonly verdict: Verdict | null;
  readonly flags: readonly QuoteFlag[];
  readonly divergences: readonly Divergence[];
  readonly links: readonly WordLink[];
  /** Group of quotations rendering (or quoting) the same source sentence, or null if alone. */
  readonly group: string | null;
}

/** One word-level diff part between two renderings (jsdiff's change objects, reduced). */
export interface DiffPart {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

/** Quotations that render or quote the same source sentence, side by side. */
export interface QuoteGroup {
  readonly id: string;
  readonly lang: Lang;
  /** Source the members render, when known. */
  readonly source: { readonly docId: string; readonly span: Span; readonly text: string } | null;
  readonly members: readonly string[];
  /** Word diff of each other member against the first one (`from` → `to`). */
  readonly diffs: readonly {
    readonly from: string;
    readonly to: string;
    readonly parts: readonly DiffPart[];
  }[];
}

/** Result of tracing a case. */
export interface QuoteTrace {
  readonly quotations: readonly TracedQuotation[];
  readonly groups: readonly QuoteGroup[];
}
