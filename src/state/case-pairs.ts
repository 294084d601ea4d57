/**
 * The aligned pairs of a case that are usable for checks across documents: one alignment per
 * (original, translation), at the open level when there is one, whose bead indexes still fit
 * the documents as they are now (an edit that changes the number of segments re-aligns the
 * open pair and carries the case's other alignments of that document through the edit:
 * carryBeads; one that still does not fit, e.g. from a case stored before that, is left out).
 */
import type { Alignment, CaseAlignment, CaseFile, Lang, Level, TextDocument } from '../core/index.ts';
import { openPair } from './case-record.ts';

/** One pair ready for a check across the case. */
export interface CasePair {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly alignment: Alignment;
}

/** Whether `alignment`'s beads index exactly the segments `src` and `tgt` have now. */
export function alignmentFits(alignment: CaseAlignment, src: TextDocument, tgt: TextDocument): boolean {
  const units = (doc: TextDocument) =>
    alignment.level === 'paragraph' ? doc.paragraphs.length : doc.sentences.length;
  // The Alignment invariant: every segment of each side in exactly one bead, in order.
  let i = 0;
  let j = 0;
  for (const bead of alignment.beads) {
    for (const s of bead.src) if (s !== i++) return false;
    for (const t of bead.tgt) if (t !== j++) return false;
  }
  return i === units(src) && j === units(tgt);
}

/**
 * The state of the open pair's saved alignment: `fits` when it indexes its documents' segments
 * as they are read now (or they are not segmented yet: judged on its presence alone), `missing`
 * when there is none (or no open pair), `stale` when it no longer fits them (a hand-edited case
 * file, or a case saved by a version that segmented differently): its rows would show some
 * text twice or not at all. Both of the latter must be aligned; a stale one is told to the
 * person (notice `alignmentRedone`).
 */
export function openPairAlignment(
  file: CaseFile | null,
  docs: Readonly<Record<string, TextDocument>>,
): 'fits' | 'missing' | 'stale' {
  const pair = openPair(file);
  if (!pair) return 'missing';
  const src = docs[pair.srcDocId];
  const tgt = docs[pair.tgtDocId];
  return !src || !tgt || alignmentFits(pair, src, tgt) ? 'fits' : 'stale';
}

/**
 * The usable pairs of `file`. Beads below `minConfidence` are left out (a doubtful pairing
 * says nothing about how a sentence was translated); the rest keep their order.
 */
export function casePairs(
  file: CaseFile,
  docs: Readonly<Record<string, TextDocument>>,
  level: Level,
  minConfidence: number,
): CasePair[] {
  const chosen = new Map<string, CaseAlignment>();
  for (const a of file.alignments) {
    const key = `${a.srcDocId}|${a.tgtDocId}`;
    const had = chosen.get(key);
    if (!had || (had.level !== level && a.level === level)) chosen.set(key, a);
  }
  const out: CasePair[] = [];
  for (const a of chosen.values()) {
    const source = docs[a.srcDocId];
    const target = docs[a.tgtDocId];
    if (!source || !target || !alignmentFits(a, source, target)) continue;
    out.push({
      source,
      target,
      alignment: {
        level: a.level,
        srcDocId: a.srcDocId,
        tgtDocId: a.tgtDocId,
        parallelism: a.parallelism,
        beads: a.beads
          .filter((b) => b.confirmed || b.confidence >= minConfidence)
          .map((b) => ({ src: b.src, tgt: b.tgt, confidence: b.confidence })),
      },
    });
  }
  return out;
}

/**
 * The (original, translation) pairs of the case not aligned yet at `level`: every document in
 * `srcLang` against every document in `tgtLang`.
 */
export function unalignedPairs(
  file: CaseFile,
  srcLang: Lang,
  tgtLang: Lang,
  level: Level,
): (readonly [srcId: string, tgtId: string])[] {
  const done = new Set(
    file.alignments.filter((a) => a.level === level).map((a) => `${a.srcDocId}|${a.tgtDocId}`),
  );
  const out: (readonly [string, string])[] = [];
  for (const s of file.documents)
    for (const t of file.documents)
      if (s.id !== t.id && s.lang === srcLang && t.lang === tgtLang && !done.has(`${s.id}|${t.id}`))
        out.push([s.id, t.id]);
  return out;
}
