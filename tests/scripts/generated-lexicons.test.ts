import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The committed output of scripts/build-lexicons.ts: the product's data.
function pairs(name: string): { header: string[]; lines: string[] } {
  const text = readFileSync(new URL(`../../data/lexicons/${name}`, import.meta.url), 'utf8');
  const all = text.split('\n').filter((l) => l !== '');
  return { header: all.filter((l) => l.startsWith('#')), lines: all.filter((l) => !l.startsWith('#')) };
}

describe('generated lexicons', () => {
  const enFr = pairs('en-fr.tsv');
  const frEn = pairs('fr-en.tsv');
  const deFr = pairs('de-fr.tsv');

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

  it('include news vocabulary induced through pivot languages, without curated false friends', () => {
    for (const pair of ['vente\tsale', 'ventes\tsales', 'croissance\tgrowth', 'bénéfice\tprofit']) {
      expect(frEn.lines).toContain(pair);
    }
    // data/false-friends: a librairie is a bookshop, actuellement means currently.
    expect(frEn.lines).not.toContain('librairie\tlibrary');
    expect(frEn.lines).not.toContain('actuellement\tactually');
    expect(enFr.lines.length).toBeGreaterThan(50_000);
    expect(enFr.header.join('\n')).toMatch(/pivot languages/);
  });

  it('merge both FreeDict directions, so fr-en is en-fr read the other way', () => {
    const inverted = enFr.lines.map((l) => l.split('\t').reverse().join('\t')).sort();
    expect(inverted).toEqual(frEn.lines);
  });

  it('are sorted, deduplicated, lower-case two-column TSV with a source and licence header', () => {
    for (const { header, lines } of [enFr, frEn, deFr]) {
      expect(lines.length).toBeGreaterThan(10_000);
      expect([...lines].sort()).toEqual(lines);
      expect(new Set(lines).size).toBe(lines.length);
      const malformed = lines.filter((l) => l.split('\t').length !== 2 || l !== l.toLowerCase());
      expect(malformed).toEqual([]);
      expect(header.join('\n')).toMatch(/dict-freedict-\w+-\w+ \S+/);
      expect(header.join('\n')).toMatch(/Licence: (GPL-2\+|CC-BY-SA-3\.0)/);
    }
  });
});
