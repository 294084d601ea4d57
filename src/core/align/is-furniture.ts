/**
 * Whether a segment is site furniture, which a translation seldom renders: the noise classes
 * of check/noise-paragraphs.ts (share buttons, "Lire aussi", log-in prompts, credits, copyright
 * lines, advertising labels, comment counters, cookie notices…), so that the aligner and the
 * `noise` check agree on what furniture is.
 */
import { classifyNoise } from '../check/noise-paragraphs.ts';

/** True when `text` reads as site furniture rather than article text. */
export function isFurniture(text: string): boolean {
  return classifyNoise(text) !== undefined;
}
