import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The committed output of scripts/build-lexicons.ts: the product's data.
const DIR = new URL('../../data/lexicons/', import.meta.url);
function pairs(name: string): { header: string[]; lines: string[] } {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  const all = text.split('\n').filter((l) => l !== '');
  return { header: all.filter((l) => l.startsWith('#')), lines: all.filter((l) => !l.startsWith('#')) };
}

/**
 * Which data licences a file under a given licence may derive from: the licence of each pivot
 * file decides which packages it may name. GPL-2-only, GPL-3+ and CC-BY-SA-3.0 data never meet
 * in one file.
 */
const MAY_DERIVE_FROM: Record<string, readonly string[]> = {
  'GPL-3+': ['GPL-2+', 'GPL-3+'],
  'GPL-2': ['GPL-2', 'GPL-2+'],
  'CC-BY-SA-3.0': ['CC-BY-SA-3.0'],
};

describe('generated lexicons', () => {
  const enFr = pairs('en-fr.tsv');
  const frEn = pairs('fr-en.tsv');
  const deFr = pairs('de-fr.tsv');
  const pivotNames = readdirSync(DIR).filter((n) => /^en-fr\.pivot-[a-z0-9-]+\.tsv$/.test(n));
  const pivots = pivotNames.map((name) => ({
    name,
    en: pairs(name),
    fr: pairs(name.replace('en-fr', 'fr-en')),
  }));
  const allFrEn = new Set([...frEn.lines, ...pivots.flatMap((p) => p.fr.lines)]);

  it('contain known pairs in both French–English directions and German–French', () => {
    expect(frEn.lines).toContain('voiture\tcar');
    expect(enFr.lines).toContain('car\tvoiture');
    expect(enFr.lines).toContain('house\tmaison');
    expect(frEn.lines).toContain('maison\thouse');
    expect(deFr.lines).toContain('haus\tmaison');
    expect(deFr.lines).toContain('und\tet');
  });

  it('include the hand-made supplement of function words and news vocabulary', () => {
    expect(enFr.lines).toContain('said\ta déclaré');
    expect(frEn.lines).toContain('a déclaré\tsaid');
    expect(enFr.lines).toContain('the\tles');
  });

  it('include regular plurals and adjective agreements checked against the word lists', () => {
    expect(enFr.lines).toContain('houses\tmaisons');
    expect(enFr.lines).toContain('newspapers\tjournaux');
    expect(frEn.lines).toContain('grandes\tbig');
    // An irregular plural is not invented by the rules.
    expect(frEn.lines).not.toContain('journals\tnewspapers');
  });

  it('ship pivot pairs in one file per licence family, with news vocabulary and no curated false friends', () => {
    expect(pivotNames.sort()).toEqual([
      'en-fr.pivot-cc-by-sa.tsv',
      'en-fr.pivot-gpl-2.tsv',
      'en-fr.pivot-gpl-3.tsv',
    ]);
    for (const pair of ['vente\tsale', 'ventes\tsales', 'croissance\tgrowth', 'bénéfice\tprofit']) {
      expect(allFrEn.has(pair)).toBe(true);
    }
    // data/false-friends: a librairie is a bookshop, actuellement means currently.
    expect(allFrEn.has('librairie\tlibrary')).toBe(false);
    expect(allFrEn.has('actuellement\tactually')).toBe(false);
    expect(allFrEn.size).toBeGreaterThan(50_000);
  });

  it('never mix data licences in a pivot file: each names only packages its own licence may derive from', () => {
    for (const { name, en } of pivots) {
      const header = en.header.join('\n');
      const licence = /Licence: (\S+)/.exec(header)?.[1] ?? '';
      expect(Object.keys(MAY_DERIVE_FROM)).toContain(licence);
      expect(existsSync(new URL(name.replace(/^en-fr\.pivot-(.+)\.tsv$/, 'LICENSE-pivot-$1.txt'), DIR))).toBe(
        true,
      );
      const used = [...header.matchAll(/Debian (\S+) \S+ \([^)]*, ([^),]+)\)/g)].map((m) => [m[1], m[2]]);
      expect(used.length).toBeGreaterThan(1);
      const foreign = used.filter(([, l]) => !MAY_DERIVE_FROM[licence]?.includes(l ?? ''));
      expect(foreign, name).toEqual([]);
    }
  });

  it('repeat no pair of the direct file in a pivot file', () => {
    const direct = new Set(enFr.lines);
    for (const { name, en } of pivots)
      expect(
        en.lines.filter((l) => direct.has(l)),
        name,
      ).toEqual([]);
  });

  it('keep each fr-en file the en-fr one read the other way', () => {
    for (const { en, fr } of [{ en: enFr, fr: frEn }, ...pivots]) {
      const inverted = en.lines.map((l) => l.split('\t').reverse().join('\t')).sort();
      expect(inverted).toEqual(fr.lines);
    }
  });

  it('are sorted, deduplicated, lower-case two-column TSV with a source and licence header', () => {
    for (const { header, lines } of [enFr, frEn, deFr, ...pivots.flatMap((p) => [p.en, p.fr])]) {
      expect(lines.length).toBeGreaterThan(1_000);
      expect([...lines].sort()).toEqual(lines);
      expect(new Set(lines).size).toBe(lines.length);
      const malformed = lines.filter((l) => l.split('\t').length !== 2 || l !== l.toLowerCase());
      expect(malformed).toEqual([]);
      expect(header.join('\n')).toMatch(/dict-freedict-\w+-\w+ \S+|apertium-[\w-]+ \S+/);
      expect(header.join('\n')).toMatch(/Licence: (GPL-2\+|GPL-2|GPL-3\+|CC-BY-SA-3\.0)/);
    }
  });
});
