/**
 * The lexicon files Vite ships for the engine worker (data/lexicons/*.tsv, each an asset fetched when needed):
 * a direction's lexicon is its main file `<src>-<tgt>.tsv` and its parts `<src>-<tgt>.<part>.tsv`
 * (one per licence family, data/lexicons/README.md; which files and where: lexicon-urls.ts),
 * parsed and merged at run time. Same rule as the Node loader (src/cli/load-lexicons.ts
 * lexiconFileNames), which a test checks.
 */
import type { Lang, Lexicon } from '../core/index.ts';
import { parseLexiconTextsPausing } from '../core/index.ts';
import { keyLexiconBothWaysPausing } from '../core/lexicon/translation-keys.ts';
import { fetchText } from './fetch-text.ts';
import { lexiconUrlsOf } from './lexicon-urls.ts';
import { pauseForEvents } from './pause-for-events.ts';

export { hasLexiconFiles, lexiconFileNamesOf } from './lexicon-urls.ts';

/**
 * The `src → tgt` lexicon: every file of the direction fetched, parsed and merged, each source's
 * renderings in code-unit order (what one sorted file of all the pairs would give), and keyed
 * both ways for the aligner; undefined when none is bundled. Parsed and keyed step by step
 * (about 0.25 s of work in all for English–French), so that the worker can do it while it
 * waits and still answer a call that arrives meanwhile within a step.
 */
export async function loadLexiconFiles(srcLang: Lang, tgtLang: Lang): Promise<Lexicon | undefined> {
  const texts = await Promise.all(lexiconUrlsOf(srcLang, tgtLang).map(fetchText));
  if (texts.length === 0) return undefined;
  const pause = pauseForEvents();
  const lexicon = await parseLexiconTextsPausing(texts, srcLang, tgtLang, pause);
  await keyLexiconBothWaysPausing(lexicon, pause);
  return lexicon;
}
