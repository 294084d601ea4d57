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

/** The pivot pairs of one licence family, and what the build writes about them. */
export interface PivotFamily {
  readonly family: LicenceFamily;
  /** Names of the routes whose feeds all fit the family. */
  readonly routes: readonly string[];
  /** Selected pairs, English first (`sale`, `vente`), false friends removed. */
  readonly pairs: readonly [string, string][];
  /** The same pairs with the French part of speech, for inflection (`fr`, `en` order). */
  readonly records: readonly { readonly pos: string | undefined; readonly pairs: [string, string][] }[];
  /** One line per package used (name, version, licence). */
  readonly sources: readonly string[];
  /** Copyright files of every package used, for LICENSE-pivot-<family>.txt. */
  readonly licenceText: string;
  /** Figures for the README. */
  readonly stats: {
    readonly candidates: number;
    readonly selected: number;
    readonly falseFriends: number;
    readonly byRoutes: readonly [number, number][];
    readonly unambiguousOnly: number;
  };
}

/** What the build needs from the pivot step. */
export interface PivotLexicon {
  /** One entry per licence family that has at least one route. */
  readonly families: readonly PivotFamily[];
  /** Every route: the licences of its feeds, the families it fits, pairs read per side. */
  readonly routes: readonly {
    readonly name: string;
    readonly licences: readonly string[];
    readonly families: readonly string[];
    readonly fr: number;
    readonly en: number;
  }[];
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
 * direction appear in one file only): both are read when both are shipped. Every feed of a route
 * must fit one licence family (see FAMILIES), since a pair joined through a pivot word derives
 * from both dictionaries. Left out on purpose: FreeDict's German, Spanish, Italian, Portuguese and
 * Swedish routes (their French side is WikDict, CC-BY-SA-3.0, their English side GPL, which no
 * family can hold), dict-freedict-eng-pol (GPL-3+ and GFDL), and the Esperanto pair
 * apertium-eo-fr + apertium-eo-en (GPL-2+ / GPL-2: it would fit the GPL-2 family, but enumerating
 * its transducers' paths ran past 5 GB within a minute; optional tags multiply the paths).
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
    name: 'freedict-nld',
    mt: false,
    fr: [fd('fra-nld', 'word'), fd('nld-fra', 'pivot')],
    en: [fd('nld-eng', 'pivot'), fd('eng-nld', 'word')],
  },
  {
    name: 'wikdict-pol',
    mt: false,
    fr: [fd('fra-pol', 'word'), fd('pol-fra', 'pivot')],
    en: [fd('pol-eng', 'pivot')],
  },
  {
    name: 'wikdict-fin',
    mt: false,
    fr: [fd('fra-fin', 'word'), fd('fin-fra', 'pivot')],
    en: [fd('fin-eng', 'pivot'), fd('eng-fin', 'word')],
  },
  {
    name: 'wikdict-ell',
    mt: false,
    fr: [fd('fra-ell', 'word'), fd('ell-fra', 'pivot')],
    en: [fd('ell-eng', 'pivot')],
  },
  { name: 'wikdict-bul', mt: false, fr: [fd('fra-bul', 'word')], en: [fd('eng-bul', 'word')] },
  {
    name: 'freedict-jpn',
    mt: false,
    fr: [fd('fra-jpn', 'word'), fd('jpn-fra', 'pivot')],
    en: [fd('jpn-eng', 'pivot'), fd('eng-jpn', 'word')],
  },
];

/** A licence family: the data licences one output file may combine, and that file's licence. */
export interface LicenceFamily {
  /** File-name part (`en-fr.pivot-<name>.tsv`). */
  readonly name: string;
  /** Licence of the file built from them. */
  readonly licence: string;
  /** Data licences (Debian short names) the file may derive from. */
  readonly accepts: readonly string[];
  /** Why these combine. */
  readonly why: string;
}

/**
 * The families. GPL-2-only and GPL-3+ data cannot be combined into one work, nor either with
 * CC-BY-SA-3.0 (CC's one-way compatibility with the GPL-3 covers BY-SA 4.0 only), so each family
 * is built and shipped as its own file: the loaders merge the files at run time, each file
 * staying distributable under its own terms. GPL-2+ data fits both GPL families.
 */
export const FAMILIES: readonly LicenceFamily[] = [
  {
    name: 'gpl-3',
    licence: 'GPL-3+',
    accepts: ['GPL-3+', 'GPL-2+'],
    why: 'GPL-2+ data is used under the GPL-3, which GPL-3+ data requires',
  },
  {
    name: 'gpl-2',
    licence: 'GPL-2',
    accepts: ['GPL-2', 'GPL-2+'],
    why: 'GPL-2+ data is used under the GPL-2, which GPL-2-only data requires',
  },
  { name: 'cc-by-sa', licence: 'CC-BY-SA-3.0', accepts: ['CC-BY-SA-3.0'], why: 'one licence' },
];

/** The families whose accepted licences cover every licence given (none for a mixed route). */
export function familiesOf(licences: readonly string[]): LicenceFamily[] {
  return FAMILIES.filter((f) => licences.every((l) => f.accepts.includes(l)));
}

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

/**
 * Load every pivot dictionary and, for each licence family, select pairs using only the routes
 * that fit it (a pair two routes of different families join is kept only if one family's routes
 * alone keep it), and describe the sources.
 */
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
  const freedictPair = (pkg: string): string | undefined =>
    pkg.startsWith('dict-freedict-') ? pkg.replace('dict-freedict-', '') : undefined;
  const licenceOf = (pkg: string): string => dataLicence(get(pkg).copyright, freedictPair(pkg));
  const loaded = ROUTES.map((r) => {
    const route: PivotRoute = {
      name: r.name,
      mtDictionaries: r.mt,
      fr: r.fr.flatMap(read),
      en: r.en.flatMap(read),
    };
    const pkgs = [...new Set([...r.fr, ...r.en].map((f) => f.pkg))].sort();
    const licences = [...new Set(pkgs.map(licenceOf))].sort();
    const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    console.error(
      `route ${r.name}: ${route.fr.length} French / ${route.en.length} English pairs (${licences.join(' + ')}; heap ${heap} MB)`,
    );
    return { route, pkgs, licences, families: familiesOf(licences).map((f) => f.name) };
  });
  const describe = (pkg: Unpacked): string => {
    const pair = freedictPair(pkg.pkg);
    const what =
      pair === undefined
        ? 'Apertium'
        : `FreeDict ${pair} edition ${freedictEdition(pkg, `freedict-${pair}`)}`;
    return `Debian ${pkg.pkg} ${pkg.version} (${what}, ${licenceOf(pkg.pkg)})`;
  };
  const isFalseFriend = falseFriendFilter(falseFriendsPath);
  const rule = '='.repeat(72);

  const families: PivotFamily[] = [];
  for (const family of FAMILIES) {
    const members = loaded.filter((l) => l.families.includes(family.name));
    if (members.length === 0) continue;
    const candidates = pivotCandidates(members.map((m) => m.route));
    console.error(
      `family ${family.name}: ${candidates.length} candidates from ${members.map((m) => m.route.name).join(', ')}`,
    );
    const selected = selectPivotPairs(candidates, DEFAULT_PIVOT_OPTIONS);
    const kept: PivotCandidate[] = selected.filter((c) => !isFalseFriend(c.en, c.fr));
    const byRoutes = new Map<number, number>();
    for (const c of kept) byRoutes.set(c.routes.length, (byRoutes.get(c.routes.length) ?? 0) + 1);
    const used = [...new Set(members.flatMap((m) => m.pkgs))].sort().map(get);
    families.push({
      family,
      routes: members.map((m) => m.route.name),
      pairs: kept.map((c) => [c.en, c.fr]),
      records: kept.map((c) => ({ pos: c.pos, pairs: [[c.fr, c.en]] })),
      sources: used.map(describe),
      licenceText:
        `Copyright files of the Debian packages from which the pivot pairs of en-fr.pivot-${family.name}.tsv /\n` +
        `fr-en.pivot-${family.name}.tsv are derived (scripts/lib/pivot-build.ts); the files are ${family.licence}\n` +
        `(${family.why}). Licence of the data used from each:\n` +
        used.map((pkg) => `  ${pkg.pkg} ${pkg.version}: ${licenceOf(pkg.pkg)}\n`).join('') +
        '\n' +
        used.map((pkg) => `${rule}\n${pkg.pkg} ${pkg.version}\n${rule}\n\n${pkg.copyright}`).join('\n\n'),
      stats: {
        candidates: candidates.length,
        selected: selected.length,
        falseFriends: selected.length - kept.length,
        byRoutes: [...byRoutes].sort((x, y) => x[0] - y[0]),
        unambiguousOnly: kept.filter((c) => c.routes.length < DEFAULT_PIVOT_OPTIONS.minRoutes).length,
      },
    });
  }
  return {
    families,
    routes: loaded.map((l) => ({
      name: l.route.name,
      licences: l.licences,
      families: l.families,
      fr: l.route.fr.length,
      en: l.route.en.length,
    })),
  };
}
