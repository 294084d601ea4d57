/**
 * How pair statuses map to XLIFF states, both ways (a bijection, so round trips are exact).
 * XLIFF 2.0 `state`: initial / translated / reviewed / final. XLIFF 1.2 `<target state>`:
 * needs-translation / needs-review-translation / signed-off / final, and `approved="yes"` on
 * confirmed and final units.
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
