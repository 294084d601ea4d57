/**
 * The pivot part of scripts/build-lexicons.ts: which Debian packages feed which route, loading
 * them, selecting French–English pairs (scripts/lib/pivot-lexicon.ts), dropping curated false
 * friends, and the licence text of everything used.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  DEFAULT_PIVOT_OPTIONS,
  type PivotCandidate,
  type PivotPair,
  type PivotRoute,
  pivotCandidates,
  selectPivotPairs,
} from './pivot-lexicon.ts';
import {
  apertiumPairs,
  freedictEdition,
  freedictPairs,
  requireLtPrint,
  type Unpacked,
  unpack,
} from './pivot-sources.ts';

/** What the build needs from the pivot step. */
export interface PivotLexicon {
  /** Selected pairs, English first (`sale`, `vente`), false friends removed. */
  readonly pairs: readonly [string, string][];
  /** The same pairs with the French part of speech, for inflection (`fr`, `en` order). */
  readonly records: readonly { readonly pos: string | undefined; readonly pairs: [string, string][] }[];
  /** One line per package used (name, version, licence). */
  readonly sources: readonly string[];
  /** Copyright files of every package used, for LICENSE-pivot.txt. */
  readonly licenceText: string;
  /** Figures for the README. */
  readonly stats: {
    readonly candidates: number;
    readonly selected: number;
    readonly falseFriends: number;
    readonly byRoutes: readonly [number, number][];
    readonly unambiguousOnly: number;
    readonly routes: readonly { name: string; fr: number; en: number }[];
  };
}

interface FalseFriend {
  readonly en: string;
  readonly falseFriend: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Predicate true for (en, fr) pairs that data/false-friends lists as faux amis. */
function falseFriendFilter(path: string): (en: string, fr: string) => boolean {
  if (!existsSync(path)) return () => false;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { entries: FalseFriend[] };
  const rules = data.entries.map((e) => ({
    en: new RegExp(`^(?:${e.en})$`, 'u'),
    fr: new RegExp(`^(?:${e.falseFriend})$`, 'u'),
  }));
  return (en, fr) => rules.some((r) => r.en.test(en) && r.fr.test(fold(fr)));
}

/** Where a route's pairs come from: a package and a file or database in it. */
interface Feed {
  readonly pkg: string;
  /** Apertium: the `.autobil.bin` file; FreeDict: the dictd database name. */
  readonly file: string;
  /** Apertium: the side of the French/English word; FreeDict: whether the headword is it. */
  readonly side: 'left' | 'right' | 'word' | 'pivot';
}

interface RouteSpec {
  readonly name: string;
  readonly mt: boolean;
  readonly fr: readonly Feed[];
  readonly en: readonly Feed[];
}

const ap = (pkg: string, file: string, side: 'left' | 'right'): Feed => ({ pkg, file, side });
const fd = (pair: string, side: 'word' | 'pivot'): Feed => ({
  pkg: `dict-freedict-${pair}`,
  file: `freedict-${pair}`,
  side,
});

/**
 * The routes. Apertium ships each direction compiled separately (entries restricted to one
 * direction appear in one file only): both are read. Left out on purpose: apertium-eo-en
 * (GPL-2 only, which cannot be combined with the GPL-3+ sources) and dict-freedict-eng-pol
 * (GPL-3+ and GFDL).
 */
export const ROUTES: readonly RouteSpec[] = [
  {
    name: 'apertium-spa',
    mt: true,
    fr: [
      ap('apertium-fr-es', 'fr-es.autobil.bin', 'left'),
      ap('apertium-fr-es', 'es-fr.autobil.bin', 'right'),
    ],
    en: [
      ap('apertium-eng-spa', 'eng-spa.autobil.bin', 'left'),
      ap('apertium-eng-spa', 'spa-eng.autobil.bin', 'right'),
    ],
  },
  {
    name: 'apertium-cat',
    mt: true,
    fr: [
      ap('apertium-fra-cat', 'fra-cat.autobil.bin', 'left'),
      ap('apertium-fra-cat', 'cat-fra.autobil.bin', 'right'),
    ],
    en: [
      ap('apertium-eng-cat', 'eng-cat.autobil.bin', 'left'),
      ap('apertium-eng-cat', 'cat-eng.autobil.bin', 'right'),
    ],
  },
  {
    name: 'freedict-deu',
    mt: false,
    fr: [fd('fra-deu', 'word'), fd('deu-fra', 'pivot')],
    en: [fd('deu-eng', 'pivot'), fd('eng-deu', 'word')],
  },
  {
    name: 'freedict-spa',
    mt: false,
    fr: [fd('fra-spa', 'word')],
    en: [fd('spa-eng', 'pivot'), fd('eng-spa', 'word')],
  },
  {
    name: 'freedict-ita',
    mt: false,
    fr: [fd('fra-ita', 'word')],
    en: [fd('ita-eng', 'pivot'), fd('eng-ita', 'word')],
  },
  {
    name: 'freedict-nld',
    mt: false,
    fr: [fd('fra-nld', 'word')],
    en: [fd('nld-eng', 'pivot'), fd('eng-nld', 'word')],
  },
  {
    name: 'freedict-por',
    mt: false,
    fr: [fd('fra-por', 'word')],
    en: [fd('por-eng', 'pivot'), fd('eng-por', 'word')],
  },
  {
    name: 'freedict-swe',
    mt: false,
    fr: [fd('fra-swe', 'word')],
    en: [fd('swe-eng', 'pivot'), fd('eng-swe', 'word')],
  },
  { name: 'freedict-pol', mt: false, fr: [fd('fra-pol', 'word')], en: [fd('pol-eng', 'pivot')] },
];

/**
 * The licence of a package's data, from its machine-readable copyright file: the stanza of
 * `Files: <pair>/*` for FreeDict (one package ships one dictionary), else `Files: *`.
 */
export function dataLicence(copyright: string, pair: string | undefined): string {
  let fallback = 'unknown';
  for (const stanza of copyright.split(/\n\s*\n/)) {
    const files = /^Files:\s*(.+)$/m.exec(stanza)?.[1]?.trim();
    const licence = /^License:\s*(.+)$/m.exec(stanza)?.[1]?.trim();
    if (files === undefined || licence === undefined) continue;
    if (pair !== undefined && files.split(/\s+/).includes(`${pair}/*`)) return licence;
    if (files === '*') fallback = licence;
  }
  return fallback;
}

/** Load every pivot dictionary, select pairs, and describe the sources. */
export function loadPivotLexicon(
  debs: string | undefined,
  tmp: string,
  falseFriendsPath: string,
): PivotLexicon {
  requireLtPrint();
  const packages = new Map<string, Unpacked>();
  const get = (name: string): Unpacked => {
    let u = packages.get(name);
    if (!u) {
      u = unpack(name, debs, tmp);
      packages.set(name, u);
    }
    return u;
  };
  const read = (feed: Feed): PivotPair[] =>
    feed.side === 'left' || feed.side === 'right'
      ? apertiumPairs(get(feed.pkg), feed.file, feed.side)
      : freedictPairs(get(feed.pkg), feed.file, feed.side);
  const routes: PivotRoute[] = ROUTES.map((r) => ({
    name: r.name,
    mtDictionaries: r.mt,
    fr: r.fr.flatMap(read),
    en: r.en.flatMap(read),
  }));
  const used = [...packages.values()]
    .sort((a, b) => (a.pkg < b.pkg ? -1 : 1))
    .map((pkg) => {
      const pair = pkg.pkg.startsWith('dict-freedict-') ? pkg.pkg.replace('dict-freedict-', '') : undefined;
      const what =
        pair === undefined
          ? 'Apertium'
          : `FreeDict ${pair} edition ${freedictEdition(pkg, `freedict-${pair}`)}`;
      return { pkg, what, licence: dataLicence(pkg.copyright, pair) };
    });

  const candidates = pivotCandidates(routes);
  const selected = selectPivotPairs(candidates, DEFAULT_PIVOT_OPTIONS);
  const isFalseFriend = falseFriendFilter(falseFriendsPath);
  const kept: PivotCandidate[] = selected.filter((c) => !isFalseFriend(c.en, c.fr));

  const byRoutes = new Map<number, number>();
  for (const c of kept) byRoutes.set(c.routes.length, (byRoutes.get(c.routes.length) ?? 0) + 1);
  const rule = '='.repeat(72);
  return {
    pairs: kept.map((c) => [c.en, c.fr]),
    records: kept.map((c) => ({ pos: c.pos, pairs: [[c.fr, c.en]] })),
    sources: used.map(({ pkg, what, licence }) => `Debian ${pkg.pkg} ${pkg.version} (${what}, ${licence})`),
    licenceText:
      'Copyright files of the Debian packages from which the pivot pairs of en-fr.tsv / fr-en.tsv\n' +
      'are derived (scripts/lib/pivot-build.ts). Licence of the data used from each:\n' +
      used.map(({ pkg, licence }) => `  ${pkg.pkg} ${pkg.version}: ${licence}\n`).join('') +
      '\n' +
      used.map(({ pkg }) => `${rule}\n${pkg.pkg} ${pkg.version}\n${rule}\n\n${pkg.copyright}`).join('\n\n'),
    stats: {
      candidates: candidates.length,
      selected: selected.length,
      falseFriends: selected.length - kept.length,
      byRoutes: [...byRoutes].sort((a, b) => a[0] - b[0]),
      unambiguousOnly: kept.filter((c) => c.routes.length < DEFAULT_PIVOT_OPTIONS.minRoutes).length,
      routes: routes.map((r) => ({ name: r.name, fr: r.fr.length, en: r.en.length })),
    },
  };
}
