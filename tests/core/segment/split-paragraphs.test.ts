import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHardWrapped, splitLines, splitParagraphs } from '../../../src/core/segment/split-paragraphs.ts';

const sample = (name: string): string =>
  readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url), 'utf8');
const texts = (text: string): string[] => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('splitParagraphs', () => {
  it('makes one paragraph of each non-empty line of scraped text', () => {
    const text = 'Title\n\nFirst paragraph. Two sentences.\nSecond paragraph\n\n\nThird.';
    expect(texts(text)).toEqual(['Title', 'First paragraph. Two sentences.', 'Second paragraph', 'Third.']);
    expect(splitParagraphs(text).map((p) => p.line)).toEqual([1, 3, 4, 7]);
  });

  it('treats a line holding only U+00A0 or spaces as empty (sample 001)', () => {
    const text = sample('001_ec0fa46e45b6f4ef.txt');
    const nonEmpty = text.split('\n').filter((l) => l.trim() !== '');
    expect(text).toContain('\n\u00a0\n');
    expect(texts(text)).toEqual(nonEmpty.map((l) => l.trim()));
  });

  it('numbers paragraphs as the non-empty lines of every sample file (the CLI contract)', () => {
    for (const name of [
      '000_5ce1033decd27cb8.txt',
      '001_ec0fa46e45b6f4ef.txt',
      '002_c9d7d274814d5f96.txt',
      '003_9be7f01c49a02bb1.txt',
      '004_bd4a0573e9b7c7ee.txt',
    ]) {
      const text = sample(name);
      const lines = text.split('\n');
      const expected = lines.flatMap((l, i) => (l.trim() === '' ? [] : [{ text: l.trim(), line: i + 1 }]));
      const got = splitParagraphs(text).map((p) => ({ text: text.slice(p.start, p.end), line: p.line }));
      expect(got, name).toEqual(expected);
    }
  });

  it('handles CRLF, lone CR, a BOM and trailing spaces', () => {
    const text = '\ufeffTitle  \r\n\r\nBody one.\t\r\nBody two.\rLast \u00a0';
    expect(texts(text)).toEqual(['Title', 'Body one.', 'Body two.', 'Last']);
    expect(splitParagraphs(text).map((p) => p.line)).toEqual([1, 3, 4, 5]);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\u00a0\r\n\t\ufeff')).toEqual([]);
  });

  it('joins the lines of hard-wrapped blocks into one paragraph', () => {
    const text = [
      'The letter was sent to the chief executive on Thursday, and it',
      'asked the company to stop selling its software to the police and',
      'to government agencies until the law is clear.',
      '',
      'Employees said they had not received an answer from the company',
      'and that they would raise the question again at the next meeting',
      'of all staff, which is to be held in Seattle next week.',
      '',
      'A short closing line.',
    ].join('\n');
    expect(isHardWrapped(text)).toBe(true);
    const paras = splitParagraphs(text);
    expect(paras).toHaveLength(3);
    expect(text.slice(paras[0]!.start, paras[0]!.end)).toMatch(/^The letter.*\n.*\n.*is clear\.$/);
    expect(paras.map((p) => p.line)).toEqual([1, 5, 9]);
  });

  it('recovers the paragraphs of a sample text after it is hard-wrapped at 72 columns', () => {
    const original = sample('000_5ce1033decd27cb8.txt')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const wrap = (para: string): string => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > 72) {
          lines.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      return [...lines, line].join('\n');
    };
    const text = original.map(wrap).join('\n\n');
    expect(isHardWrapped(text)).toBe(true);
    expect(texts(text).map((t) => t.replace(/\n/g, ' '))).toEqual(original);
    // The same with CRLF line breaks and trailing spaces on some lines.
    const crlf = text.replace(/\n/g, ' \r\n');
    expect(texts(crlf).map((t) => t.replace(/ \r\n/g, ' '))).toEqual(original);
  });

  it('detects a hard-wrapped novel whose dialogue lines stand alone', () => {
    const text = [
      'It was a dark night, and the wind went on howling through the old trees while',
      'the rain beat against the windows of the house on the hill above the village.',
      '',
      '"Who is there?" she asked.',
      '',
      '"Nobody."',
      '',
      'He did not answer at once, and she waited at the door with the lamp held high',
      'in her hand, listening to the footsteps that came slowly up the gravel path',
      'from the gate.',
      '',
      '"Come in, then."',
    ].join('\n');
    expect(isHardWrapped(text)).toBe(true);
    expect(splitParagraphs(text).map((p) => p.line)).toEqual([1, 4, 6, 8, 12]);
  });

  it('does not join a block of short lines that each end a sentence', () => {
    const text = 'One line here.\nAnother line there.\nA third one.\n\nNext block.\nAnd more.';
    expect(isHardWrapped(text)).toBe(false);
    expect(splitParagraphs(text)).toHaveLength(5);
  });

  it('yields ordered, trimmed, non-overlapping spans covering every non-space character', () => {
    const chars = fc.constantFrom('a', 'B', '.', ' ', '\n', '\r', '\u00a0', '\t', '«', 'é', '\ufeff');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 200 }).map((a) => a.join('')),
        (text) => {
          const spans = splitParagraphs(text);
          let prev = 0;
          const covered = new Array<boolean>(text.length).fill(false);
          for (const p of spans) {
            expect(p.start).toBeGreaterThanOrEqual(prev);
            expect(p.end).toBeGreaterThan(p.start);
            expect(p.end).toBeLessThanOrEqual(text.length);
            expect(/\s/.test(text[p.start]!)).toBe(false);
            expect(/\s/.test(text[p.end - 1]!)).toBe(false);
            for (let i = p.start; i < p.end; i++) covered[i] = true;
            prev = p.end;
          }
          for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(true);
        },
      ),
    );
  });

  it('counts lines like a text editor', () => {
    expect(splitLines('a\r\nb\rc\n').map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });
});
