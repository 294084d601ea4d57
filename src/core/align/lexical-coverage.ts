/**
 * Lexical evidence between source and target segments inside the search band. For a pair
 * (i, j), covS is the weight of source tokens of i that meet some token of j (same cognate
 * key, or a lexicon or learned rendering), covT the weight of target tokens of j met by some
 * token of i. Stored only for the pairs a bead of the band can join, so linear in size.
 */
import { cognateKey } from '../lexicon/cognate-key.ts';
import { type KeyedLexicon, lookUpKeys } from '../lexicon/translation-keys.ts';
import type { Band } from './band.ts';
import { MAX_BEAD_SIDE } from './bead-shapes.ts';
import {
  findGlobalId,
  globalIdGeneration,
  globalKeyId,
  internGlobalId,
  type KeySpace,
  normGlobalIdsOf,
  type SideFeatures,
} from './segment-features.ts';

/** Pairwise coverage over a band: row i holds target segments cLo[i]…cHi[i]. */
export interface Coverage {
  readonly cLo: Int32Array;
  readonly cHi: Int32Array;
  readonly offset: Int32Array;
  readonly covS: Float32Array;
  readonly covT: Float32Array;
  /**
   * Overlaps, so that a merged bead counts each token once (the union, not the sum, of what
   * its segments cover): bothS at (i, j) is the weight of source tokens of i met by target j
   * and by target j+1; bothT at (i, j) that of target tokens of j met by source i and i+1.
   * Without them, a name repeated in neighbouring paragraphs was counted twice by a 2-2 or
   * 2-1 bead, which then beat the two true 1-1 beads (or swallowed a dropped paragraph).
   */
  readonly bothS: Float32Array;
  readonly bothT: Float32Array;
  /**
   * Contested matches, to tell whether each segment of a merged bead has evidence of its
   * own. One token renders one token (the one-to-one reading of word correspondence,
   * Melamed 2000), so in a 2-1 bead a target word cannot vouch for a word of each source
   * segment: a dropped headline whose words the next paragraph repeats ("Armed man holds up
   * chemist's" before "An armed man held up a chemist's…") would otherwise look "covered"
   * by the French of that paragraph alone. Each cell pairs its tokens greedily one-to-one
   * (each target token claims one source token), target tokens that row i−1 did not claim
   * first; dupS at (i, j) is the weight of source tokens of i+1 that could only be claimed
   * by target tokens of j that row i had claimed (a true merge, whose target holds the word
   * twice, loses nothing). Likewise dupT at (i, j): weight of target tokens of j+1 that
   * could only claim source tokens of i that target j had claimed.
   */
  readonly dupS: Float32Array;
  readonly dupT: Float32Array;
  /**
   * Chance coverage: for source segment i, its mean covS against the target segments of its
   * row (bgS), and for target segment j its mean covT against the source segments (bgT).
   * Subtracted per joined pair, it keeps a merged bead from gaining by accidental matches.
   */
  readonly bgS: Float64Array;
  readonly bgT: Float64Array;
}

/** Source token → all keys it can meet (own key, then renderings), as flat arrays. */
export interface SourceKeys {
  readonly start: Int32Array;
  readonly keys: Int32Array;
}

/**
 * Global key ids (segment-features.ts) of the cognate keys of a folded word's renderings in one
 * lexicon, by the word's global id, cached per lexicon across calls (lookUpKeys tries
 * inflectional endings and each rendering must be folded: costly when alignDocuments aligns
 * thousands of small groups with the same lexicon). Reset with each new generation of ids.
 */
type RenderingCache = WeakMap<KeyedLexicon, { generation: number; byGid: (Int32Array | undefined)[] }>;
/** One cache for exact lookups, one for lookups through base forms (lookUpKeys `lemmas`). */
const renderingCaches: readonly [RenderingCache, RenderingCache] = [new WeakMap(), new WeakMap()];
const NO_KEYS = new Int32Array(0);

function renderingCacheOf(lexicon: KeyedLexicon, lemmas: boolean): (Int32Array | undefined)[] {
  const generation = globalIdGeneration();
  const renderingCache = renderingCaches[lemmas ? 1 : 0];
  let cache = renderingCache.get(lexicon);
  if (!cache || cache.generation !== generation) {
    cache = { generation, byGid: [] };
    renderingCache.set(lexicon, cache);
  }
  return cache.byGid;
}

function renderingKeys(lexicon: KeyedLexicon, norm: string, lemmas: boolean): Int32Array {
  const found = lookUpKeys(lexicon, norm, lemmas);
  if (!found || found.length === 0) return NO_KEYS;
  const gids = new Int32Array(found.length);
  for (let k = 0; k < found.length; k++) {
    const key = found[k]!;
    gids[k] = globalKeyId(key.startsWith('#') || key.startsWith('~') ? key : cognateKey(key));
  }
  return gids;
}

/**
 * Expand each source token with the keys of its renderings in the given lexicons. With
 * `knownOnly`, only renderings whose key the space already holds: once both sides' features
 * are extracted, the only ones a target token can meet (computeCoverage reads nothing else),
 * and the space does not grow by keys no other step will read. With `lemmas`, a word without an
 * entry is looked up by its base forms (lookUpKeys).
 */
export function expandSourceKeys(
  src: SideFeatures,
  space: KeySpace,
  lexicons: readonly KeyedLexicon[],
  knownOnly = false,
  lemmas = false,
): SourceKeys {
  const tokens = src.tokKey.length;
  const start = new Int32Array(tokens + 1);
  const normGids = normGlobalIdsOf(src);
  const caches = lexicons.map((lexicon) => renderingCacheOf(lexicon, lemmas));
  // The renderings of each distinct form, looked up once (by form id, not by string), then the
  // table laid out at its exact size.
  const memo: (readonly number[] | undefined)[] = new Array(src.normCount);
  const found: number[] = [];
  let size = 0;
  for (let t = 0; t < tokens; t++) {
    const own = src.tokKey[t]!;
    const id = src.tokNormId[t]!;
    let extra = memo[id];
    if (!extra) {
      found.length = 0;
      const norm = src.tokNorm[t]!;
      if (!norm.startsWith('#') && !norm.startsWith('~')) {
        const gid = normGids[id]!;
        for (let l = 0; l < lexicons.length; l++) {
          const cache = caches[l]!;
          let gids = cache[gid];
          if (!gids) {
            gids = renderingKeys(lexicons[l]!, norm, lemmas);
            cache[gid] = gids;
          }
          for (let g = 0; g < gids.length; g++) {
            const k = knownOnly ? findGlobalId(space, gids[g]!) : internGlobalId(space, gids[g]!);
            if (k >= 0 && !found.includes(k)) found.push(k);
          }
        }
      }
      memo[id] = extra = found.length > 0 ? found.slice() : NO_EXTRA;
    }
    size += 1;
    for (const k of extra) if (k !== own) size++;
    start[t + 1] = size;
  }
  const keys = new Int32Array(size);
  for (let t = 0; t < tokens; t++) {
    const own = src.tokKey[t]!;
    let at = start[t]!;
    keys[at++] = own;
    for (const k of memo[src.tokNormId[t]!]!) if (k !== own) keys[at++] = k;
  }
  return { start, keys };
}

const NO_EXTRA: readonly number[] = [];

/**
 * Compute coverage for every pair a bead inside `band` can join; the contested matches
 * (dupS, dupT) only when `contest` (they cost a fifth more time and only pass 3 reads them).
 */
export function computeCoverage(
  src: SideFeatures,
  tgt: SideFeatures,
  srcKeys: SourceKeys,
  band: Band,
  keyCount: number,
  contest = true,
  maxSide = MAX_BEAD_SIDE,
): Coverage {
  const n = src.count;
  const m = tgt.count;
  const cLo = new Int32Array(Math.max(n, 1));
  const cHi = new Int32Array(Math.max(n, 1));
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    cLo[i] = band.lo[Math.max(0, i + 1 - maxSide)]!;
    cHi[i] = Math.min(m - 1, band.hi[Math.min(n, i + maxSide)]! - 1);
    offset[i + 1] = offset[i]! + Math.max(0, cHi[i]! - cLo[i]! + 1);
  }
  const covS = new Float32Array(offset[n]!);
  const covT = new Float32Array(offset[n]!);
  const bothS = new Float32Array(offset[n]!);
  const bothT = new Float32Array(offset[n]!);
  const dupS = new Float32Array(offset[n]!);
  const dupT = new Float32Array(offset[n]!);
  // Per row, an inverted list from each key the row's tokens can meet to those tokens, so that
  // a cell costs its target tokens plus its matches, not the row's every expanded key (the
  // paragraph level has ~300 expanded keys a row). Only keys found on the target side can be
  // met: the others are left out of the lists. Each key's list is a slice of entryTok
  // (listStart/listEnd), in the order of a linked list built by prepending (latest token
  // first), with the source token's weight beside it.
  // Keys are renumbered densely over those of the target side (tgtDense: each target token's),
  // which keeps the per-key tables small enough to stay in cache.
  const dense = new Int32Array(keyCount).fill(-1);
  const tgtDense = new Int32Array(tgt.tokKey.length);
  let denseCount = 0;
  for (let t = 0; t < tgt.tokKey.length; t++) {
    const key = tgt.tokKey[t]!;
    if (dense[key]! < 0) dense[key] = denseCount++;
    tgtDense[t] = dense[key]!;
  }
  const srcStamp = new Int32Array(denseCount).fill(-1);
  const listStart = new Int32Array(denseCount);
  const listEnd = new Int32Array(denseCount);
  const fill = new Int32Array(denseCount);
  const tgtStamp = new Int32Array(denseCount).fill(-1);
  let maxTokens = 0;
  let maxEntries = 0;
  for (let i = 0; i < n; i++) {
    maxTokens = Math.max(maxTokens, src.tokStart[i + 1]! - src.tokStart[i]!);
    maxEntries = Math.max(
      maxEntries,
      srcKeys.start[src.tokStart[i + 1]!]! - srcKeys.start[src.tokStart[i]!]!,
    );
  }
  const entryTok = new Int32Array(maxEntries);
  const entryWeight = new Float32Array(maxEntries);
  const rowKeys = new Int32Array(maxEntries);
  // Stamp of the cell that last covered each source token of the row; last target segment
  // that met each source token of the current row, and last source segment that met each
  // target token (for the overlaps of neighbouring segments).
  const coveredAt = new Int32Array(maxTokens).fill(-1);
  const lastMetS = new Int32Array(maxTokens);
  const lastMetT = new Int32Array(tgt.tokKey.length).fill(-2);
  // One-to-one claims: the row whose cell last let each target token claim a source token;
  // the stamp of the cell that claimed each source token of the row, and the target segment
  // that last claimed it (for the left neighbour); a per-key cursor into the row's list.
  const claimedByRow = new Int32Array(tgt.tokKey.length).fill(-2);
  const claimedAt = new Int32Array(maxTokens).fill(-1);
  const claimedByCol = new Int32Array(maxTokens);
  const pending = new Int32Array(tgt.count > 0 ? maxTargetTokens(tgt) : 0);
  const claims = new Claims(
    listStart,
    listEnd,
    entryTok,
    claimedAt,
    claimedByCol,
    new Int32Array(denseCount).fill(-1),
    new Int32Array(denseCount),
    new Int32Array(denseCount),
  );
  let stamp = 0;
  for (let i = 0; i < n; i++) {
    const s0 = src.tokStart[i]!;
    const s1 = src.tokStart[i + 1]!;
    if (s0 === s1) continue;
    lastMetS.fill(-2, 0, s1 - s0);
    claimedByCol.fill(-2, 0, s1 - s0);
    // Count each key's entries, lay the lists out, then fill each from its end (latest first).
    let distinct = 0;
    const k0 = srcKeys.start[s0]!;
    const k1 = srcKeys.start[s1]!;
    for (let k = k0; k < k1; k++) {
      const key = dense[srcKeys.keys[k]!]!;
      if (key < 0) continue;
      if (srcStamp[key] !== i) {
        srcStamp[key] = i;
        listEnd[key] = 0;
        rowKeys[distinct++] = key;
      }
      listEnd[key]!++;
    }
    let entries = 0;
    for (let d = 0; d < distinct; d++) {
      const key = rowKeys[d]!;
      listStart[key] = entries;
      entries += listEnd[key]!;
      listEnd[key] = entries;
    }
    for (let d = 0; d < distinct; d++) {
      const key = rowKeys[d]!;
      fill[key] = listEnd[key]!;
    }
    for (let t = s0; t < s1; t++) {
      const ws = src.tokWeight[t]!;
      for (let k = srcKeys.start[t]!; k < srcKeys.start[t + 1]!; k++) {
        const key = dense[srcKeys.keys[k]!]!;
        if (key < 0) continue;
        // Filled from the back: the list reads latest token first.
        const e = --fill[key]!;
        entryTok[e] = t - s0;
        entryWeight[e] = ws;
      }
    }
    const up = i > 0 ? i - 1 : -1;
    for (let j = cLo[i]!; j <= cHi[i]!; j++) {
      const t0 = tgt.tokStart[j]!;
      const t1 = tgt.tokStart[j + 1]!;
      if (t0 === t1) continue;
      stamp++;
      const cell = offset[i]! + j - cLo[i]!;
      const upCell = up >= 0 && j >= cLo[up]! && j <= cHi[up]! ? offset[up]! + j - cLo[up]! : -1;
      const leftCell = j > cLo[i]! ? cell - 1 : -1;
      let ct = 0;
      let cs = 0;
      // The overlaps with the cell above and the cell on the left, summed in single precision
      // as the Float32Array cells they go to (each cell's overlap is summed in this cell only).
      let overlapT = 0;
      let overlapS = 0;
      let pendingCount = 0;
      let contestedS = 0;
      let contestedT = 0;
      for (let t = t0; t < t1; t++) {
        const key = tgtDense[t]!;
        if (srcStamp[key] !== i) continue;
        const w = tgt.tokWeight[t]!;
        ct += w;
        if (upCell >= 0 && lastMetT[t] === up) overlapT = Math.fround(overlapT + w);
        lastMetT[t] = i;
        if (contest) {
          // One-to-one claims: target tokens the row above did not claim first.
          if (up >= 0 && claimedByRow[t] === up) pending[pendingCount++] = t;
          else if (claims.take(key, stamp, j - 1) >= 0) {
            claimedByRow[t] = i;
            if (!claims.fresh && leftCell >= 0) contestedT += w;
          }
        }
        if (tgtStamp[key] === stamp) continue;
        tgtStamp[key] = stamp;
        // Source tokens that can meet this key, each counted once per cell.
        const end = listEnd[key]!;
        for (let e = listStart[key]!; e < end; e++) {
          const x = entryTok[e]!;
          if (coveredAt[x] === stamp) continue;
          coveredAt[x] = stamp;
          const ws = entryWeight[e]!;
          cs += ws;
          if (leftCell >= 0 && lastMetS[x] === j - 1) overlapS = Math.fround(overlapS + ws);
          lastMetS[x] = j;
        }
      }
      covS[cell] = cs;
      covT[cell] = ct;
      if (upCell >= 0) bothT[upCell] = overlapT;
      if (leftCell >= 0) bothS[leftCell] = overlapS;
      if (!contest) continue;
      // Then the target tokens the row above claimed.
      for (let k = 0; k < pendingCount; k++) {
        const t = pending[k]!;
        const x = claims.take(tgtDense[t]!, stamp, j - 1);
        if (x < 0) continue;
        claimedByRow[t] = i;
        contestedS += src.tokWeight[s0 + x]!;
        if (!claims.fresh && leftCell >= 0) contestedT += tgt.tokWeight[t]!;
      }
      if (upCell >= 0) dupS[upCell] = contestedS;
      if (leftCell >= 0) dupT[leftCell] = contestedT;
    }
  }
  // Chance coverage: the mean over the row (column) of the band.
  const bgS = new Float64Array(n);
  const bgT = new Float64Array(m);
  const colCount = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = cLo[i]!; j <= cHi[i]!; j++) {
      const cell = offset[i]! + j - cLo[i]!;
      const s = covS[cell]!;
      const t = covT[cell]!;
      sum += s;
      bgT[j] = bgT[j]! + t;
      colCount[j] = colCount[j]! + 1;
    }
    const count = cHi[i]! - cLo[i]! + 1;
    bgS[i] = count > 0 ? sum / count : 0;
  }
  for (let j = 0; j < m; j++) bgT[j] = colCount[j]! > 0 ? bgT[j]! / colCount[j]! : 0;
  return { cLo, cHi, offset, covS, covT, bothS, bothT, dupS, dupT, bgS, bgT };
}

/**
 * The one-to-one claims of computeCoverage's current row: which source tokens of the row the
 * target tokens of each cell have claimed (claimedAt: the cell's stamp; claimedByCol: the
 * target segment that claimed it last). A class rather than a closure over computeCoverage's
 * tables: a closure would keep every table it reads in a context, which the hot loop then
 * reloads around each call (the claims run once per matching target token).
 */
class Claims {
  /** Whether the last token taken was one the left cell left free (else a contested match). */
  fresh = false;

  constructor(
    private readonly listStart: Int32Array,
    private readonly listEnd: Int32Array,
    private readonly entryTok: Int32Array,
    private readonly claimedAt: Int32Array,
    private readonly claimedByCol: Int32Array,
    private readonly cursorStamp: Int32Array,
    private readonly freshCursor: Int32Array,
    private readonly leftCursor: Int32Array,
  ) {}

  /**
   * Claim for a target token with `key`, in the cell stamped `cellStamp`, a source token of
   * the row: the first in the key's list that target `leftCol` (the left cell) left free if
   * any, else the first it claimed (then `fresh` is false: a contested match). Returns the
   * token, or −1 if none is left. Within a cell an unclaimed token's claimedByCol does not
   * change and claimed tokens stay claimed, so each kind has a cursor per key that only moves
   * forward (a key read by many target tokens, such as an article's renderings, is not
   * scanned again from its start for each of them).
   */
  take(key: number, cellStamp: number, leftCol: number): number {
    const { entryTok, claimedAt, claimedByCol, freshCursor, leftCursor } = this;
    if (this.cursorStamp[key] !== cellStamp) {
      this.cursorStamp[key] = cellStamp;
      freshCursor[key] = this.listStart[key]!;
      leftCursor[key] = this.listStart[key]!;
    }
    const end = this.listEnd[key]!;
    let taken = -1;
    let e = freshCursor[key]!;
    while (e < end) {
      const x = entryTok[e]!;
      if (claimedAt[x] !== cellStamp && claimedByCol[x] !== leftCol) break;
      e++;
    }
    if (e < end) {
      taken = entryTok[e]!;
      this.fresh = true;
      freshCursor[key] = e + 1;
    } else {
      freshCursor[key] = end;
      // No free token is left in the list: the first one still unclaimed in this cell.
      let f = leftCursor[key]!;
      while (f < end && claimedAt[entryTok[f]!] === cellStamp) f++;
      if (f < end) {
        taken = entryTok[f]!;
        this.fresh = false;
        leftCursor[key] = f + 1;
      } else leftCursor[key] = end;
    }
    if (taken >= 0) {
      claimedAt[taken] = cellStamp;
      // Safe to overwrite now: the token is not looked at again in this cell.
      claimedByCol[taken] = leftCol + 1;
    }
    return taken;
  }
}

function maxTargetTokens(tgt: SideFeatures): number {
  let most = 0;
  for (let j = 0; j < tgt.count; j++) most = Math.max(most, tgt.tokStart[j + 1]! - tgt.tokStart[j]!);
  return most;
}

/**
 * Evidence weights above chance (source side, target side) of the bead, and, when `out` has
 * room, the raw covered weight and the total evidence weight of the bead (out[2], out[3]), source [i, i+a) × target [j, j+b). */
export function beadCoverage(
  coverage: Coverage,
  src: SideFeatures,
  tgt: SideFeatures,
  i: number,
  a: number,
  j: number,
  b: number,
  out: Float64Array,
  aboveChance = true,
  expected = 0,
): void {
  const chance = aboveChance ? 1 : 0;
  let cs = 0;
  let ct = 0;
  let raw = 0;
  let total = 0;
  let shortfall = 0;
  for (let r = i; r < i + a; r++) total += src.weight[r]!;
  for (let c = j; c < j + b; c++) total += tgt.weight[c]!;
  if (a > 0 && b > 0) {
    // Chance coverage grows with the size of what a segment is paired with: the words a
    // 15-character headline merged into a bead can meet by chance in a long paragraph are
    // not those of a second paragraph. So a merged side counts as its segments' weight over
    // that of its largest segment (two equal segments: 2, as before; a headline and a
    // paragraph: about 1), not as its number of segments. A 2-1 bead with a headline paid
    // the target's whole chance coverage twice, which lost true merges of short parts.
    const chanceT = a > 1 ? mergedChance(src.weight, i, a) : 1;
    const chanceS = b > 1 ? mergedChance(tgt.weight, j, b) : 1;
    // Per target segment, the sum over source segments less the overlaps of neighbours
    // (the union for two segments; for three, the triple overlap is left out), capped at
    // the segment's weight.
    const colSum = COL_SUM;
    colSum.fill(0);
    // Matches of each merged segment that a neighbour contests (dupS, dupT): what is left
    // is the evidence that this segment itself belongs to the bead. Read by the shortfall
    // only; the bead's evidence cs/ct keeps them (taken out of it, the sentence level lost
    // merges whose parts repeat a word that the translation renders once).
    const colContest = COL_CONTEST;
    colContest.fill(0);
    let contested = 0;
    for (let r = i; r < i + a; r++) {
      const fromAbove = contested;
      contested = 0;
      let rowSum = 0;
      const lo = coverage.cLo[r]!;
      const hi = coverage.cHi[r]!;
      const base = coverage.offset[r]! - lo;
      for (let c = j; c < j + b; c++) {
        if (c < lo || c > hi) continue;
        rowSum += coverage.covS[base + c]!;
        if (c + 1 < j + b && c + 1 <= hi) {
          rowSum -= coverage.bothS[base + c]!;
          colContest[c - j]! += coverage.dupT[base + c]!;
          colContest[c + 1 - j]! += coverage.dupT[base + c]!;
        }
        colSum[c - j]! += coverage.covT[base + c]!;
        if (r + 1 < i + a) {
          colSum[c - j]! -= coverage.bothT[base + c]!;
          contested += coverage.dupS[base + c]!;
        }
      }
      const capped = Math.min(rowSum, src.weight[r]!);
      raw += capped;
      cs += capped - chance * chanceS * coverage.bgS[r]!;
      if (a > 1) shortfall += Math.max(0, expected * src.weight[r]! - (capped - fromAbove - contested));
    }
    for (let c = 0; c < b; c++) {
      const capped = Math.min(colSum[c]!, tgt.weight[j + c]!);
      raw += capped;
      ct += capped - chance * chanceT * coverage.bgT[j + c]!;
      if (b > 1) shortfall += Math.max(0, expected * tgt.weight[j + c]! - (capped - colContest[c]!));
    }
  }
  out[0] = cs;
  out[1] = ct;
  if (out.length > 4) {
    out[2] = raw;
    out[3] = total;
    out[4] = shortfall;
  }
}

// Scratch rows of beadCoverage (one per column of a bead, MAX_BEAD_SIDE at most; reused, as
// the DP calls it for every cell and shape: two small arrays a call were much of the garbage).
const COL_SUM = new Float64Array(MAX_BEAD_SIDE);
const COL_CONTEST = new Float64Array(MAX_BEAD_SIDE);

/** Weight of segments [from, from+count) over that of the largest of them (count if all are empty). */
function mergedChance(weight: Float64Array, from: number, count: number): number {
  let sum = 0;
  let most = 0;
  for (let k = from; k < from + count; k++) {
    sum += weight[k]!;
    most = Math.max(most, weight[k]!);
  }
  return most > 0 ? sum / most : count;
}

/** Mean and standard deviation of pair similarity over all pairs stored in a coverage. */
export function similarityBackground(
  coverage: Coverage,
  src: SideFeatures,
  tgt: SideFeatures,
): { mean: number; sd: number } {
  let count = 0;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < src.count; i++) {
    for (let j = coverage.cLo[i]!; j <= coverage.cHi[i]!; j++) {
      const cell = coverage.offset[i]! + j - coverage.cLo[i]!;
      const total = src.weight[i]! + tgt.weight[j]!;
      const sim = total > 0 ? (coverage.covS[cell]! + coverage.covT[cell]!) / total : 0;
      count++;
      sum += sim;
      sum2 += sim * sim;
    }
  }
  const mean = sum / Math.max(1, count);
  return { mean, sd: Math.sqrt(Math.max(1e-6, sum2 / Math.max(1, count) - mean * mean)) };
}

/**
 * Share of segments with real evidence: the smaller, over the two sides, of the share of
 * segments that have some pair whose similarity stands `minZ` robust standard deviations
 * (1.4826 · median absolute deviation) above the median of all stored pairs and covers at
 * least `minEvidence` weight. Median and MAD, not mean and sd, because in a short
 * translation the true pairs are a large share of all pairs and would raise the background.
 * High for translations (almost every segment has a clear counterpart), low for texts that
 * only share a topic.
 */
export function evidenceShare(
  coverage: Coverage,
  src: SideFeatures,
  tgt: SideFeatures,
  minZ: number,
  minEvidence: number,
): number {
  if (src.count === 0 || tgt.count === 0) return 0;
  const sims: number[] = [];
  const simAt = (i: number, j: number, cell: number) => {
    const total = src.weight[i]! + tgt.weight[j]!;
    return total > 0 ? (coverage.covS[cell]! + coverage.covT[cell]!) / total : 0;
  };
  const stride = Math.max(1, Math.floor(coverage.covS.length / 100_000));
  let k = 0;
  for (let i = 0; i < src.count; i++) {
    for (let j = coverage.cLo[i]!; j <= coverage.cHi[i]!; j++, k++) {
      if (k % stride === 0) sims.push(simAt(i, j, coverage.offset[i]! + j - coverage.cLo[i]!));
    }
  }
  const median = medianOf(sims);
  const spread = Math.max(0.01, 1.4826 * medianOf(sims.map((x) => Math.abs(x - median))));
  const rowHas = new Uint8Array(src.count);
  const colHas = new Uint8Array(tgt.count);
  for (let i = 0; i < src.count; i++) {
    for (let j = coverage.cLo[i]!; j <= coverage.cHi[i]!; j++) {
      const cell = coverage.offset[i]! + j - coverage.cLo[i]!;
      if (coverage.covS[cell]! + coverage.covT[cell]! < minEvidence) continue;
      if ((simAt(i, j, cell) - median) / spread >= minZ) {
        rowHas[i] = 1;
        colHas[j] = 1;
      }
    }
  }
  const rows = rowHas.reduce((a, b) => a + b, 0) / src.count;
  const cols = colHas.reduce((a, b) => a + b, 0) / tgt.count;
  return Math.min(rows, cols);
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
