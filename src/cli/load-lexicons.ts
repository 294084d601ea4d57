/**
 * Node loaders for the shipped language data: bilingual lexicons (data/lexicons/<src>-<tgt>.tsv)
 * and word lists (data/wordlists/<lang>.txt), found relative to this file so they work from any
 * working directory, parsed once and memoised.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Lexicon, parseLexicon } from '../core/lexicon/lexicon.ts';
import { parseWordList, type WordList } from '../core/lexicon/word-list.ts';
import type { Lang } from '../core/model/document.ts';

const DATA = new URL('../../data/', import.meta.url);
const LANG = /^[a-z]{2,3}$/;

const lexicons = new Map<string, Lexicon | undefined>();
const wordLists = new Map<string, WordList | undefined>();

/** Path of a file under data/, or undefined if it does not exist. */
function dataFile(relative: string): string | undefined {
  const path = fileURLToPath(new URL(relative, DATA));
  return existsSync(path) ? path : undefined;
}

/** The lexicon from `srcLang` to `tgtLang`, or undefined when none is shipped for that pair. */
export function loadLexicon(srcLang: Lang, tgtLang: Lang): Lexicon | undefined {
  const src = srcLang.toLowerCase();
  const tgt = tgtLang.toLowerCase();
  if (!LANG.test(src) || !LANG.test(tgt)) return undefined;
  const name = `${src}-${tgt}`;
  if (!lexicons.has(name)) {
    const path = dataFile(`lexicons/${name}.tsv`);
    lexicons.set(name, path === undefined ? undefined : parseLexicon(readFileSync(path, 'utf8'), src, tgt));
  }
  return lexicons.get(name);
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
