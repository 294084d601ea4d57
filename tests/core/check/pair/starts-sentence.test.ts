import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsSentence, startsSentenceAt } from '../../../../src/core/check/pair/extract-names.ts';

// Characters that matter to the two patterns: blanks, quotes, sentence marks, capitals and small
// letters (one of them outside the BMP), so titles, quotes and long blank runs all occur.
const CHARS = [
  ' ',
  '\u00a0',
  '\n',
  '"',
  '“',
  '«',
  '.',
  '!',
  '?',
  ':',
  ',',
  'M',
  'É',
  'r',
  's',
  'é',
  'x',
  '𝐀',
  '𝐚',
  '1',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('startsSentenceAt', () => {
  it('answers as startsSentence on the whole prefix, for every end', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let end = 0; end <= t.length; end++) {
          expect(startsSentenceAt(t, end)).toBe(startsSentence(t.slice(0, end)));
        }
      }),
      { numRuns: 800 },
    );
  });

  it('sees a title far into a long paragraph', () => {
    const long = `${'Word and word. '.repeat(50)}He met Gen. Smith. Then`;
    expect(startsSentenceAt(long, long.indexOf('Smith'))).toBe(false);
    expect(startsSentenceAt(long, long.indexOf('Then'))).toBe(true);
    expect(startsSentenceAt(long, long.indexOf('Smith') - 4)).toBe(false);
  });
});
