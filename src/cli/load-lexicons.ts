/**
 * Node loaders for the shipped language data: bilingual lexicons (data/lexicons/<src>-<tgt>.tsv
 * and its parts <src>-<tgt>.<part>.tsv) and word lists (data/wordlists/<lang>.txt), found
 * relative to this file so they work from any working directory, parsed once and memoised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { invertLexicon, type Lexicon, mergeLexicons, parseLexiconTexts } from '../core/lexicon/lexicon.ts';
import { parseWordList, type WordList } from '../core/lexicon/word-list.ts';
import type { Lang } from '../core/model/document.ts';

const DATA = new URL('../../data/', import.meta.url);
const LANG = /^[a-z]{2,3}$/;
const LEXICON_DIR = fileURLToPath(new URL('lexicons/', DATA));

const lexicons = new Map<string, Lexicon | undefined>();
const wordLists = new Map<string, WordList | undefined>();

/** Path of a file under data/, or undefined if it does not exist. */
function dataFile(relative: string): string | undefined {
  const path = fileURLToPath(new URL(relative, DATA));
  return existsSync(path) ? path : undefined;
}

/**
 * The files, among `names`, that make up the `src → tgt` lexicon: `<src>-<tgt>.tsv` first, then
 * its parts `<src>-<tgt>.<part>.tsv` in name order (data/lexicons/README.md: one file per licence
 * family, merged at run time). `*.supplement.tsv` is an input of the build, already in the main
 * file. src/worker/lexicon-files.ts applies the same rule to the files Vite bundles.
 */
export function lexiconFileNames(names: readonly string[], src: string, tgt: string): string[] {
  const main = `${src}-${tgt}.tsv`;
  const part = new RegExp(`^${src}-${tgt}\\.([a-z0-9-]+)\\.tsv$`);
  const parts = names.filter((n) => {
    const kind = part.exec(n)?.[1];
    return kind !== undefined && kind !== 'supplement';
  });
  return [...(names.includes(main) ? [main] : []), ...parts.sort()];
}

/** The texts of several files of one direction as one lexicon (core's parseLexiconTexts). */
export function parseLexiconFiles(texts: readonly string[], src: Lang, tgt: Lang): Lexicon | undefined {
  return texts.length === 0 ? undefined : parseLexiconTexts(texts, src, tgt);
}

/** The `src → tgt` lexicon made of the files of `dir` (see lexiconFileNames), or undefined. */
export function readLexiconDir(dir: string, src: Lang, tgt: Lang): Lexicon | undefined {
  if (!existsSync(dir)) return undefined;
  const names = lexiconFileNames(readdirSync(dir), src, tgt);
  return parseLexiconFiles(
    names.map((n) => readFileSync(`${dir}/${n}`, 'utf8')),
    src,
    tgt,
  );
}

/** The lexicon from `srcLang` to `tgtLang`, or undefined when none is shipped for that pair. */
export function loadLexicon(srcLang: Lang, tgtLang: Lang): Lexicon | undefined {
  const src = srcLang.toLowerCase();
  const tgt = tgtLang.toLowerCase();
  if (!LANG.test(src) || !LANG.test(tgt)) return undefined;
  const name = `${src}-${tgt}`;
  if (!lexicons.has(name)) lexicons.set(name, readLexiconDir(LEXICON_DIR, src, tgt));
  return lexicons.get(name);
}

/**
 * The quote tracer's French–English lexicons, both directions, as many as ship; none when the
 * languages of a pair are given and are not English and French (alignDocuments' quote anchors).
 */
export function loadQuoteLexicons(...pair: Lang[]): Lexicon[] {
  if (pair.length > 0 && [...pair].sort().join('-') !== 'en-fr') return [];
  return [loadLexicon('fr', 'en'), loadLexicon('en', 'fr')].filter((l): l is Lexicon => l !== undefined);
}

/**
 * The lexicon of a pair as the aligner and the pair checks want it: the `srcLang → tgtLang`
 * lexicon merged with the inverted `tgtLang → srcLang` one, either of them if only one ships,
 * undefined if neither does (or a language is unknown).
 */
export function loadPairLexicon(srcLang: Lang | undefined, tgtLang: Lang): Lexicon | undefined {
  if (srcLang === undefined) return undefined;
  const parts: Lexicon[] = [];
  const direct = loadLexicon(srcLang, tgtLang);
  if (direct) parts.push(direct);
  const reverse = loadLexicon(tgtLang, srcLang);
  if (reverse) parts.push(invertLexicon(reverse));
  return parts.length > 0 ? mergeLexicons(...parts) : undefined;
}

/** The spelling word list of `lang`, or undefined when none is shipped for that language. */
export function loadWordList(lang: Lang): WordList | undefined {
  const code = lang.toLowerCase();
  if (!LANG.test(code)) return undefined;
  if (!wordLists.has(code)) {
    const path = dataFile(`wordlists/${code}.txt`);
    wordLists.set(code, path === undefined ? undefined : parseWordList(readFileSync(path, 'utf8')));
  }
  return wordLists.get(code);
}
