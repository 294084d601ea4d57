/**
 * A bilingual lexicon: for each lower-cased source word or phrase, its target renderings.
 * Stored in data/lexicons/ as UTF-8 TSV, one pair a line: `source<TAB>target`.
 */
import type { Lang } from '../model/document.ts';

export interface Lexicon {
  readonly srcLang: Lang;
  readonly tgtLang: Lang;
  readonly entries: ReadonlyMap<string, readonly string[]>;
}

/** Parse lexicon TSV (`source<TAB>target` lines; `#` comments and blank lines ignored). */
export function parseLexicon(tsv: string, srcLang: Lang, tgtLang: Lang): Lexicon {
  const entries = new Map<string, string[]>();
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const src = line.slice(0, tab).trim().toLowerCase();
    const tgt = line
      .slice(tab + 1)
      .trim()
      .toLowerCase();
    if (!src || !tgt) continue;
    const list = entries.get(src);
    if (list) {
      if (!list.includes(tgt)) list.push(tgt);
    } else entries.set(src, [tgt]);
  }
  return { srcLang, tgtLang, entries };
}

/** The same pairs read the other way round (target → source). */
export function invertLexicon(lexicon: Lexicon): Lexicon {
  const entries = new Map<string, string[]>();
  for (const [src, targets] of lexicon.entries) {
    for (const tgt of targets) {
      const list = entries.get(tgt);
      if (list) {
        if (!list.includes(src)) list.push(src);
      } else entries.set(tgt, [src]);
    }
  }
  return { srcLang: lexicon.tgtLang, tgtLang: lexicon.srcLang, entries };
}

/** Union of several lexicons of the same direction. */
export function mergeLexicons(...lexicons: readonly Lexicon[]): Lexicon {
  const first = lexicons[0];
  if (!first) throw new Error('mergeLexicons needs at least one lexicon');
  const entries = new Map<string, string[]>();
  for (const lexicon of lexicons) {
    for (const [src, targets] of lexicon.entries) {
      const list = entries.get(src) ?? [];
      for (const tgt of targets) if (!list.includes(tgt)) list.push(tgt);
      entries.set(src, list);
    }
  }
  return { srcLang: first.srcLang, tgtLang: first.tgtLang, entries };
}
