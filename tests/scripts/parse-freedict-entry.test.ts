import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  entryPairs,
  normaliseTerm,
  parseFreedictEntry,
  splitSenseList,
} from '../../scripts/lib/parse-freedict-entry.ts';

// Real entries copied from Debian's dict-freedict-{fra-eng,eng-fra,deu-fra} packages.
const FIXTURES = JSON.parse(
  readFileSync(new URL('./fixtures/freedict-entries.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, string[]>>;

function entry(db: string, headword: string, which = 0): string {
  const text = FIXTURES[db]?.[headword]?.[which];
  if (text === undefined) throw new Error(`no fixture ${db}/${headword}`);
  return text;
}

function parse(text: string) {
  const parsed = parseFreedictEntry(text);
  if (!parsed) throw new Error('entry did not parse');
  return parsed;
}

describe('parseFreedictEntry', () => {
  it('reads headword, pronunciation, part of speech and a one-line sense list', () => {
    const e = parse(entry('freedict-fra-eng', 'voiture'));
    expect(e.headword).toBe('voiture');
    expect(e.pronunciations).toEqual(['vwatyʀ']);
    expect(e.pos).toBe('n, fem');
    expect(e.senses).toEqual([['vehicle', 'car', 'motor car']]);
  });

  it('reads numbered senses in order', () => {
    expect(parse(entry('freedict-fra-eng', 'aller')).senses).toEqual([['fare'], ['go', 'ride', 'travel']]);
    expect(parse(entry('freedict-eng-fra', 'run')).senses).toEqual([
      ['fonctionner'],
      ['fuite'],
      ["s'élancer", 'se précipiter'],
      ['courir'],
    ]);
  });

  it('drops domain tags and parenthesised glosses but keeps word-internal parentheses', () => {
    expect(parse(entry('freedict-fra-eng', 'abattis')).senses[1]).toEqual(['giblets']);
    expect(parse(entry('freedict-fra-eng', 'cane')).senses).toEqual([['duck']]);
    expect(parse(entry('freedict-fra-eng', 'jonc')).senses).toEqual([['bulrush']]);
  });

  it('skips usage examples instead of reading them as translations', () => {
    const e = parse(entry('freedict-fra-eng', 'falloir'));
    expect(e.senses).toEqual([[], [], []]);
    expect(entryPairs(e)).toEqual([]);
  });

  it('reads a header without part of speech and a phrase headword with placeholders', () => {
    const e = parse(entry('freedict-fra-eng', 'est-ce que ... ?'));
    expect(e.pos).toBeUndefined();
    expect(entryPairs(e)).toEqual([
      ['est-ce que', 'is'],
      ['est-ce que', 'does'],
    ]);
    expect(entryPairs(parse(entry('freedict-eng-fra', 'how are you?')))).toEqual([
      ['how are you', 'comment allez-vous'],
    ]);
  });

  it('writes elided articles as the tokenizer sees them', () => {
    const pairs = entryPairs(parse(entry('freedict-eng-fra', 'the')));
    expect(pairs).toContainEqual(['the', 'l']);
    expect(pairs).toContainEqual(['the', 'à l']);
    expect(pairs).toContainEqual(['the', 'les']);
  });

  it('reads WikDict sense lines and skips their German definitions and sub-sense markers', () => {
    const e = parse(entry('freedict-deu-fra', 'Haus'));
    expect(e.headword).toBe('Haus');
    expect(e.pos).toBe('n, neut');
    expect(e.senses).toEqual([
      ['maison'],
      ['chambre'],
      ['gars', 'type'],
      ['coquille', 'maison'],
      ['domicile', 'maison'],
    ]);
    const pairs = entryPairs(e);
    expect(pairs).toContainEqual(['haus', 'maison']);
    expect(pairs.some(([, t]) => t.includes('gebäude'))).toBe(false);
  });

  it('reads an unnumbered WikDict sense that ends with a sub-sense number', () => {
    const texts = [
      ...(FIXTURES['freedict-deu-fra']?.sein ?? []),
      ...(FIXTURES['freedict-deu-fra']?.Sein ?? []),
    ];
    const all = texts.flatMap((t) => entryPairs(parse(t)));
    expect(all).toContainEqual(['sein', 'son']);
    expect(all).toContainEqual(['sein', 'être']);
    expect(all.some(([, t]) => /\d|possessiv/i.test(t))).toBe(false);
  });

  it('reads several pronunciations', () => {
    const e = parse(entry('freedict-deu-fra', 'gehen'));
    expect(e.pronunciations).toEqual(['ɡeːn', 'ˈɡeːən']);
    expect(e.senses[0]).toEqual(['aller', 'marcher']);
  });

  it('returns undefined for an entry without a headword', () => {
    expect(parseFreedictEntry('')).toBeUndefined();
    expect(parseFreedictEntry(' /x/ <n>\nfoo\n')).toBeUndefined();
  });
});

describe('splitSenseList', () => {
  it('splits on commas and semicolons outside parentheses only', () => {
    expect(splitSenseList('a (b, c) d; e, f')).toEqual(['a d', 'e', 'f']);
  });
});

describe('normaliseTerm', () => {
  it('lower-cases, makes typographic marks plain and rejects markup debris', () => {
    expect(normaliseTerm('Comment allez‐vous?')).toBe('comment allez-vous');
    expect(normaliseTerm('l’homme')).toBe("l'homme");
    expect(normaliseTerm('zig#zig')).toBeUndefined();
    expect(normaliseTerm('...')).toBeUndefined();
    expect(normaliseTerm('one two three four five six seven')).toBeUndefined();
  });
});
