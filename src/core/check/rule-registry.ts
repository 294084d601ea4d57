/**
 * Every check rule, in the order they run. Rules on one document first; rules on an aligned
 * pair (scope 'pair') are appended below the PAIR RULES marker, one import and one entry each.
 */
import type { CheckRule } from './check-rule.ts';
// PAIR RULE IMPORTS
import { additionRule } from './rules/addition.ts';
import { casingRule } from './rules/casing.ts';
import { consistencyRule } from './rules/consistency.ts';
import { encodingRule } from './rules/encoding.ts';
import { gluedWordsRule } from './rules/glued-words.ts';
import { falseFriendRule } from './rules/mistranslation.ts';
import { namesRule } from './rules/names.ts';
import { noiseRule } from './rules/noise.ts';
import { numbersRule } from './rules/numbers.ts';
import { omissionRule } from './rules/omission.ts';
import { untranslatedCopyRule } from './rules/omission-untranslated.ts';
import { quotesRule } from './rules/quotes.ts';
import { repetitionRule } from './rules/repetition.ts';
import { spacingRule } from './rules/spacing.ts';
import { spellingRule } from './rules/spelling.ts';
import { typographyRule } from './rules/typography.ts';
import { untranslatedRule } from './rules/untranslated.ts';

/** The registry: all rules, document rules first. */
export const CHECK_RULES: readonly CheckRule[] = [
  encodingRule,
  quotesRule,
  typographyRule,
  spacingRule,
  gluedWordsRule,
  spellingRule,
  casingRule,
  repetitionRule,
  noiseRule,
  untranslatedRule,
  // PAIR RULES
  numbersRule,
  namesRule,
  omissionRule,
  additionRule,
  untranslatedCopyRule,
  falseFriendRule,
  consistencyRule,
];
