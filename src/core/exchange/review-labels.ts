import type { Category, Severity } from '../model/finding.ts';
import type { SpaceName } from '../text/visible-spaces.ts';

/**
 * The words of the review report. Core returns no UI strings of its own choosing: English
 * defaults here, and the workbench passes its translations (i18next) in their place.
 */
export interface ReviewLabels {
  readonly title: string;
  readonly summary: string;
  readonly source: string;
  readonly target: string;
  /** The table of rows (each bead: a pair, or one side unpaired). */
  readonly pairs: string;
  /** Summary: how many rows, and how many of them pair both sides. */
  readonly rows: string;
  readonly paired: string;
  readonly confirmed: string;
  readonly findings: string;
  readonly fixes: string;
  readonly confidence: string;
  readonly status: string;
  readonly date: string;
  readonly quoteTracing: string;
  readonly quote: string;
  readonly document: string;
  readonly traced: string;
  readonly similarity: string;
  readonly verdict: string;
  readonly notFound: string;
  /** The quotation's place in its document (`000.txt, line 16`). */
  readonly line: string;
  /** The quote table's column of what diverges (words left out, changed names and numbers, flags). */
  readonly evidence: string;
  readonly legend: string;
  readonly deleted: string;
  readonly inserted: string;
  readonly statuses: Readonly<Record<'unpaired' | 'aligned' | 'confirmed' | 'final', string>>;
  /** A finding's category and severity, as the interface names them (rule codes stay codes). */
  readonly categories: Readonly<Record<Category, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  /** Names of the invisible characters the notes mark (`⍽` no-break space…: visible-spaces.ts). */
  readonly spaces: Readonly<Record<SpaceName, string>>;
}

export const DEFAULT_REVIEW_LABELS: ReviewLabels = {
  title: 'Bilingual review report',
  summary: 'Summary',
  source: 'Source',
  target: 'Translation',
  pairs: 'Pairs',
  rows: 'Rows',
  paired: 'Paired',
  confirmed: 'Confirmed',
  findings: 'Findings',
  fixes: 'Applied fixes',
  confidence: 'Confidence',
  status: 'Status',
  date: 'Date',
  quoteTracing: 'Quote tracing',
  quote: 'Quotation',
  document: 'Document',
  traced: 'Traced to',
  similarity: 'Probability',
  verdict: 'Verdict',
  notFound: 'no source found',
  line: 'line',
  evidence: 'Evidence',
  legend: 'Corrections are shown as tracked changes:',
  deleted: 'deleted',
  inserted: 'inserted',
  statuses: { unpaired: 'unpaired', aligned: 'aligned', confirmed: 'confirmed', final: 'final' },
  categories: {
    encoding: 'Encoding',
    quotes: 'Quotes',
    typography: 'Typography',
    spacing: 'Spacing',
    spelling: 'Spelling',
    casing: 'Capitals',
    repetition: 'Repetition',
    noise: 'Site noise',
    untranslated: 'Untranslated',
    numbers: 'Numbers',
    names: 'Names',
    omission: 'Omission',
    addition: 'Addition',
    mistranslation: 'Mistranslation',
    consistency: 'Consistency',
  },
  severities: { error: 'Error', warning: 'Warning', info: 'Note' },
  spaces: {
    space: 'space',
    nbsp: 'no-break space',
    narrowNbsp: 'narrow no-break space',
    thin: 'thin space',
    newline: 'line break',
    tab: 'tab',
  },
};

/** One row of the quote tracing table (plain data from the quote tracer, or any source). */
export interface QuoteTraceRow {
  /** The quotation as it appears in the translation. */
  readonly quote: string;
  /** Where it appears (document name). */
  readonly document?: string;
  /** The source passage it was traced to, if any. */
  readonly source?: string;
  /** The source document's name. */
  readonly sourceDocument?: string;
  /** The calibrated probability that the source is the one rendered, in [0, 1] (the column says "Probability"). */
  readonly similarity?: number;
  /** A short verdict code or word (`faithful`, `paraphrase`, `distorted`…). */
  readonly verdict?: string;
  /** The quotation's 1-based line in its document. */
  readonly line?: number;
  /** Who the text says speaks (`Helen Marsh`, `elle`). */
  readonly speaker?: string;
  /** What diverges from the source, each item worded (`Left out of the quotation: “…”`). */
  readonly evidence?: readonly string[];
}
