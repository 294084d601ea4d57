import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDocument, segmentDocumentAsync } from '../../../src/core/segment/segment-document.ts';
import { segmentSpans, segmentTexts } from '../../../src/core/segment/segment-texts.ts';

const sample = (name: string): string =>
  readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url), 'utf8');

describe('segmentDocument', () => {
  it('builds paragraphs and sentences with stable ids over the untouched text', () => {
    const text = 'Titre\n\nM. Dupont est venu. Il est reparti.\nFin.';
    const doc = segmentDocument(text, { id: 'd1', name: 'd1.txt', lang: 'fr' });
    expect(doc.text).toBe(text);
    expect(doc.lang).toBe('fr');
    expect(doc.paragraphs.map((p) => [p.id, p.line, p.firstSentence, p.sentenceCount])).toEqual([
      ['p0', 1, 0, 1],
      ['p1', 3, 1, 2],
      ['p2', 4, 3, 1],
    ]);
    expect(doc.sentences.map((s) => [s.id, s.paragraph, text.slice(s.start, s.end)])).toEqual([
      ['s0', 0, 'Titre'],
      ['s1', 1, 'M. Dupont est venu.'],
      ['s2', 1, 'Il est reparti.'],
      ['s3', 2, 'Fin.'],
    ]);
  });

  it('detects the language of each sample document', () => {
    const langs = [
      '000_5ce1033decd27cb8.txt',
      '001_ec0fa46e45b6f4ef.txt',
      '002_c9d7d274814d5f96.txt',
      '003_9be7f01c49a02bb1.txt',
      '004_bd4a0573e9b7c7ee.txt',
    ].map((f) => segmentDocument(sample(f), { id: f, name: f }).lang);
    expect(langs).toEqual(['fr', 'fr', 'fr', 'en', 'en']);
  });

  it('marks a paragraph written in another candidate language', () => {
    const text = [
      'Les employés d’Amazon ont écrit une lettre au directeur général pour lui demander de cesser de vendre ce logiciel.',
      'We refuse to build the platform that powers ICE, and we refuse to contribute to tools that violate human rights.',
      'La société n’a pas encore répondu à cette lettre, selon plusieurs sources internes.',
      'Jeff Bezos.',
    ].join('\n');
    const doc = segmentDocument(text, { id: 'd', name: 'd', candidateLangs: ['en', 'fr'] });
    expect(doc.lang).toBe('fr');
    expect(doc.paragraphs.map((p) => p.lang)).toEqual([undefined, 'en', undefined, undefined]);
  });

  it('does not mark paragraphs when the given language is outside the candidates', () => {
    const text =
      'Los trabajadores de Amazon escribieron una carta al director general para pedirle que deje de vender el programa.';
    const doc = segmentDocument(text, { id: 'es', name: 'es', lang: 'es', candidateLangs: ['en', 'fr'] });
    expect(doc.paragraphs[0]!.lang).toBeUndefined();
  });

  it("gives an empty document language 'und' and no segments", () => {
    for (const text of ['', ' \n\u00a0\r\n']) {
      const doc = segmentDocument(text, { id: 'e', name: 'e' });
      expect(doc).toMatchObject({ lang: 'und', paragraphs: [], sentences: [], text });
    }
  });

  it('keeps every sentence inside its paragraph', () => {
    const doc = segmentDocument(sample('000_5ce1033decd27cb8.txt'), { id: 'a', name: 'a' });
    for (const p of doc.paragraphs) {
      const sents = doc.sentences.slice(p.firstSentence, p.firstSentence + p.sentenceCount);
      expect(sents.length).toBeGreaterThan(0);
      for (const s of sents) {
        expect(s.paragraph).toBe(p.index);
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
      }
    }
  });
});

describe('segmentDocument invariants', () => {
  it('puts every non-space character in exactly one sentence of its paragraph, with consistent ids', () => {
    const pieces = fc.constantFrom(
      'Il part.',
      'M.',
      'Dupont',
      ' ',
      '\n',
      '\r\n',
      '\n\n',
      '\u00a0',
      '« ',
      ' »',
      '!',
      'the U.S.',
      'He',
      '...',
      '4.5',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 50 }).map((a) => a.join('')),
        (text) => {
          const doc = segmentDocument(text, { id: 'x', name: 'x', lang: 'fr' });
          const owner = new Array<number>(text.length).fill(-1);
          doc.sentences.forEach((sent, i) => {
            expect(sent.id).toBe(`s${i}`);
            expect(sent.index).toBe(i);
            const p = doc.paragraphs[sent.paragraph]!;
            expect(i).toBeGreaterThanOrEqual(p.firstSentence);
            expect(i).toBeLessThan(p.firstSentence + p.sentenceCount);
            expect(sent.start).toBeGreaterThanOrEqual(p.start);
            expect(sent.end).toBeLessThanOrEqual(p.end);
            for (let k = sent.start; k < sent.end; k++) {
              expect(owner[k]).toBe(-1);
              owner[k] = i;
            }
          });
          doc.paragraphs.forEach((p, i) => {
            expect(p.id).toBe(`p${i}`);
            expect(p.sentenceCount).toBeGreaterThan(0);
            expect(text.slice(0, p.start).split(/\r\n|\r|\n/).length).toBe(p.line);
          });
          for (let k = 0; k < text.length; k++) if (!/\s/.test(text[k]!)) expect(owner[k]).not.toBe(-1);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('segmentDocumentAsync', () => {
  const big = Array.from({ length: 20 }, () => sample('000_5ce1033decd27cb8.txt')).join('\n\n');

  it('gives the same document as segmentDocument and reports growing progress', async () => {
    const progress: number[] = [];
    const doc = await segmentDocumentAsync(big, {
      id: 'big',
      name: 'big',
      onProgress: (p) => {
        expect(p.phase).toBe('segment');
        expect(p.done).toBeLessThanOrEqual(p.total);
        progress.push(p.done / p.total);
      },
    });
    expect(doc).toEqual(segmentDocument(big, { id: 'big', name: 'big' }));
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('stops with the abort reason when aborted', async () => {
    const before = new AbortController();
    before.abort(new Error('cancelled'));
    await expect(segmentDocumentAsync(big, { id: 'b', name: 'b', signal: before.signal })).rejects.toThrow(
      'cancelled',
    );
    const during = new AbortController();
    const run = segmentDocumentAsync(big, {
      id: 'b',
      name: 'b',
      signal: during.signal,
      onProgress: () => during.abort(new Error('stopped')),
    });
    await expect(run).rejects.toThrow('stopped');
  });
});

describe('segmentTexts', () => {
  it('gives the paragraph or sentence texts, with hard-wrap line breaks as spaces', () => {
    const text = [
      'The letter was sent to the chief executive on Thursday, and it',
      'asked the company to stop selling its software to the police and',
      'to government agencies until the law is clear. Nobody answered.',
      '',
      'Employees said they had not received an answer from the company',
      'and that they would raise the question again at the next meeting.',
    ].join('\r\n');
    const doc = segmentDocument(text, { id: 'w', name: 'w', lang: 'en' });
    expect(segmentTexts(doc, 'paragraph')).toHaveLength(2);
    expect(segmentTexts(doc, 'paragraph')[1]).toBe(
      'Employees said they had not received an answer from the company and that they would raise the question again at the next meeting.',
    );
    expect(segmentTexts(doc, 'sentence')[1]).toBe('Nobody answered.');
    expect(segmentSpans(doc, 'sentence')).toHaveLength(3);
    expect(segmentSpans(doc, 'paragraph')[0]![0]).toBe(0);
  });
});
