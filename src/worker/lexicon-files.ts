/**
 * The lexicon files Vite ships for the engine worker (data/lexicons/*.tsv, each an asset fetched when needed):
 * a direction's lexicon is its main file `<src>-<tgt>.tsv` and its parts `<src>-<tgt>.<part>.tsv`
 * (one per licence family, data/lexicons/README.md), parsed and merged at run time. Same rule as
 * the Node loader (src/cli/load-lexicons.ts lexiconFileNames), which a test checks.
 */
import type { Lang, Lexicon } from '../core/index.ts';
import { parseLexicon } from '../core/index.ts';
import { fetchText, prefetchText } from './fetch-text.ts';

const DIR = '../../data/lexicons/';

// Asset URLs, fetched when needed (see fetch-text.ts for why not `?raw` modules).
const files = import.meta.glob<string>('../../data/lexicons/*.tsv', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The bundled file names (`en-fr.tsv`, `en-fr.pivot-gpl-3.tsv`…) of the `src → tgt` lexicon, main file first. */
export function lexiconFileNamesOf(srcLang: Lang, tgtLang: Lang): string[] {
  const main = `${srcLang}-${tgtLang}.tsv`;
  const names = Object.keys(files).map((path) => path.slice(DIR.length));
  const parts = names
    .filter((n) => {
      if (!n.startsWith(`${srcLang}-${tgtLang}.`) || n === main) return false;
      const kind = /^[a-z]{2,3}-[a-z]{2,3}\.([a-z0-9-]+)\.tsv$/.exec(n)?.[1];
      // The supplement is an input of the build, already in the main file.
      return kind !== undefined && kind !== 'supplement';
    })
    .sort();
  return [...(names.includes(main) ? [main] : []), ...parts];
}

/** Whether any file of the `src → tgt` lexicon is bundled. */
export function hasLexiconFiles(srcLang: Lang, tgtLang: Lang): boolean {
  return lexiconFileNamesOf(srcLang, tgtLang).length > 0;
}

/**
 * The `src → tgt` lexicon: every file of the direction fetched, parsed and merged, each source's
 * renderings in code-unit order (what one sorted file of all the pairs would give); undefined when
 * none is bundled.
 */
export async function loadLexiconFiles(srcLang: Lang, tgtLang: Lang): Promise<Lexicon | undefined> {
  const names = lexiconFileNamesOf(srcLang, tgtLang);
  const texts = await Promise.all(names.map((n) => fetchText(files[`${DIR}${n}`] as string)));
  if (texts.length === 0) return undefined;
  // One parse of all the texts (as fast as one file; src/cli/load-lexicons.ts parseLexiconFiles).
  const lexicon = parseLexicon(texts.join('\n'), srcLang, tgtLang);
  if (texts.length > 1)
    for (const targets of lexicon.entries.values()) if (targets.length > 1) (targets as string[]).sort();
  return lexicon;
}

/** Start fetching the files of the `src → tgt` lexicon (see prefetchText); nothing is parsed. */
export function prefetchLexiconFiles(srcLang: Lang, tgtLang: Lang): void {
  for (const n of lexiconFileNamesOf(srcLang, tgtLang)) prefetchText(files[`${DIR}${n}`] as string);
}
