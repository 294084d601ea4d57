/**
 * Whether a segment is site furniture, which a translation seldom renders: the noise classes
 * of check/noise-paragraphs.ts (share buttons, "Lire aussi", log-in prompts, credits…) plus
 * four terse classes it does not cover yet: a copyright line, a bare advertising label, a
 * comment counter and a cookie-consent notice. (They belong in classifyNoise; they are kept
 * here until its owner takes them, so that the checks' findings do not change under them.)
 */
import { classifyNoise } from '../check/noise-paragraphs.ts';

const MAX_LENGTH = 200;

const EXTRA =
  /^©|\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten)\b|^(?:advertisement|publicité|anzeige|sponsored|annonce)$|^(?:comments?|commentaires?|kommentare?)\s*\(\d+\)$|\bcookies?\b.*\b(?:accept|agree|acceptez|utilisation|akzeptieren)|\b(?:use|uses|utilise|utilisation) (?:of |des |de )?cookies\b/iu;

/** True when `text` reads as site furniture rather than article text. */
export function isFurniture(text: string): boolean {
  const s = text.trim();
  if (s.length === 0 || s.length > MAX_LENGTH) return false;
  return classifyNoise(s) !== undefined || EXTRA.test(s);
}
