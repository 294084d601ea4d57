/**
 * Scoring the partial mode on documents with a one-to-one answer key (the list and same-event
 * material): each document aligned in partial mode, every proposed pair (confidence ≥ 0.5)
 * other than a restated one counted right or wrong, and the per-document detail handed to the
 * caller for its own counts (anchors, decoys, the other report's units…).
 */
import { alignSegmentsDetailed } from '../../../src/core/align/align-segments.ts';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.ts';
import type { Level } from '../../../src/core/model/document.ts';
import type { IdBead } from './bead-metrics.ts';
import { accuracyAbove } from './reliability.ts';

/** A document of the material: its two sides, answer key and restated pairs (`i:j`). */
export interface ScoredDoc {
  readonly src: readonly string[];
  readonly tgt: readonly string[];
  readonly gold: readonly IdBead[];
  readonly ambiguous: ReadonlySet<string>;
}

/** One document's outcome: gold partner of each source unit, source unit each target unit was paired with. */
export interface DocOutcome<D> {
  readonly doc: D;
  readonly goldOf: ReadonlyMap<number, number>;
  readonly pairedTgt: ReadonlyMap<number, number>;
  /** Kept pairs (restated ones left out), with whether each is right. */
  readonly kept: readonly {
    readonly i: number;
    readonly j: number;
    readonly ok: boolean;
    readonly confidence: number;
  }[];
}

/** Precision, recall and F1 of the kept pairs, and how many pairs ≥ 0.9 are right. */
export interface PartialScore {
  readonly gold: number;
  readonly kept: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly high: { readonly count: number; readonly accuracy: number };
}

/** Align every document in partial mode and score it; `each` sees every document's outcome. */
export async function scorePartialDocs<D extends ScoredDoc>(
  docs: readonly D[],
  level: Level,
  lexicon: Lexicon | undefined,
  each: (outcome: DocOutcome<D>) => void = () => {},
): Promise<PartialScore> {
  let gold = 0;
  let right = 0;
  let kept = 0;
  const keptConf: number[] = [];
  const keptOk: boolean[] = [];
  for (const doc of docs) {
    const r = await alignSegmentsDetailed(doc.src, doc.tgt, {
      mode: 'partial',
      level,
      ...(lexicon ? { lexicon } : {}),
    });
    const goldOf = new Map<number, number>();
    for (const b of doc.gold) if (b.src.length > 0 && b.tgt.length > 0) goldOf.set(b.src[0]!, b.tgt[0]!);
    gold += goldOf.size;
    const pairedTgt = new Map<number, number>();
    const keptHere: { i: number; j: number; ok: boolean; confidence: number }[] = [];
    for (const b of r.alignment.beads) {
      if (b.src.length === 0 || b.tgt.length === 0) continue;
      const i = b.src[0]!;
      const j = b.tgt[0]!;
      pairedTgt.set(j, i);
      if (doc.ambiguous.has(`${i}:${j}`)) continue;
      const ok = goldOf.get(i) === j;
      kept++;
      if (ok) right++;
      keptConf.push(b.confidence);
      keptOk.push(ok);
      keptHere.push({ i, j, ok, confidence: b.confidence });
    }
    each({ doc, goldOf, pairedTgt, kept: keptHere });
  }
  const precision = right / Math.max(1, kept);
  const recall = right / Math.max(1, gold);
  return {
    gold,
    kept,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    high: accuracyAbove(keptConf, keptOk, 0.9),
  };
}
