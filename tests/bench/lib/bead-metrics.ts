/**
 * Strict and lax precision, recall and F1 over beads, as in the Bleualign / Vecalign /
 * Bertalign evaluations (../shared/eval/README.md): precision over test beads not empty on
 * both sides, recall over gold beads non-empty on both sides (computed as precision with the
 * roles swapped, insertions and deletions removed); a strict hit is an identical bead, a lax
 * hit a bead whose target ids are linked in the gold to some of its source ids.
 */

/** A bead as two lists of segment ids. */
export interface IdBead {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
}

/** Counts of hits and misses, summable over documents. */
export interface BeadCounts {
  strictHit: number;
  strictMiss: number;
  laxHit: number;
  laxMiss: number;
}

/** Precision/recall/F1, strict and lax. */
export interface BeadScores {
  readonly strict: { readonly p: number; readonly r: number; readonly f1: number };
  readonly lax: { readonly p: number; readonly r: number; readonly f1: number };
}

const keyOf = (b: IdBead) => `${b.src.join(',')}:${b.tgt.join(',')}`;

/** Precision counts of `test` against `gold`. */
export function precisionCounts(gold: readonly IdBead[], test: readonly IdBead[]): BeadCounts {
  const goldSet = new Set(gold.filter((b) => b.src.length > 0 || b.tgt.length > 0).map(keyOf));
  const links = new Map<number, Set<number>>();
  for (const b of gold) {
    for (const s of b.src) {
      const set = links.get(s) ?? new Set<number>();
      for (const t of b.tgt) set.add(t);
      links.set(s, set);
    }
  }
  const counts: BeadCounts = { strictHit: 0, strictMiss: 0, laxHit: 0, laxMiss: 0 };
  const seen = new Set<string>();
  for (const b of test) {
    if (b.src.length === 0 && b.tgt.length === 0) continue;
    const key = keyOf(b);
    if (seen.has(key)) continue;
    seen.add(key);
    if (goldSet.has(key)) {
      counts.strictHit++;
      counts.laxHit++;
      continue;
    }
    counts.strictMiss++;
    const lax = b.src.some((s) => b.tgt.some((t) => links.get(s)?.has(t)));
    if (lax) counts.laxHit++;
    else counts.laxMiss++;
  }
  return counts;
}

/** Precision and recall counts of one document, to be summed over a pooled set. */
export function scoreCounts(
  gold: readonly IdBead[],
  test: readonly IdBead[],
): { p: BeadCounts; r: BeadCounts } {
  const bothSides = (b: IdBead) => b.src.length > 0 && b.tgt.length > 0;
  return {
    p: precisionCounts(gold, test),
    r: precisionCounts(test.filter(bothSides), gold.filter(bothSides)),
  };
}

function add(a: BeadCounts, b: BeadCounts): BeadCounts {
  return {
    strictHit: a.strictHit + b.strictHit,
    strictMiss: a.strictMiss + b.strictMiss,
    laxHit: a.laxHit + b.laxHit,
    laxMiss: a.laxMiss + b.laxMiss,
  };
}

const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 0 : hit / (hit + miss));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Pooled scores over several documents (each a gold and a test alignment). */
export function scoreBeads(
  docs: readonly { gold: readonly IdBead[]; test: readonly IdBead[] }[],
): BeadScores {
  const zero: BeadCounts = { strictHit: 0, strictMiss: 0, laxHit: 0, laxMiss: 0 };
  let p = zero;
  let r = zero;
  for (const doc of docs) {
    const c = scoreCounts(doc.gold, doc.test);
    p = add(p, c.p);
    r = add(r, c.r);
  }
  const sp = ratio(p.strictHit, p.strictMiss);
  const sr = ratio(r.strictHit, r.strictMiss);
  const lp = ratio(p.laxHit, p.laxMiss);
  const lr = ratio(r.laxHit, r.laxMiss);
  return { strict: { p: sp, r: sr, f1: f1(sp, sr) }, lax: { p: lp, r: lr, f1: f1(lp, lr) } };
}

/** Parse gold beads, one a line: `[1, 2]:[3]`. */
export function parseBeads(text: string): IdBead[] {
  const beads: IdBead[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!m) continue;
    const ids = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '')
        .map(Number);
    beads.push({ src: ids(m[1]!), tgt: ids(m[2]!) });
  }
  return beads;
}
