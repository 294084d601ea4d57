import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skipRanges } from '../../../src/core/check/text-ranges.ts';

// The regex of text-ranges.ts, run over the whole text: the reference the chunked scan must equal.
const SKIP =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s«»"“”<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\p{L}\p{N}_]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|fr|org|net|io|gov|edu|co|uk|de|ch|ca|be|info|eu|ly)\b(?:\/\S*)?/giu;

function covered(text: string): boolean[] {
  const out = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(SKIP)) for (let i = m.index; i < m.index + m[0].length; i++) out[i] = true;
  return out;
}

const PIECES = [
  'https://',
  'http://',
  'ftp://',
  'www',
  'wWw',
  '.',
  '@',
  '#',
  ':',
  '/',
  'com',
  'fr',
  'uK',
  'x',
  'é',
  'ſ',
  '\u212a',
  '-',
  '_',
  ' ',
  '\u00a0',
  '\u202f',
  '\n',
  '«',
  '»',
  '2',
  'mot',
];

describe('skipRanges', () => {
  it('marks URLs, addresses, domains, handles and tags', () => {
    const text = 'voir https://x.com/a, écrire à me@ex.fr, #tag @h, www.foo.org. Fin.Début 4.5 bar.co.uk';
    const r = skipRanges(text);
    for (const s of ['https://x.com/a', 'me@ex.fr', '#tag', '@h', 'www.foo.org', 'bar.co.uk']) {
      const at = text.indexOf(s);
      expect(r.overlaps(at, at + s.length), s).toBe(true);
    }
    for (const s of ['voir', 'écrire', 'Fin.Début', '4.5']) {
      const at = text.indexOf(s);
      expect(r.overlaps(at, at + s.length), s).toBe(false);
    }
  });

  it('reads only chunks with a trigger yet finds what scanning the whole text finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const want = covered(text);
        const r = skipRanges(text);
        for (let i = 0; i < text.length; i++) expect(r.overlaps(i, i + 1)).toBe(want[i]);
      }),
      { numRuns: 2000 },
    );
  });
});
