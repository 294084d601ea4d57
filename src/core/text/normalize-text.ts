/**
 * Text normalisation for comparison and lookup (never for the document itself, whose text stays
 * as given so that offsets and edits refer to what the user loaded).
 */

/** NFC composition, LF line endings, no BOM: the form two texts are compared in. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Collapse every run of whitespace (including U+00A0 and line breaks) to one space, and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b]+/gu, ' ').trim();
}
