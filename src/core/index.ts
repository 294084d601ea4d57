/**
 * The one public entry of core: everything the worker, the CLI, the state and the UI use.
 * Pure TypeScript: no DOM, no React, no store. Pinned by tests/core/public-api.test.ts.
 */

export * from './align/align-documents.ts';
export * from './align/align-segments.ts';
export type * from './check/check-rule.ts';
export * from './check/mojibake.ts';
export * from './check/noise-paragraphs.ts';
export * from './check/pair/pair-checks.ts';
export * from './check/pair/pair-context.ts';
export * from './check/quote-marks.ts';
export * from './check/quote-remnants.ts';
export * from './check/rule-registry.ts';
export * from './check/rules/consistency.ts';
export * from './check/run-checks.ts';
export * from './check/typography-profiles.ts';
export * from './exchange/bilingual-units.ts';
export * from './exchange/build-bilingual-units.ts';
export * from './exchange/case-file-from.ts';
export * from './exchange/case-file-json.ts';
export * from './exchange/exchange-error.ts';
export * from './exchange/export-pair.ts';
export * from './exchange/import-bilingual.ts';
export * from './exchange/pair-rows.ts';
export * from './exchange/review-labels.ts';
export * from './exchange/write-clean-text.ts';
export * from './exchange/write-delimited.ts';
export * from './exchange/write-review-markdown.ts';
export * from './exchange/write-review-report.ts';
export * from './exchange/write-tmx.ts';
export * from './exchange/write-xliff2.ts';
export * from './exchange/write-xliff12.ts';
export * from './lexicon/lexicon.ts';
export * from './lexicon/word-list.ts';
export * from './model/alignment.ts';
export * from './model/apply-edits.ts';
export * from './model/case-file.ts';
export type * from './model/document.ts';
export * from './model/finding.ts';
export * from './model/yield-to-event-loop.ts';
export * from './quote/extract-quotations.ts';
export type * from './quote/quotation.ts';
export * from './quote/trace-quotations.ts';
export * from './segment/segment-document.ts';
export * from './segment/segment-texts.ts';
export * from './segment/split-paragraphs.ts';
export * from './segment/split-sentences.ts';
export * from './text/context-around.ts';
export * from './text/decode-bytes.ts';
export * from './text/detect-language.ts';
export * from './text/extract-html-text.ts';
export * from './text/normalize-text.ts';
export * from './text/tokenize-words.ts';
// EXPORTS (add one line per module, keep sorted within your area)
