/**
 * French–English word pairs induced through pivot languages (Spanish, Catalan, German, Italian)
 * from dictionaries that each pair one of the two languages with the pivot.
 *
 * Pivoting is noisy: a polysemous pivot word joins every sense of its French translations to
 * every sense of its English ones (`fr → es → en` explodes). The filters are the standard ones
 * of the pivot-lexicon literature:
 * - parts of speech must agree along the path (Apertium tags, FreeDict headers);
 * - inverse consultation (Tanaka & Umemura 1994), across languages: a pair is kept when
 *   independent pivot dictionaries join it, i.e. at least two routes (Apertium through Spanish,
 *   Apertium through Catalan, FreeDict through German, Spanish, Italian). Two pivot words of
 *   one route are not independent enough: German compounds and synonyms share their senses
 *   (measured against the FreeDict pairs: 16 % agree for such pairs, 70 % for two routes);
 * - a single path is kept only when it is unambiguous both ways (the pivot word has one French
 *   and one English rendering, and these have it as their only pivot) in a dictionary written
 *   for machine translation (Apertium), whose renderings are one-to-one by design;
 * - translations are ranked by their number of routes and paths and capped per word, both
 *   directions.
 */

/** Coarse part of speech shared by all sources; undefined when a source does not say. */
export type Pos = 'n' | 'v' | 'adj' | 'adv' | 'pr' | 'prn' | 'det' | 'cnj' | 'np' | 'num' | 'ij' | 'other';

/** One dictionary pair between a language (French or English) and a pivot language. */
export interface PivotPair {
  /** The French or English word. */
  readonly word: string;
  readonly pivot: string;
  readonly pos: Pos | undefined;
}

/** A pivot dictionary pair-up: French–pivot and English–pivot pairs from sources of one kind. */
export interface PivotRoute {
  /** Name, for statistics (`apertium-spa`). */
  readonly name: string;
  /** Whether the sources are machine-translation dictionaries (one rendering per sense). */
  readonly mtDictionaries: boolean;
  readonly fr: readonly PivotPair[];
  readonly en: readonly PivotPair[];
}

/** A French–English pair with its evidence. */
export interface PivotCandidate {
  readonly fr: string;
  readonly en: string;
  /** Number of distinct (route, pivot word) paths joining the two words. */
  readonly paths: number;
  /** Routes that join them. */
  readonly routes: readonly string[];
  /** Whether a single, unambiguous machine-translation path joins them. */
  readonly unambiguous: boolean;
  /** Part of speech of the French word along the paths, when the sources say. */
  readonly pos: Pos | undefined;
}

export interface PivotOptions {
  /** Routes needed for a pair with no unambiguous path (2: inverse consultation). */
  readonly minRoutes: number;
  /** Keep single unambiguous paths of machine-translation dictionaries. */
  readonly keepUnambiguous: boolean;
  /** At most this many translations per French word and per English word. */
  readonly maxPerWord: number;
}

export const DEFAULT_PIVOT_OPTIONS: PivotOptions = { minRoutes: 2, keepUnambiguous: true, maxPerWord: 5 };

/** Map an Apertium tag list (`n`, `f` / `vblex` …) to a coarse part of speech. */
export function apertiumPos(tags: readonly string[]): Pos | undefined {
  const t = tags[0];
  if (t === undefined) return undefined;
  if (t === 'n') return 'n';
  if (t === 'np') return 'np';
  if (t === 'adj') return 'adj';
  if (/^(vblex|vbser|vbhaver|vbmod|vaux|vbdo)$/.test(t)) return 'v';
  if (t === 'adv' || t === 'preadv') return 'adv';
  if (t === 'pr') return 'pr';
  if (t === 'prn') return 'prn';
  if (t === 'det' || t === 'predet') return 'det';
  if (/^cnj/.test(t)) return 'cnj';
  if (t === 'num') return 'num';
  if (t === 'ij') return 'ij';
  return 'other';
}

/** Map a FreeDict header part of speech (`n, masc`, `v, trans`, `pn` …) to a coarse one. */
export function freedictPos(pos: string | undefined): Pos | undefined {
  if (pos === undefined) return undefined;
  const parts = pos.split(/\s*,\s*/);
  const has = (p: string) => parts.includes(p);
  if (has('pn')) return 'np';
  if (has('n') || has('masc') || has('fem') || has('neut') || has('pl')) return 'n';
  if (has('v')) return 'v';
  if (has('adj')) return 'adj';
  if (has('adv')) return 'adv';
  if (has('prep')) return 'pr';
  if (has('conj')) return 'cnj';
  if (has('pron')) return 'prn';
  if (has('num')) return 'num';
  if (has('art')) return 'det';
  if (has('interj') || has('int')) return 'ij';
  return undefined;
}

function compatible(a: Pos | undefined, b: Pos | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

const WORD = /^\p{L}[\p{L}\p{M}' -]*$/u;

/** Whether a lemma is worth pairing: letters, at most four words, not a proper noun. */
function usable(p: PivotPair): boolean {
  return p.pos !== 'np' && WORD.test(p.word) && WORD.test(p.pivot) && p.word.split(' ').length <= 4;
}

/** Index pairs by one of their fields, deduplicated by word, pivot and POS. */
function index(pairs: readonly PivotPair[], key: (p: PivotPair) => string): Map<string, PivotPair[]> {
  const out = new Map<string, PivotPair[]>();
  const seen = new Set<string>();
  for (const p of pairs) {
    if (!usable(p)) continue;
    const id = `${p.word}\t${p.pivot}\t${p.pos ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const k = key(p);
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

function distinct(list: readonly PivotPair[], field: 'word' | 'pivot'): number {
  return new Set(list.map((p) => p[field])).size;
}

/** Every French–English candidate joined through at least one route, with its evidence. */
export function pivotCandidates(routes: readonly PivotRoute[]): PivotCandidate[] {
  const byPair = new Map<
    string,
    { paths: Set<string>; routes: Set<string>; unambiguous: boolean; pos: Pos | undefined }
  >();
  for (const route of routes) {
    const frByPivot = index(route.fr, (p) => p.pivot);
    const enByPivot = index(route.en, (p) => p.pivot);
    const frByWord = index(route.fr, (p) => p.word);
    const enByWord = index(route.en, (p) => p.word);
    for (const [pivot, frs] of frByPivot) {
      const ens = enByPivot.get(pivot);
      if (!ens) continue;
      // One French and one English rendering of the pivot, each having only this pivot.
      const oneToOne =
        route.mtDictionaries &&
        distinct(frs, 'word') === 1 &&
        distinct(ens, 'word') === 1 &&
        distinct(frByWord.get(frs[0]?.word ?? '') ?? [], 'pivot') === 1 &&
        distinct(enByWord.get(ens[0]?.word ?? '') ?? [], 'pivot') === 1;
      for (const f of frs) {
        for (const e of ens) {
          if (!compatible(f.pos, e.pos)) continue;
          const key = `${f.word}\t${e.word}`;
          let c = byPair.get(key);
          if (!c) {
            c = { paths: new Set(), routes: new Set(), unambiguous: false, pos: undefined };
            byPair.set(key, c);
          }
          c.paths.add(`${route.name}\t${pivot}`);
          c.routes.add(route.name);
          if (oneToOne) c.unambiguous = true;
          c.pos ??= f.pos ?? e.pos;
        }
      }
    }
  }
  const out: PivotCandidate[] = [];
  for (const [key, c] of byPair) {
    const [fr = '', en = ''] = key.split('\t');
    const routes = [...c.routes].sort();
    out.push({ fr, en, paths: c.paths.size, routes, unambiguous: c.unambiguous, pos: c.pos });
  }
  return out;
}

/** Rank: more routes first, then more paths, then unambiguous, then alphabetical (deterministic). */
function rank(a: PivotCandidate, b: PivotCandidate): number {
  return (
    b.routes.length - a.routes.length ||
    b.paths - a.paths ||
    Number(b.unambiguous) - Number(a.unambiguous) ||
    (a.fr < b.fr ? -1 : a.fr > b.fr ? 1 : 0) ||
    (a.en < b.en ? -1 : a.en > b.en ? 1 : 0)
  );
}

/** The candidates that pass the filters, capped per word in both directions, in rank order. */
export function selectPivotPairs(
  candidates: readonly PivotCandidate[],
  options: PivotOptions = DEFAULT_PIVOT_OPTIONS,
): PivotCandidate[] {
  const kept = candidates
    .filter((c) => c.routes.length >= options.minRoutes || (options.keepUnambiguous && c.unambiguous))
    .sort(rank);
  const perFr = new Map<string, number>();
  const perEn = new Map<string, number>();
  const out: PivotCandidate[] = [];
  for (const c of kept) {
    const nf = perFr.get(c.fr) ?? 0;
    const ne = perEn.get(c.en) ?? 0;
    if (nf >= options.maxPerWord || ne >= options.maxPerWord) continue;
    perFr.set(c.fr, nf + 1);
    perEn.set(c.en, ne + 1);
    out.push(c);
  }
  return out;
}
