import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docWords } from '../../../src/core/check/doc-words.ts';
import type { TextDocument } from '../../../src/core/model/document.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { tokenizeWords } from '../../../src/core/text/tokenize-words.ts';

// One paragraph over the whole text (the property below needs no segmentation).
function oneParagraph(text: string): TextDocument {
  const doc = segmentDocument('x', { id: 'd', name: 'd', lang: 'fr' });
  const p = { ...doc.paragraphs[0]!, start: 0, end: text.length };
  return { ...doc, text, paragraphs: [p], sentences: [] };
}

const plain = (ts: readonly { text: string; norm: string; start: number; end: number; kind: string }[]) =>
  ts.map(({ text, norm, start, end, kind }) => ({ text, norm, start, end, kind }));

describe('docWords', () => {
  it('gives the tokens of tokenizeWords inside paragraphs, with paragraph and language', () => {
    const text = "L'homme a payé 2 000 € (4,5 %) à Jean-Luc.\n\nIl a dit : « 17.000 ou ٣ ? »\n";
    const doc = segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' });
    const words = docWords(doc, 'fr');
    expect(plain(words)).toEqual(plain(tokenizeWords(text)));
    expect(words.map((w) => w.paragraph)).toEqual(words.map((w) => (w.start < text.indexOf('Il') ? 0 : 1)));
    expect(new Set(words.map((w) => w.lang))).toEqual(new Set(['fr']));
  });

  it('tokenizes exactly as tokenizeWords on any text (numbers, marks, hyphens, astral digits)', () => {
    const piece = fc.constantFrom(
      'a',
      'É',
      'é',
      'e\u0301',
      '-',
      "'",
      '’',
      ' ',
      '\u00a0',
      '\u202f',
      ',',
      '.',
      '1',
      '23',
      '456',
      '٣',
      '𝟏',
      '²',
      'œ',
      'İ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(plain(docWords(oneParagraph(text), 'fr'))).toEqual(plain(tokenizeWords(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
