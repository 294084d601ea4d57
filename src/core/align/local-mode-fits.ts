import type { SideFeatures } from './segment-features.ts';

/** Largest product of the two sides' token counts for which every pair is scored. */
export const MAX_LOCAL_WORK = 60_000_000;

/**
 * Whether the local mode can score every pair of these sides within its work budget (above
 * it, scorePairs scores seeded candidates only and the auto mode tests inside the parallel band).
 */
export function localModeFits(src: SideFeatures, tgt: SideFeatures): boolean {
  return src.tokKey.length * tgt.tokKey.length <= MAX_LOCAL_WORK;
}
