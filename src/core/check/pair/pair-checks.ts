/**
 * Every rule on an aligned pair, as pure functions of a PairContext, by rule id: for callers
 * that have a source, a translation and their alignment but no runner (benchmarks, the worker).
 */
import type { Finding } from '../../model/finding.ts';
import { checkAdditions } from '../rules/addition.ts';
import { checkConsistency } from '../rules/consistency.ts';
import { checkFalseFriends } from '../rules/mistranslation.ts';
import { checkNames } from '../rules/names.ts';
import { checkNumbers } from '../rules/numbers.ts';
import { checkOmissions } from '../rules/omission.ts';
import { checkUntranslatedCopies } from '../rules/omission-untranslated.ts';
import type { PairContext } from './pair-context.ts';

/** Pair rule id → check. */
export const PAIR_CHECKS: Readonly<Record<string, (ctx: PairContext) => Finding[]>> = {
  'number-mismatch': checkNumbers,
  'name-mismatch': checkNames,
  omission: checkOmissions,
  addition: checkAdditions,
  'untranslated-copy': checkUntranslatedCopies,
  'false-friend': (ctx) => checkFalseFriends(ctx),
  'inconsistent-translation': checkConsistency,
};
