/**
 * Where the bundled lexicon files are (data/lexicons/*.tsv, each an asset Vite ships): which
 * files make up a direction's lexicon and their URLs. No parsing here, so that the page can
 * import it too (early-engine-worker.ts asks for the first lexicon's files as the page loads)
 * without taking the engine into its bundle.
 */
import type { Lang } from '../core/model/document.ts';

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

/** The asset URLs of the `src → tgt` lexicon's files, main file first (empty when none is bundled). */
export function lexiconUrlsOf(srcLang: Lang, tgtLang: Lang): string[] {
  return lexiconFileNamesOf(srcLang, tgtLang).map((n) => files[`${DIR}${n}`] as string);
}

/** Whether any file of the `src → tgt` lexicon is bundled. */
export function hasLexiconFiles(srcLang: Lang, tgtLang: Lang): boolean {
  return lexiconFileNamesOf(srcLang, tgtLang).length > 0;
}
