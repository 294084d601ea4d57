/**
 * Every check rule, in the order they run. Rules on one document first; rules on an aligned
 * pair (scope 'pair') are appended below the PAIR RULES marker, one import and one entry each.
 */
import type { CheckRule } from './check-rule.ts';
import { encodingRule } from './rules/encoding.ts';
import { quotesRule } from './rules/quotes.ts';
// PAIR RULE IMPORTS

/** The registry: all rules, document rules first. */
export const CHECK_RULES: readonly CheckRule[] = [
  encodingRule,
  quotesRule,
  // PAIR RULES
];
