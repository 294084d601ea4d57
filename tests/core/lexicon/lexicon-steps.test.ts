/**
 * The lexicon prepared step by step (as the engine worker does while it waits) is the lexicon
 * prepared at once: same entries in the same order, same keyed forms both ways, and the work
 * really pauses between steps, so a call arriving meanwhile is not held up for long.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconFileNames } from '../../../src/cli/load-lexicons.ts';
import {
  invertLexicon,
  parseLexicon,
  parseLexiconTexts,
  parseLexiconTextsPausing,
} from '../../../src/core/lexicon/lexicon.ts';
import { keyLexicon, keyLexiconBothWaysPausing } from '../../../src/core/lexicon/translation-keys.ts';

const DIR = 'data/lexicons';
const texts = lexiconFileNames(readdirSync(DIR), 'en', 'fr').map((n) => readFileSync(`${DIR}/${n}`, 'utf8'));

describe('a lexicon prepared step by step', () => {
  it('parses to the same entries as at once, pausing between steps', async () => {
    let pauses = 0;
    const stepwise = await parseLexiconTextsPausing(texts, 'en', 'fr', () => {
      pauses++;
      return Promise.resolve();
    });
    const atOnce = parseLexiconTexts(texts, 'en', 'fr');
    expect(pauses).toBeGreaterThan(10);
    expect([...stepwise.entries]).toEqual([...atOnce.entries]);
    // Several texts read as one sorted file of all their pairs.
    const oneFile = parseLexicon(texts.join('\n'), 'en', 'fr');
    for (const [src, targets] of oneFile.entries)
      expect(stepwise.entries.get(src)).toEqual([...targets].sort());
  });

  it('keys both directions as keyLexicon does, and leaves them cached for the aligner', async () => {
    const lexicon = parseLexiconTexts(texts, 'en', 'fr');
    let pauses = 0;
    await keyLexiconBothWaysPausing(lexicon, () => {
      pauses++;
      return undefined;
    });
    expect(pauses).toBeGreaterThan(5);
    const fresh = parseLexiconTexts(texts, 'en', 'fr');
    expect([...keyLexicon(lexicon)]).toEqual([...keyLexicon(fresh)]);
    expect([...keyLexicon(invertLexicon(lexicon))]).toEqual([...keyLexicon(invertLexicon(fresh))]);
    // Cached: the aligner's calls find the very maps prepared ahead.
    expect(keyLexicon(lexicon)).toBe(keyLexicon(lexicon));
    expect(invertLexicon(lexicon)).toBe(invertLexicon(lexicon));
  });

  it('reads the plain TSV format as before: comments, blank lines, case and spaces', () => {
    const lexicon = parseLexicon(
      '# comment\n\nHouse\tMaison \n house\tdemeure\r\nbad line\n\tno source\n',
      'en',
      'fr',
    );
    expect([...lexicon.entries]).toEqual([['house', ['maison', 'demeure']]]);
  });
});
