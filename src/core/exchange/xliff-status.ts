/**
 * How pair statuses map to XLIFF states, both ways (a bijection, so round trips are exact).
 * XLIFF 2.0 `state`: initial / translated / reviewed / final. XLIFF 1.2 `<target state>`:
 * needs-translation / needs-review-translation / signed-off / final, and `approved="yes"` on
 * confirmed and final units.
 *
 * A unit with no target text (an omission, or a row unlinked by hand, which the case marks
 * confirmed) claims no state beyond `initial` and has no `<target>`: an empty target in a
 * reviewed or signed-off unit is an approved empty translation to a CAT tool. Its own status
 * goes where tools ignore it: XLIFF 2.0 `subState="vis-a-vis:confirmed"`, XLIFF 1.2
 * `<note from="status">` (see `untranslatedStatus`).
 */
import type { PairStatus } from './bilingual-units.ts';

export const XLIFF2_STATE: Readonly<Record<PairStatus, string>> = {
  unpaired: 'initial',
  aligned: 'translated',
  confirmed: 'reviewed',
  final: 'final',
};

export const XLIFF12_STATE: Readonly<Record<PairStatus, string>> = {
  unpaired: 'needs-translation',
  aligned: 'needs-review-translation',
  confirmed: 'signed-off',
  final: 'final',
};

/** The prefix of our XLIFF 2.0 `subState` values. */
export const SUBSTATE_PREFIX = 'vis-a-vis:';

/**
 * For a unit with no target text: the status to record besides the XLIFF state (`initial`, no
 * target), undefined when the state already says it (`unpaired`) or the unit has a target.
 */
export function untranslatedStatus(unit: {
  readonly target: string;
  readonly status: PairStatus;
}): PairStatus | undefined {
  return unit.target === '' && unit.status !== 'unpaired' ? unit.status : undefined;
}

/** A pair status written by `untranslatedStatus` (a subState or a status note); undefined otherwise. */
export function parseRecordedStatus(value: string | undefined): PairStatus | undefined {
  const s = value?.startsWith(SUBSTATE_PREFIX) ? value.slice(SUBSTATE_PREFIX.length) : value;
  return s === 'aligned' || s === 'confirmed' || s === 'final' ? s : undefined;
}

/** The pair status of an XLIFF state (either version); undefined for other states. */
export function statusOfXliffState(state: string | undefined): PairStatus | undefined {
  for (const table of [XLIFF2_STATE, XLIFF12_STATE]) {
    for (const [status, value] of Object.entries(table)) if (value === state) return status as PairStatus;
  }
  return undefined;
}

/** A valid, unique XML NMTOKEN id for unit `index` (ids of our own files pass unchanged). */
export function uniqueNmtoken(id: string, index: number, seen: Set<string>): string {
  let out = /^[\p{L}\p{N}._:-]+$/u.test(id) ? id : `u${index + 1}`;
  if (seen.has(out)) out = `${out}-${index + 1}`;
  seen.add(out);
  return out;
}
