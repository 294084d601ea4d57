/**
 * The contract between the check runner and its rules. A rule is a plain object in its own
 * file; the runner (run-checks.ts) picks the rules that apply and hands each a context.
 * Rules on one document read `ctx.doc`; rules on an aligned pair also read `ctx.pair`.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Alignment } from '../model/alignment.ts';
import type { Lang, TextDocument } from '../model/document.ts';
import type { Category, Finding } from '../model/finding.ts';
import type { TypographyProfile } from './typography-profiles.ts';

/** The least a word list must offer: membership of a lower-cased word form. */
export interface WordLookup {
  has(word: string): boolean;
  /** Known words near `word`, best first (src/core/lexicon/word-list.ts provides both). */
  suggest?(word: string, max?: number): string[];
}

/** A source document and its alignment to the checked document (the target). */
export interface PairInput {
  readonly source: TextDocument;
  readonly alignment: Alignment;
  /** Bilingual lexicon, source language → the document's language (coverage, false friends, names). */
  readonly lexicon?: Lexicon;
}

/** What a rule receives. */
export interface CheckContext {
  readonly doc: TextDocument;
  readonly profile: TypographyProfile;
  /** Word lists by language ('fr', 'en'…); a rule that needs a missing list does nothing. */
  readonly words: Readonly<Record<Lang, WordLookup>>;
  /** The language the document was translated from (for `untranslated`), when known. */
  readonly sourceLang?: Lang;
  readonly pair?: PairInput;
  /**
   * Called now and then by rules that run long (once per bead): the host's housekeeping. The
   * workbench's worker collects garbage there, which a worker isolate does not do when idle.
   */
  readonly tick?: () => void;
}

/** One rule: `run` returns its findings, sorted or not (the runner sorts). */
export interface CheckRule {
  /** Rule id, kebab-case (the id the `rules` filter matches, with the findings' own `rule`). */
  readonly id: string;
  /** The category of all its findings. */
  readonly category: Category;
  /** The `rule` codes its findings carry (so that a `rules` filter can name them). */
  readonly codes?: readonly string[];
  readonly scope: 'document' | 'pair';
  run(ctx: CheckContext): Finding[];
}
