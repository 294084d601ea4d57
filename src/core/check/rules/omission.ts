/**
 * omission: source text with no counterpart in the translation. Three signs, from the most to
 * the least certain: a source sentence the alignment left unpaired (a 1-0 bead) between paired
 * beads; a bead holding several source sentences, one of which the translation does not cover
 * while the bead is short for what it holds; a bead whose translation is an outlier in length
 * (robust z-score against the document, see length-outliers.ts) and covers little of its source
 * (lexical coverage, see lexical-coverage.ts).
 */
import { isTranslationPair } from '../../model/alignment.ts';
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import {
  alignedPassage,
  isPaired,
  type ResolvedBead,
  resolveBeads,
  targetSpan,
} from '../pair/bead-segments.ts';
import { lengthScores, logLengthRatio } from '../pair/length-outliers.ts';
import { contentWords, lexicalCoverage } from '../pair/lexical-coverage.ts';
import { orientLexicon } from '../pair/orient-lexicon.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';
import { indexWords } from '../pair/word-index.ts';

const RULE = 'omission';
/** A dropped sentence must have this many content words to matter (not a byline or "Photo"). */
const MIN_WORDS = 3;
/** An unpaired source sentence needs this many content words ("It makes me happy." has two). */
const MIN_UNPAIRED_WORDS = 2;
/** Unpaired beads before the first or after the last paired bead are reported up to this many. */
const EDGE_RUN = 2;
/** Length z-score under which a bead is short for its source. */
const SHORT_Z = -2.5;
/** A sentence of a many-to-one bead is left out when its coverage is under this… */
const LOST_COVERAGE = 0.3;
/** …and the bead's z-score under this. */
const MERGED_Z = -1.5;
/** A sentence covered under this beside one covered over WELL_COVERED is left out whatever the length. */
const BARE_COVERAGE = 0.15;
const WELL_COVERED = 0.5;
/** A many-to-one bead this short… */
const FIT_Z = -1.2;
/** …whose translation fits the other sentences alone leaves out a sentence covered at most this much. */
const FIT_COVERAGE = 0.5;
/** A many-to-one bead at least this short (z-score)… */
const MERGED_SHORT_Z = -0.4;
/** …leaves out a sentence covered at most this much… */
const MERGED_LOW = 0.45;
/** …and this much less than the best covered sentence, when its length fits better without it. */
const MERGED_GAP = 0.25;
/** Coverage under which a short bead has lost part of its source. */
const LOW_COVERAGE = 0.4;

/** Where a finding about text missing between beads sits: the end of the previous translation. */
function gapPosition(beads: readonly ResolvedBead[], position: number): number {
  for (let p = position - 1; p >= 0; p--) {
    const last = beads[p]!.tgt[beads[p]!.tgt.length - 1];
    if (last) return last.end;
  }
  for (let p = position + 1; p < beads.length; p++) {
    const first = beads[p]!.tgt[0];
    if (first) return first.start;
  }
  return 0;
}

/** Omission findings of a translation against its source. */
export function checkOmissions(ctx: PairContext): Finding[] {
  const { source, target } = ctx;
  const lexicon = orientLexicon(ctx.lexicon, source.lang, target.lang);
  const beads = resolveBeads(source, target, ctx.alignment);
  const scores = lengthScores(beads);
  const inPassage = alignedPassage(beads, EDGE_RUN, isTranslationPair(ctx.alignment));
  const findings: Finding[] = [];
  for (const bead of beads) {
    const z = scores.z[bead.position];
    if (bead.tgt.length === 0 && bead.src.length > 0) {
      // Unpaired source inside the aligned passage; at its edges only a short run (a headline,
      // a closing line): a long unpaired run there is a preamble or site furniture.
      if (!inPassage(bead.position)) continue;
      if (contentWords(bead.srcText, source.lang).length < MIN_UNPAIRED_WORDS) continue;
      const at = gapPosition(beads, bead.position);
      findings.push(
        pairFinding(target, {
          rule: RULE,
          category: 'omission',
          severity: 'error',
          start: at,
          end: at,
          expected: bead.srcText,
          params: {
            issue: 'unpaired',
            srcStart: bead.src[0]!.start,
            srcEnd: bead.src[bead.src.length - 1]!.end,
          },
        }),
      );
      continue;
    }
    if (!isPaired(bead) || z === undefined) continue;
    const index = indexWords(bead.tgt);
    const span = targetSpan(bead)!;
    if (bead.src.length >= 2) {
      const coverages = bead.src.map((seg) => lexicalCoverage(seg.text, source.lang, index, lexicon));
      const best = Math.max(...coverages.map((c) => c.share));
      // Left out: little covered in a bead short for its source, or nearly nothing covered
      // beside a sentence that is well covered (a short sentence barely moves the length).
      // The bead's length z-score were sentence k not there (a 1-1 bead beside a 1-0 bead).
      const zWithout = bead.src.map(
        (seg) =>
          (logLengthRatio(bead.srcText.length - seg.text.length - 1, bead.tgtText.length) - scores.median) /
          scores.spread,
      );
      let lost = bead.src.filter((seg, k) => {
        const share = coverages[k]!.share;
        const words = contentWords(seg.text, source.lang).length;
        if (words < MIN_UNPAIRED_WORDS) return false;
        const zw = zWithout[k]!;
        // Gale & Church's comparison of the two readings of a short bead: its translation's
        // length fits the other sentences alone better than all of them, and the sentence is
        // covered far less than the best covered one (a sentence the translator merged in is
        // covered like the rest, and leaves the length as expected). Short sentences (two
        // content words, as for an unpaired bead) count: they are the ones length alone misses.
        if (
          z < MERGED_SHORT_Z &&
          Math.abs(zw) < Math.abs(z) &&
          share <= MERGED_LOW &&
          best - share >= MERGED_GAP
        )
          return true;
        if (words < MIN_WORDS) return false;
        if ((share < LOST_COVERAGE && z < MERGED_Z) || (share < BARE_COVERAGE && best >= WELL_COVERED))
          return true;
        // The same reasoning, with a larger length gap and less coverage asked of the sentence.
        return z < FIT_Z && Math.abs(zw) <= 1 && share <= FIT_COVERAGE && share < best;
      });
      // All of them "lost": keep those the length and the coverage single out.
      if (lost.length === bead.src.length) {
        lost = lost.filter((seg) => {
          const k = bead.src.indexOf(seg);
          return coverages[k]!.share < best && Math.abs(zWithout[k]!) < Math.abs(z);
        });
      }
      if (lost.length > 0 && lost.length < bead.src.length) {
        for (const seg of lost) {
          findings.push(
            pairFinding(target, {
              rule: RULE,
              category: 'omission',
              severity: 'error',
              start: span[0],
              end: span[1],
              expected: seg.text,
              params: { issue: 'sentence', srcStart: seg.start, srcEnd: seg.end, z: Number(z.toFixed(2)) },
            }),
          );
        }
        continue;
      }
    }
    if (z < SHORT_Z) {
      const coverage = lexicalCoverage(bead.srcText, source.lang, index, lexicon);
      if (coverage.share < LOW_COVERAGE && coverage.total >= MIN_WORDS) {
        findings.push(
          pairFinding(target, {
            rule: RULE,
            category: 'omission',
            severity: 'warning',
            start: span[0],
            end: span[1],
            params: {
              issue: 'short',
              srcStart: bead.src[0]!.start,
              srcEnd: bead.src[bead.src.length - 1]!.end,
              z: Number(z.toFixed(2)),
              coverage: Number(coverage.share.toFixed(2)),
              uncovered: coverage.uncovered.slice(0, 8).join(' '),
            },
          }),
        );
      }
    }
  }
  return findings;
}

/** The registry entry. */
export const omissionRule: CheckRule = {
  id: RULE,
  category: 'omission',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkOmissions(pair) : [];
  },
};
