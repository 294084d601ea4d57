/**
 * The answer key of the partial-mode material (blocks, lists, same-event documents): one-to-one
 * gold beads from the rendered pairs, and the restated-pair test (two English sides sharing at
 * least half their content words are counted apart, as the answer key would call them wrong).
 */
import type { IdBead } from './bead-metrics.ts';
import type { BeadKind } from './perturb-wmt.ts';

/**
 * Every source unit in one bead (paired with its rendering, or alone), then every target unit
 * that renders nothing (`unpaired`, in order; by default every one no source is paired with).
 */
export function oneToOneGold(
  srcCount: number,
  tgtCount: number,
  partnerOf: ReadonlyMap<number, number>,
  unpaired?: Iterable<number>,
): { gold: IdBead[]; kinds: BeadKind[] } {
  const gold: IdBead[] = [];
  const kinds: BeadKind[] = [];
  for (let i = 0; i < srcCount; i++) {
    const j = partnerOf.get(i);
    gold.push(j === undefined ? { src: [i], tgt: [] } : { src: [i], tgt: [j] });
    kinds.push(j === undefined ? 'drop' : 'pair');
  }
  const paired = new Set(partnerOf.values());
  const alone = unpaired ?? Array.from({ length: tgtCount }, (_, j) => j).filter((j) => !paired.has(j));
  for (const j of alone) {
    gold.push({ src: [], tgt: [j] });
    kinds.push('noise');
  }
  return { gold, kinds };
}

/** Lower-cased words of four letters or more. */
export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) as string[]);
}

/** Dice coefficient of two word sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return (2 * both) / (a.size + b.size);
}
