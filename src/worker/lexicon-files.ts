/**
 * The lexicon files Vite ships for the engine worker (data/lexicons/*.tsv, each an asset fetched when needed):
 * a direction's lexicon is its main file `<src>-<tgt>.tsv` and its parts `<src>-<tgt>.<part>.tsv`
 * (one per licence family, data/lexicons/README.md), parsed and merged at run time. Same rule as
 * the Node loader (src/cli/load-lexicons.ts lexiconFileNames), which a test checks.
 */
import type { Lang, Lexicon } from '../core/index.ts';
import { parseLexiconTextsPausing } from '../core/index.ts';
import { keyLexiconBothWaysPausing } from '../core/lexicon/translation-keys.ts';
import { fetchText } from './fetch-text.ts';
import { pauseForEvents } from './pause-for-events.ts';

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
 * renderings in code-unit order (what one sorted file of all the pairs would give), and keyed
 * both ways for the aligner; undefined when none is bundled. Parsed and keyed step by step
 * (about 0.25 s of work in all for English–French), so that the worker can do it while it
 * waits and still answer a call that arrives meanwhile within a step.
 */
export async function loadLexiconFiles(srcLang: Lang, tgtLang: Lang): Promise<Lexicon | undefined> {
  const names = lexiconFileNamesOf(srcLang, tgtLang);
  const texts = await Promise.all(names.map((n) => fetchText(files[`${DIR}${n}`] as string)));
  if (texts.length === 0) return undefined;
  const pause = pauseForEvents();
  const lexicon = await parseLexiconTextsPausing(texts, srcLang, tgtLang, pause);
  await keyLexiconBothWaysPausing(lexicon, pause);
  return lexicon;
}
