/**
 * Symmetry of the partly-parallel mode: the same documents aligned with source and target
 * swapped (lexicon inverted) must give the same pairs, transposed, with close confidences.
 */
import { type AlignOptions, alignSegmentsDetailed } from '../../../src/core/align/align-segments.ts';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.ts';
import { invertLexicon } from '../../../src/core/lexicon/lexicon.ts';

/** Running tally over documents: pairs seen, pairs found both ways, largest confidence gap. */
export class SwapSymmetry {
  swapped = 0;
  same = 0;
  maxGap = 0;

  /** Align `tgt` against `src` and compare its pairs with the forward run's `forward` pairs. */
  async add(
    src: readonly string[],
    tgt: readonly string[],
    forward: readonly { readonly i: number; readonly j: number; readonly confidence: number }[],
    options: Omit<AlignOptions, 'lexicon' | 'mode'> & { readonly lexicon?: Lexicon },
  ): Promise<void> {
    const { lexicon, ...rest } = options;
    const back = await alignSegmentsDetailed(tgt, src, {
      ...rest,
      mode: 'partial',
      ...(lexicon ? { lexicon: invertLexicon(lexicon) } : {}),
    });
    const byPair = new Map(forward.map((p) => [`${p.i}:${p.j}`, p.confidence]));
    for (const p of back.localPairs) {
      this.swapped++;
      const c = byPair.get(`${p.j}:${p.i}`);
      if (c !== undefined) {
        this.same++;
        this.maxGap = Math.max(this.maxGap, Math.abs(c - p.confidence));
      }
    }
    this.swapped += Math.max(0, forward.length - back.localPairs.length);
  }
}
