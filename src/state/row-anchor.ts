/**
 * A row's place in the text, to select the same place at the other level: switching between
 * paragraphs and sentences selects the row that holds the start of the row selected before.
 */
import type { Bead } from '../core/model/alignment.ts';
import type { Level, TextDocument } from '../core/model/document.ts';

/** Where a row starts: an offset in one of the pair's documents. */
export interface RowAnchor {
  readonly docId: string;
  readonly offset: number;
}

interface PairBeads {
  readonly srcDocId: string;
  readonly tgtDocId: string;
  readonly level: Level;
  readonly beads: readonly Bead[];
}

const segmentsOf = (doc: TextDocument, level: Level) =>
  level === 'paragraph' ? doc.paragraphs : doc.sentences;

/** The start of row `row`'s translation (its original's when it has none), or null. */
export function rowAnchor(
  pair: PairBeads,
  docs: Readonly<Record<string, TextDocument>>,
  row: number,
): RowAnchor | null {
  const bead = pair.beads[row];
  if (!bead) return null;
  for (const [side, docId] of [
    ['tgt', pair.tgtDocId],
    ['src', pair.srcDocId],
  ] as const) {
    const doc = docs[docId];
    const first = bead[side][0];
    const segment = doc && first !== undefined ? segmentsOf(doc, pair.level)[first] : undefined;
    if (segment) return { docId, offset: segment.start };
  }
  return null;
}

/** The row of `pair` whose segments hold the anchor's offset, or null. */
export function rowAt(
  pair: PairBeads,
  docs: Readonly<Record<string, TextDocument>>,
  anchor: RowAnchor,
): number | null {
  const side = anchor.docId === pair.tgtDocId ? 'tgt' : anchor.docId === pair.srcDocId ? 'src' : null;
  const doc = docs[anchor.docId];
  if (!side || !doc) return null;
  const segments = segmentsOf(doc, pair.level);
  const k = pair.beads.findIndex((b) =>
    b[side].some((i) => {
      const s = segments[i];
      return s !== undefined && s.start <= anchor.offset && anchor.offset < Math.max(s.end, s.start + 1);
    }),
  );
  return k >= 0 ? k : null;
}
