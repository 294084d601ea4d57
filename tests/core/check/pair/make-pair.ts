/** Test helper: a source and a translation from lists of sentences, aligned 1:1 unless told. */
import type { PairContext } from '../../../../src/core/check/pair/pair-context.ts';
import { parseLexicon } from '../../../../src/core/lexicon/lexicon.ts';
import type { Bead } from '../../../../src/core/model/alignment.ts';
import { buildDocument } from '../../../bench/lib/inject-errors.ts';

/** A tiny en→fr lexicon written inline (`source<TAB>target` lines). */
export function lexiconOf(pairs: readonly (readonly [string, string])[]) {
  return parseLexicon(pairs.map(([a, b]) => `${a}\t${b}`).join('\n'), 'en', 'fr');
}

/** One paragraph per side; `beads` default to 1:1, `parallelism` to 1 (translations). */
export function makePair(
  en: readonly string[],
  fr: readonly string[],
  options: { beads?: readonly Bead[]; lexicon?: PairContext['lexicon']; parallelism?: number } = {},
): PairContext {
  const source = buildDocument('en-doc', 'en', [en]);
  const target = buildDocument('fr-doc', 'fr', [fr]);
  const beads =
    options.beads ?? en.map((_, i) => ({ src: [i], tgt: i < fr.length ? [i] : [], confidence: 1 }));
  return {
    source,
    target,
    alignment: {
      level: 'sentence',
      srcDocId: source.id,
      tgtDocId: target.id,
      beads,
      parallelism: options.parallelism ?? 1,
    },
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
  };
}
