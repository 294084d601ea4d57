/**
 * untranslated (on a pair): a translation that repeats its source, a sentence left in the
 * source language. With the source at hand this needs no language identification: most of the
 * target's words are the source's own, and among them the source language's function words
 * (names and numbers alone, which a translation keeps, do not count).
 */

import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { isPaired, resolveBeads } from '../pair/bead-segments.ts';
import { cachedTokens } from '../pair/cached-tokens.ts';
import { fold as foldAccents } from '../pair/fold.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';
import { stopwords } from '../pair/stopwords.ts';

const RULE = 'untranslated-copy';
const MIN_WORDS = 4;
/** Share of the target's words found in its source. */
const COPIED_SHARE = 0.8;
/** Source-language function words the copy must hold (names and numbers are no evidence). */
const MIN_FUNCTION_WORDS = 2;

/** Findings for translated segments that copy their source. */
export function checkUntranslatedCopies(ctx: PairContext): Finding[] {
  const { source, target } = ctx;
  const srcStop = stopwords(source.lang);
  const tgtStop = stopwords(target.lang);
  const findings: Finding[] = [];
  for (const bead of resolveBeads(source, target, ctx.alignment)) {
    if (!isPaired(bead)) continue;
    const srcWords = new Set(
      cachedTokens(bead.srcText)
        .filter((t) => t.kind === 'word')
        .map((t) => foldAccents(t.text)),
    );
    for (const seg of bead.tgt) {
      const words = cachedTokens(seg.text).filter((t) => t.kind === 'word');
      if (words.length < MIN_WORDS) continue;
      const copied = words.filter((w) => srcWords.has(foldAccents(w.text)));
      // Function words of the source language only (`a`, `on` are also French).
      const functionWords = copied.filter((w) => srcStop.has(w.norm) && !tgtStop.has(w.norm));
      if (copied.length / words.length < COPIED_SHARE || functionWords.length < MIN_FUNCTION_WORDS) continue;
      findings.push(
        pairFinding(target, {
          rule: RULE,
          category: 'untranslated',
          severity: 'error',
          start: seg.start,
          end: seg.end,
          params: { share: Number((copied.length / words.length).toFixed(2)), lang: source.lang },
        }),
      );
    }
  }
  return findings;
}

/** The registry entry. */
export const untranslatedCopyRule: CheckRule = {
  id: RULE,
  category: 'untranslated',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkUntranslatedCopies(pair) : [];
  },
};
