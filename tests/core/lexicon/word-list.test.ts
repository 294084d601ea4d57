import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeFrontCoded,
  parseWordList,
  stripAccents,
  wordKey,
} from '../../../src/core/lexicon/word-list.ts';

const SMALL = parseWordList(
  [
    '# a comment',
    'a',
    'à',
    'coeur',
    'choeur',
    'directement',
    'état',
    'était',
    'étant',
    'aujourd',
    'hui',
    'gouvernement',
    'Paris',
    'porte',
    'parole',
    'été',
    'reconnaissance',
    '',
  ].join('\n'),
);

describe('parseWordList', () => {
  it('ignores comments and blank lines and counts distinct words', () => {
    expect(SMALL.size).toBe(16);
    expect(SMALL.has('# a comment')).toBe(false);
  });

  it('looks words up case-insensitively but keeps accents distinct in lower case', () => {
    expect(SMALL.has('Gouvernement')).toBe(true);
    expect(SMALL.has('GOUVERNEMENT')).toBe(true);
    expect(SMALL.has('a')).toBe(true);
    expect(SMALL.has('etait')).toBe(false);
    expect(SMALL.has('ete')).toBe(false);
  });

  it('accepts capitals that dropped their accents, as French typography allows', () => {
    expect(SMALL.has('Etat')).toBe(true);
    expect(SMALL.has('ETAT')).toBe(true);
    expect(SMALL.has('ETE')).toBe(true);
    expect(SMALL.has('ETAIT')).toBe(true);
    // A capital initial excuses only its own accent.
    expect(SMALL.has('Etait')).toBe(true);
    expect(SMALL.has('Ete')).toBe(false);
  });

  it('folds the œ ligature and typographic apostrophes', () => {
    expect(SMALL.has('cœur')).toBe(true);
    expect(SMALL.has('Cœur')).toBe(true);
    expect(SMALL.has('aujourd’hui')).toBe(true);
    expect(SMALL.has("aujourd'hui")).toBe(true);
    expect(wordKey('Œuvre’s')).toBe("oeuvre's");
  });

  it('checks hyphenated and apostrophe words part by part', () => {
    expect(SMALL.has('porte-parole')).toBe(true);
    expect(SMALL.has('porte-parolle')).toBe(false);
  });

  it("gives the list's own spelling for casing checks", () => {
    expect(SMALL.form('paris')).toBe('Paris');
    expect(SMALL.form('PARIS')).toBe('Paris');
    expect(SMALL.form('état')).toBe('état');
    expect(SMALL.form('londres')).toBeUndefined();
    expect(SMALL.hasExact('paris')).toBe(true);
    expect(SMALL.hasExact('porte-parole')).toBe(false);
  });

  it('reads an unsorted list with duplicates and CRLF line ends', () => {
    const list = parseWordList('zèbre\r\nabeille\r\nZèbre\r\nmaison\r\n');
    expect(list.size).toBe(3);
    expect(list.has('abeille')).toBe(true);
    expect(list.suggest('abeile')).toEqual(['abeille']);
  });

  it('answers the same for a sorted list read as it is and for the same words shuffled with blanks', () => {
    // In key order (code units: `é` after `z`), as the shipped lists are.
    const words = ['abeille', 'maison', 'maisons', 'Paris', 'porte-parole', 'zèbre', 'étoile', 'été'];
    const sorted = parseWordList(words.join('\n'));
    const shuffled = parseWordList(` ${[...words].reverse().join('\n\n')} \n# note\n`);
    for (const w of [...words, 'Etoile', 'PARIS', 'paris', 'maison-été', 'abeile', 'zebre', 'x', '']) {
      expect([w, sorted.has(w), sorted.form(w), sorted.suggest(w)]).toEqual([
        w,
        shuffled.has(w),
        shuffled.form(w),
        shuffled.suggest(w),
      ]);
    }
    expect(sorted.size).toBe(shuffled.size);
  });
});

describe('suggest', () => {
  it('finds a missing, extra, wrong or swapped letter', () => {
    expect(SMALL.suggest('directment')).toEqual(['directement']);
    expect(SMALL.suggest('gouvernment')).toEqual(['gouvernement']);
    expect(SMALL.suggest('reconaissance')).toEqual(['reconnaissance']);
    expect(SMALL.suggest('gouvrenement')).toEqual(['gouvernement']);
  });

  it('ranks an accent-only correction first', () => {
    expect(SMALL.suggest('etait')[0]).toBe('était');
    expect(SMALL.suggest('etat')[0]).toBe('état');
  });

  it('goes to two edits only when nothing is one edit away, and not for short words', () => {
    expect(SMALL.suggest('gouvrenment')).toEqual(['gouvernement']);
    expect(SMALL.suggest('xyz')).toEqual([]);
  });

  it('follows the case of the word it corrects and honours max', () => {
    expect(SMALL.suggest('Etait')[0]).toBe('Était');
    expect(SMALL.suggest('DIRECTMENT')).toEqual(['DIRECTEMENT']);
    expect(SMALL.suggest('etait', 1)).toHaveLength(1);
    expect(SMALL.suggest('etait', 0)).toEqual([]);
  });

  it('never suggests the word itself and returns nothing on an empty list', () => {
    expect(SMALL.suggest('état')).not.toContain('état');
    expect(parseWordList('').suggest('maison')).toEqual([]);
  });

  it('finds exactly the nearest band that a brute-force scan finds', () => {
    const words = ['chat', 'chats', 'chaton', 'achat', 'char', 'chut', 'cheat', 'hat', 'chant', 'éclat'];
    const list = parseWordList(words.join('\n'));
    fc.assert(
      fc.property(fc.stringMatching(/^[achtéons]{2,6}$/), (query) => {
        const others = words.filter((w) => w !== query);
        let expected = others.filter((w) => osa(w, query) <= 1);
        if (expected.length === 0 && query.length > 4) expected = others.filter((w) => osa(w, query) <= 2);
        expected.sort();
        expect(list.suggest(query, 100).sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('front-coded word lists', () => {
  it('round-trip through encodeFrontCoded and parseWordList', () => {
    const words = ['a', 'abeille', 'abeilles', 'Paris', 'parole', 'été'];
    const list = parseWordList(encodeFrontCoded(words));
    expect(list.size).toBe(words.length);
    for (const w of words) expect(list.form(w)).toBe(w);
    expect(list.has('abeilles')).toBe(true);
    expect(list.has('abeil')).toBe(false);
  });

  it('round-trip any list of words, including long shared prefixes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-zéèœA-Z]{1,60}$/), { maxLength: 40 }), (raw) => {
        const words = [...new Set(raw.map((w) => wordKey(w)))].sort();
        const list = parseWordList(encodeFrontCoded(words));
        expect(list.size).toBe(words.length);
        for (const w of words) expect(list.hasExact(w)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a corrupt front-coded line', () => {
    expect(() => parseWordList('#front-coded v1\n0abc\n9x\n')).toThrow(/bad line 3/);
  });

  it('holds the same words as the plain shipped list', () => {
    const url = (name: string) => new URL(`../../../data/wordlists/${name}`, import.meta.url);
    const plain = readFileSync(url('en.txt'), 'utf8').split('\n').filter(Boolean);
    const coded = parseWordList(readFileSync(url('en.front-coded.txt'), 'utf8'));
    expect(coded.size).toBe(plain.length);
    for (const w of plain.filter((_, i) => i % 97 === 0)) expect(coded.form(w)).toBe(w);
  });
});

describe('stripAccents', () => {
  it('removes diacritics only', () => {
    expect(stripAccents('Élévation à Noël')).toBe('Elevation a Noel');
  });
});

/** Optimal-string-alignment distance in edits, an accent-only substitution counting half. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + subCost(a[i - 1] as string, b[j - 1] as string),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

function subCost(x: string, y: string): number {
  if (x === y) return 0;
  return stripAccents(x) === stripAccents(y) ? 0.5 : 1;
}
