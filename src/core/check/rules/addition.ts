/**
 * addition: translated text with no counterpart in the source: a target sentence the
 * alignment left unpaired (a 0-1 bead) between paired beads, or a bead whose translation is far
 * longer than the document's norm (robust z-score) and much of it unexplained by the source
 * (lexical coverage read from the target side, through the inverted lexicon).
 */
import { isTranslationPair } from '../../model/alignment.ts';
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { alignedPassage, isPaired, resolveBeads, targetSpan } from '../pair/bead-segments.ts';
import { lengthScores } from '../pair/length-outliers.ts';
import { contentWords, lexicalCoverage } from '../pair/lexical-coverage.ts';
import { orientLexicon } from '../pair/orient-lexicon.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';
import { indexWords } from '../pair/word-index.ts';

const RULE = 'addition';
const MIN_WORDS = 3;
/** Unpaired beads before the first or after the last paired bead are reported up to this many. */
const EDGE_RUN = 2;
/** Length z-score over which a bead is long for its source. */
const LONG_Z = 3;
/** A target sentence of a one-to-many bead is added when its coverage is under this… */
const ADDED_COVERAGE = 0.3;
/** …and the bead's z-score over this. */
const SPLIT_Z = 1.5;
const LOW_COVERAGE = 0.4;

/** Addition findings of a translation against its source. */
export function checkAdditions(ctx: PairContext): Finding[] {
  const { source, target } = ctx;
  const reverse = orientLexicon(ctx.lexicon, target.lang, source.lang);
  const beads = resolveBeads(source, target, ctx.alignment);
  const scores = lengthScores(beads);
  const inPassage = alignedPassage(beads, EDGE_RUN, isTranslationPair(ctx.alignment));
  const findings: Finding[] = [];
  for (const bead of beads) {
    const z = scores.z[bead.position];
    if (bead.src.length === 0 && bead.tgt.length > 0) {
      if (!inPassage(bead.position)) continue;
      for (const seg of bead.tgt) {
        if (contentWords(seg.text, target.lang).length < MIN_WORDS) continue;
        findings.push(
          pairFinding(target, {
            rule: RULE,
            category: 'addition',
            severity: 'warning',
            start: seg.start,
            end: seg.end,
            params: { issue: 'unpaired' },
          }),
        );
      }
      continue;
    }
    if (!isPaired(bead) || z === undefined || z <= SPLIT_Z) continue;
    const srcIndex = indexWords(bead.src);
    if (bead.tgt.length >= 2) {
      const added = bead.tgt.filter(
        (seg) =>
          lexicalCoverage(seg.text, target.lang, srcIndex, reverse).share < ADDED_COVERAGE &&
          contentWords(seg.text, target.lang).length >= MIN_WORDS,
      );
      if (added.length > 0 && added.length < bead.tgt.length) {
        for (const seg of added) {
          findings.push(
            pairFinding(target, {
              rule: RULE,
              category: 'addition',
              severity: 'warning',
              start: seg.start,
              end: seg.end,
              params: { issue: 'sentence', z: Number(z.toFixed(2)) },
            }),
          );
        }
        continue;
      }
    }
    if (z > LONG_Z) {
      const coverage = lexicalCoverage(bead.tgtText, target.lang, srcIndex, reverse);
      if (coverage.share < LOW_COVERAGE && coverage.total >= MIN_WORDS) {
        const span = targetSpan(bead)!;
        findings.push(
          pairFinding(target, {
            rule: RULE,
            category: 'addition',
            severity: 'info',
            start: span[0],
            end: span[1],
            params: {
              issue: 'long',
              z: Number(z.toFixed(2)),
              coverage: Number(coverage.share.toFixed(2)),
              unexplained: coverage.uncovered.slice(0, 8).join(' '),
            },
          }),
        );
      }
    }
  }
  return findings;
}

/** The registry entry. */
export const additionRule: CheckRule = {
  id: RULE,
  category: 'addition',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkAdditions(pair) : [];
  },
};
