import { describe, expect, it } from 'vitest';
import type { TextDocument } from '../../../src/core/model/document.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const seg = (text: string, lang?: string) =>
  segmentDocument(text, { id: 'd', name: 'd.txt', ...(lang ? { lang } : {}) });

/** Spans lie inside the text, in order, and never start or end on white space. */
function expectSaneSpans(doc: TextDocument): void {
  let last = 0;
  for (const p of doc.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(last);
    expect(p.end).toBeLessThanOrEqual(doc.text.length);
    expect(p.end).toBeGreaterThan(p.start);
    expect(doc.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$/u);
    last = p.end;
  }
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
  }
}

describe('segmentDocument on bad input', () => {
  it('gives an empty document no paragraphs and no sentences, and keeps its text', () => {
    const doc = seg('');
    expect(doc).toMatchObject({ text: '', paragraphs: [], sentences: [] });
    expect(typeof doc.lang).toBe('string');
  });

  it('finds no paragraph in white space only, U+00A0, tabs, CR and form feeds included', () => {
    for (const text of ['   ', '\n\n\n', ' \t\r\n\u00a0\n\u202f\u2009\n', '\u00a0', '\r\n\r\n', '\f\n\v']) {
      const doc = seg(text, 'fr');
      expect(doc.text).toBe(text);
      expect(doc.paragraphs).toEqual([]);
      expect(doc.sentences).toEqual([]);
    }
  });

  it('skips lines that hold only U+00A0 between real paragraphs', () => {
    const text = '\u00a0\nPremier paragraphe.\n\u00a0\u00a0\n \u00a0 \nSecond paragraphe.\n\u00a0\n';
    const doc = seg(text, 'fr');
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Premier paragraphe.',
      'Second paragraphe.',
    ]);
    expectSaneSpans(doc);
  });

  it('keeps CR out of spans in CRLF text and a BOM out of the first paragraph', () => {
    const text = '\ufeffUn été.\r\nDeux « mots ».\r\n\r\nTrois.\r\n';
    const doc = seg(text, 'fr');
    expect(doc.text).toBe(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Un été.',
      'Deux « mots ».',
      'Trois.',
    ]);
    expectSaneSpans(doc);
  });

  it('survives control characters, lone surrogates and a lone quote mark', () => {
    for (const text of ['a\u0000b\u0001c.', 'x\ud800y.', '«', '"', '»»»', '\u200b\u200b']) {
      const doc = seg(text, 'fr');
      expect(doc.text).toBe(text);
      expectSaneSpans(doc);
    }
  });

  it('segments a 400 kB single line without punctuation into one paragraph covering it', () => {
    const text = 'mot '.repeat(100_000).trim();
    const doc = seg(text, 'fr');
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.paragraphs[0]).toMatchObject({ start: 0, end: text.length });
    expect(doc.sentences.length).toBeGreaterThanOrEqual(1);
    expect(doc.sentences.at(-1)!.end).toBe(text.length);
  });

  it('segments a 400 kB single line of sentences with every sentence in order and the text covered', () => {
    const text = 'Le chat dort. M. Dupont lit « Le Monde ». '.repeat(10_000).trim();
    const doc = seg(text, 'fr');
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(10_000);
    expectSaneSpans(doc);
    expect(doc.sentences[0]!.start).toBe(0);
    expect(doc.sentences.at(-1)!.end).toBe(text.length);
  });
});
