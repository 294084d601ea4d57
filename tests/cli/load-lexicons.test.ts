import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  lexiconFileNames,
  loadLexicon,
  loadPairLexicon,
  loadWordList,
  readLexiconDir,
} from '../../src/cli/load-lexicons.ts';

describe('loadLexicon', () => {
  it('loads the shipped lexicons with known pairs', () => {
    expect(loadLexicon('en', 'fr')?.entries.get('car')).toContain('voiture');
    expect(loadLexicon('fr', 'en')?.entries.get('voiture')).toContain('car');
    expect(loadLexicon('de', 'fr')?.entries.get('haus')).toContain('maison');
  });

  it('labels the lexicon with its languages and memoises it', () => {
    const lexicon = loadLexicon('EN', 'fr');
    expect(lexicon?.srcLang).toBe('en');
    expect(lexicon?.tgtLang).toBe('fr');
    expect(loadLexicon('en', 'fr')).toBe(lexicon);
  });

  it('returns undefined for a pair without a lexicon or a malformed code', () => {
    expect(loadLexicon('fr', 'de')).toBeUndefined();
    expect(loadLexicon('../lexicons/en', 'fr')).toBeUndefined();
  });
});

describe('loadPairLexicon', () => {
  it('merges the direct lexicon with the inverted reverse one, or takes the one that ships', () => {
    const enFr = loadPairLexicon('en', 'fr');
    expect(enFr?.srcLang).toBe('en');
    expect(enFr?.entries.get('car')).toContain('voiture');
    // fr → de ships only as de → fr: inverted.
    const frDe = loadPairLexicon('fr', 'de');
    expect(frDe?.srcLang).toBe('fr');
    expect(frDe?.entries.get('maison')).toContain('haus');
  });

  it('is undefined without a source language or without a lexicon either way', () => {
    expect(loadPairLexicon(undefined, 'fr')).toBeUndefined();
    expect(loadPairLexicon('fr', 'fi')).toBeUndefined();
  });
});

describe('readLexiconDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-parts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'en-fr.tsv'), '# main\nsale\tsolde\nhouse\tmaison\n');
  writeFileSync(join(dir, 'en-fr.pivot-gpl-3.tsv'), '# part\nsale\tvente\ngrowth\tcroissance\n');
  writeFileSync(join(dir, 'en-fr.pivot-cc-by-sa.tsv'), 'sale\tvente\nsale\tbraderie\n');
  writeFileSync(join(dir, 'en-fr.supplement.tsv'), 'the\tle\n');
  writeFileSync(join(dir, 'en-fr.tsv.bak'), 'stale\tvieux\n');
  writeFileSync(join(dir, 'en-de.tsv'), 'house\thaus\n');

  it('chooses the main file then its parts, leaving out the supplement and other directions', () => {
    const names = [
      'en-fr.supplement.tsv',
      'en-fr.pivot-gpl-3.tsv',
      'en-de.tsv',
      'en-fr.tsv',
      'en-fr.pivot-cc-by-sa.tsv',
      'en-fr.tsv.bak',
    ];
    expect(lexiconFileNames(names, 'en', 'fr')).toEqual([
      'en-fr.tsv',
      'en-fr.pivot-cc-by-sa.tsv',
      'en-fr.pivot-gpl-3.tsv',
    ]);
    expect(lexiconFileNames(names, 'fr', 'en')).toEqual([]);
  });

  it('merges the files of a direction, each rendering once and in code-unit order', () => {
    const lexicon = readLexiconDir(dir, 'en', 'fr');
    expect(lexicon?.entries.get('sale')).toEqual(['braderie', 'solde', 'vente']);
    expect(lexicon?.entries.get('growth')).toEqual(['croissance']);
    expect(lexicon?.entries.has('the')).toBe(false);
    expect(lexicon?.entries.has('stale')).toBe(false);
    expect(readLexiconDir(dir, 'fr', 'en')).toBeUndefined();
    expect(readLexiconDir(join(dir, 'missing'), 'en', 'fr')).toBeUndefined();
  });
});

describe('loadWordList', () => {
  it('loads the French and English lists', () => {
    const fr = loadWordList('fr');
    expect(fr?.has('gouvernement')).toBe(true);
    expect(fr?.has('gouvernment')).toBe(false);
    expect(loadWordList('en')?.has('government')).toBe(true);
    expect(loadWordList('fr')).toBe(fr);
  });

  it('returns undefined for a language without a list', () => {
    expect(loadWordList('xx')).toBeUndefined();
    expect(loadWordList('fr/../en')).toBeUndefined();
  });
});
