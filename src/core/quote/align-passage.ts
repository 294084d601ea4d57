/**
 * Word alignment of a rendering (French) with a candidate source passage (English) by
 * competitive linking (Melamed 2000): every possible link is scored, the strongest are taken
 * first, and each word links at most once. Position only breaks ties. The result carries the
 * coverage of both sides, from which the calibrated score and the verdict are computed.
 */
import type { PassageToken } from './passage-tokens.ts';
import type { WordLink } from './quotation.ts';
import type { WordMatcher } from './word-matcher.ts';

/** One accepted link between token indexes. */
export interface TokenLink {
  readonly t: number;
  readonly s: number;
  readonly by: WordLink['by'];
  readonly strength: number;
}

/** The alignment of a rendering with a passage and its coverage figures. */
export interface PassageAlignment {
  readonly links: readonly TokenLink[];
  /** Index of the source token linked to each target token, or -1. */
  readonly targetLink: readonly number[];
  readonly sourceLink: readonly number[];
  /** Weighted share of the rendering's words that have a counterpart (in [0, 1]). */
  readonly targetCoverage: number;
  /** Weighted share of the source's words that have a counterpart. */
  readonly sourceCoverage: number;
  /** Links between content words (numbers, names, lexical words). */
  readonly contentLinks: number;
  /** log of (source content weight + 1) / (target content weight + 1). */
  readonly lengthRatio: number;
  /** Sum of the idf of the linked source content words (absolute lexical evidence). */
  readonly linkedIdf: number;
  /** Share of the source's content idf that is linked. */
  readonly idfCoverage: number;
  /** Share of pairs of content links in the same order on both sides (1 = monotone). */
  readonly monotonicity: number;
  /**
   * Share of the rendering's content idf that is linked, each word weighted by the rarity of its
   * evidence in the sources (SourceIndex.evidenceIdf); the other direction of idfCoverage. 0 when
   * no weights were given.
   */
  readonly targetIdfCoverage: number;
  /** Numbers linked, and numbers of the rendering left without a counterpart. */
  readonly numberLinks: number;
  readonly lonelyNumbers: number;
  /** Names (capitalised words, acronyms) of the rendering linked. */
  readonly nameLinks: number;
}

const contentWeight = (tokens: readonly PassageToken[]) =>
  tokens.reduce((sum, t) => sum + (t.fn ? 0 : t.weight), 0);

/** Align target (rendering) tokens with source tokens. */
export function alignPassage(
  target: readonly PassageToken[],
  source: readonly PassageToken[],
  matcher: WordMatcher,
  targetIdf?: readonly number[],
): PassageAlignment {
  const candidates: { t: number; s: number; by: WordLink['by']; strength: number; rank: number }[] = [];
  const n = Math.max(1, target.length);
  const m = Math.max(1, source.length);
  for (let t = 0; t < target.length; t++) {
    const f = target[t]!;
    const matchF = matcher.rowOf(f);
    for (let s = 0; s < source.length; s++) {
      const e = source[s]!;
      const match = matchF(e);
      if (!match) continue;
      // Content links first; nearness of relative position breaks ties.
      const drift = Math.abs(t / n - s / m);
      const rank = match.strength * (f.fn || e.fn ? 0.3 : 1) - 0.2 * drift;
      candidates.push({ t, s, by: match.by, strength: match.strength, rank });
    }
    // A rendering of several words links where the source holds the whole phrase.
    for (const s of matcher.phrasalMatches(f, source)) {
      const drift = Math.abs(t / n - s / m);
      candidates.push({ t, s, by: 'lexicon', strength: 0.9, rank: 0.9 - 0.2 * drift });
    }
  }
  candidates.sort((a, b) => b.rank - a.rank);
  const targetLink = new Array<number>(target.length).fill(-1);
  const sourceLink = new Array<number>(source.length).fill(-1);
  const links: TokenLink[] = [];
  for (const c of candidates) {
    if (targetLink[c.t] !== -1 || sourceLink[c.s] !== -1) continue;
    targetLink[c.t] = c.s;
    sourceLink[c.s] = c.t;
    links.push({ t: c.t, s: c.s, by: c.by, strength: c.strength });
  }
  links.sort((a, b) => a.t - b.t);
  let tCovered = 0;
  let sCovered = 0;
  let contentLinks = 0;
  for (const link of links) {
    tCovered += target[link.t]!.weight * link.strength;
    sCovered += source[link.s]!.weight * link.strength;
    if (!target[link.t]!.fn && !source[link.s]!.fn) contentLinks++;
  }
  let linkedIdf = 0;
  let totalIdf = 0;
  for (const token of source) if (!token.fn) totalIdf += token.idf ?? 0;
  const content = links.filter((l) => !target[l.t]!.fn && !source[l.s]!.fn);
  for (const link of content) linkedIdf += (source[link.s]!.idf ?? 0) * link.strength;
  // Concordant pairs among content links (Kendall's tau, rescaled to [0, 1]).
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < content.length; i++)
    for (let j = i + 1; j < content.length; j++) {
      pairs++;
      if (content[j]!.s > content[i]!.s) concordant++;
    }
  let targetIdfTotal = 0;
  let targetIdfLinked = 0;
  let numberLinks = 0;
  let lonelyNumbers = 0;
  let nameLinks = 0;
  for (let t = 0; t < target.length; t++) {
    const token = target[t]!;
    if (token.fn) continue;
    const linked = targetLink[t] !== -1 && !source[targetLink[t]!]!.fn;
    const idf = targetIdf?.[t] ?? 0;
    targetIdfTotal += idf;
    if (linked) targetIdfLinked += idf;
    if (token.value !== null) {
      if (linked) numberLinks++;
      else lonelyNumbers++;
    } else if (token.name && linked) nameLinks++;
  }
  const tTotal = target.reduce((sum, t) => sum + t.weight, 0);
  const sTotal = source.reduce((sum, t) => sum + t.weight, 0);
  return {
    links,
    targetLink,
    sourceLink,
    targetCoverage: tTotal > 0 ? tCovered / tTotal : 0,
    sourceCoverage: sTotal > 0 ? sCovered / sTotal : 0,
    contentLinks,
    lengthRatio: Math.log((contentWeight(source) + 1) / (contentWeight(target) + 1)),
    linkedIdf,
    idfCoverage: totalIdf > 0 ? linkedIdf / totalIdf : 0,
    monotonicity: pairs > 0 ? concordant / pairs : 0.5,
    targetIdfCoverage: targetIdfTotal > 0 ? targetIdfLinked / targetIdfTotal : 0,
    numberLinks,
    lonelyNumbers,
    nameLinks,
  };
}
