/**
 * One shape for every finding, after retext's messages: core returns codes and parameters;
 * the UI words them through i18next (`finding.<rule>`).
 */
import type { Span, TextEdit } from './document.ts';

/** The fixed vocabulary of finding categories. */
export const CATEGORIES = [
  'encoding',
  'quotes',
  'typography',
  'spacing',
  'spelling',
  'casing',
  'repetition',
  'noise',
  'untranslated',
  'numbers',
  'names',
  'omission',
  'addition',
  'mistranslation',
  'consistency',
] as const;

export type Category = (typeof CATEGORIES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Parameters of a finding's message: plain values only. */
export type FindingParams = Readonly<Record<string, string | number | boolean>>;

export interface Finding {
  /** Rule id, kebab-case, e.g. `mojibake`, `unbalanced-quote`. */
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly docId: string;
  /** Where in the document's text. */
  readonly span: Span;
  /** The text at `span`. */
  readonly actual: string;
  /** What it should be, when the rule knows. */
  readonly expected?: string;
  /** Edits over the document's text that repair it. */
  readonly fix?: readonly TextEdit[];
  readonly params: FindingParams;
}
