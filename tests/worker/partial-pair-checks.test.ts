/**
 * The engine worker's pair checks of partly parallel texts at the paragraph level read the
 * paired paragraphs sentence by sentence (refine-to-sentences.ts): on the sample's 003 → 001, the
 * report's own sentences beside the quoted one gave "Rekognition written as Microsoft" and
 * "April written as 40".
 */

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { setTextSource } from '../../src/worker/fetch-text.ts';

setTextSource(async (url) => readFile(resolve(process.cwd(), `.${url}`), 'utf8'));

const context = { signal: new AbortController().signal, onProgress: () => {}, collect: () => {} };
const sample = (file: string, lang: 'en' | 'fr') =>
  segmentDocument(readFileSync(resolve(process.cwd(), `data/sample/${file}.txt`), 'utf8'), {
    id: file.slice(0, 3),
    name: file,
    lang,
  });

describe('pair checks of partly parallel texts in the worker', () => {
  it('finds the name the quotation drops, and none of the report’s own names and numbers', async () => {
    const { handlers } = await import('../../src/worker/engine.worker.ts');
    const source = sample('003_9be7f01c49a02bb1', 'en');
    const doc = sample('001_ec0fa46e45b6f4ef', 'fr');
    const alignment = await handlers.align({ src: source, tgt: doc, level: 'paragraph' }, context);
    expect(alignment.parallelism).toBeLessThan(0.75);
    const findings = await handlers.check({ doc, source, alignment, pairOnly: true }, context);
    const names = findings
      .filter((f) => f.category === 'names')
      .map((f) => `${f.params?.issue} ${f.params?.name}`);
    expect(names).toEqual(['missing DHS']);
    expect(findings.filter((f) => f.category === 'numbers')).toEqual([]);
  });

  it('aligns the sentences of one version of the two documents once, for the checks and the sentence view', async () => {
    const { handlers } = await import('../../src/worker/engine.worker.ts');
    const source = sample('003_9be7f01c49a02bb1', 'en');
    const doc = sample('001_ec0fa46e45b6f4ef', 'fr');
    const sentences = await handlers.align({ src: source, tgt: doc, level: 'sentence' }, context);
    const paragraphs = await handlers.align({ src: source, tgt: doc, level: 'paragraph' }, context);
    expect(paragraphs.level).toBe('paragraph');
    await handlers.check({ doc, source, alignment: paragraphs, pairOnly: true }, context);
    expect(await handlers.align({ src: source, tgt: doc, level: 'sentence' }, context)).toBe(sentences);
    // Another version of the translation (an edit makes a new document) is aligned anew.
    const edited = sample('001_ec0fa46e45b6f4ef', 'fr');
    const again = await handlers.align({ src: source, tgt: edited, level: 'sentence' }, context);
    expect(again).not.toBe(sentences);
    expect(again.beads).toEqual(sentences.beads);
  });
});
