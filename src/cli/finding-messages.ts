/**
 * English messages for findings in the CLI (core returns codes and parameters; the UI has
 * its own i18n table). `{name}` is replaced by the finding's parameter of that name.
 */
import type { Finding } from '../core/model/finding.ts';

/** Message templates by finding rule code. */
export const FINDING_MESSAGES: Readonly<Record<string, string>> = {
  mojibake: 'Garbled characters: UTF-8 read as {encoding} ({rounds} round(s)); should read "{expected}"',
  'lost-quote-mark': 'Stray "œ" left where a curly quotation mark was lost ({role})',
  'replacement-character': 'Replacement character: the original character was lost in decoding',
  'stray-bom': 'Byte-order mark (U+FEFF) inside the text: invisible, left where files were joined',
  'invisible-char':
    'Invisible character ({char}) in the text, copied with it: it splits the word for search and memories',
  'unclosed-quote': 'Quotation opened with {mark} is never closed',
  'unopened-quote': 'Closing mark {mark} has no opening mark',
  'reversed-quote': 'Quotation mark {mark} faces the wrong way; should be "{expected}"',
  'makeshift-quote': 'Makeshift quotation mark {mark}',
  'quote-for-apostrophe': 'Quotation mark {mark} typed for an apostrophe; should be "{expected}"',
  'nested-quote-style': 'Nested quotation uses the outer marks; use {expected}',
  'straight-quote': 'Quotation in straight marks; use {expected} ({profile} typography)',
  'glued-guillemet': 'Guillemet {mark} glued to the word outside it',
  'missing-space': 'Missing space at "{mark}" ({profile} typography)',
  'breaking-space': 'Breaking space at "{mark}": use a no-break space ({profile} typography)',
  'doubled-space': 'Doubled space at "{mark}" ({profile} typography)',
  'unwanted-space': 'No space wanted before "{mark}" ({profile} typography)',
  'double-space': 'Several spaces in a row ({length})',
  'missing-space-after': 'Missing space after "{mark}"',
  'space-before-mark': 'Space before "{mark}"',
  'nbsp-word-space': 'No-break space ({char}) used as a word space',
  'glued-words': 'Two words glued together: "{left} {right}"',
  'unknown-word': 'Unknown word "{word}" ({lang})',
  'odd-capitals': 'Odd capitals in "{word}"',
  'lowercase-name': 'Name written in lower case: "{word}"',
  'doubled-word': 'Word written twice (or more) in a row: "{word}"',
  'repeated-paragraph': 'Paragraph repeated ({kind} of paragraph {repeats})',
  'noise-paragraph': 'Site furniture ({kind}), not article text',
  'noise-prefix': 'Site furniture glued to the text',
  'untranslated-sentence': 'Sentence left in the source language ({lang})',
  'untranslated-words': 'Words left in the source language ({lang})',
  // Rules on an aligned pair; `rule:issue` templates win over the rule's own.
  'number-mismatch:changed': 'Number changed from the source ("{source}")',
  'number-mismatch:missing': 'Number of the source missing ("{source}")',
  'number-mismatch:extra': 'Number not in the source',
  'name-mismatch:translated': 'Name "{name}" translated as if it were a common noun',
  'name-mismatch:changed': 'Name "{name}" of the source written differently',
  'name-mismatch:missing': 'Name "{name}" of the source missing',
  'omission:unpaired': 'Source text with no translation here',
  'omission:sentence': 'Source sentence with no counterpart',
  'omission:short': 'Translation much shorter than its source (not covered: {uncovered})',
  'addition:unpaired': 'Text with no counterpart in the source',
  'addition:sentence': 'Sentence with no counterpart in the source',
  'addition:long': 'Translation much longer than its source (unexplained: {unexplained})',
  'false-friend': 'Possible false friend of "{source}" ({gloss})',
  'inconsistent-translation':
    'The same source sentence is translated differently elsewhere ({variants} variants)',
  'untranslated-copy': 'Source text copied untranslated ({percent} of its words)',
};

/** The English message of a finding (a generic one for rules without a template). */
export function findingMessage(f: Finding): string {
  const issue = f.params.issue;
  const template =
    (issue !== undefined ? FINDING_MESSAGES[`${f.rule}:${String(issue)}`] : undefined) ??
    FINDING_MESSAGES[f.rule];
  const values: Record<string, string | number | boolean> = { ...f.params, expected: f.expected ?? '' };
  // A share (0–1) reads as a percentage: `1` was read as one word.
  if (typeof f.params.share === 'number') values.percent = `${Math.round(f.params.share * 100)}%`;
  if (f.rule === 'unknown-word' && f.params.suggestions) {
    return `${fill(template!, values)}; suggestions: ${String(f.params.suggestions).split('|').join(', ')}`;
  }
  if (template) return fill(template, values);
  const params = Object.entries(f.params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  return `${f.category}: ${f.rule}${params ? ` (${params})` : ''}`;
}

function fill(template: string, values: Record<string, string | number | boolean>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
