import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/cli/load-lexicons.ts';
import { alignDocuments } from '../../../src/core/align/align-documents.ts';
import { needsRefining, refineToSentences } from '../../../src/core/align/refine-to-sentences.ts';
import type { Alignment } from '../../../src/core/model/alignment.ts';
import type { TextDocument } from '../../../src/core/model/document.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const sample = (file: string, lang: 'en' | 'fr') =>
  segmentDocument(readFileSync(new URL(`../../../data/sample/${file}.txt`, import.meta.url), 'utf8'), {
    id: file.slice(0, 3),
    name: file,
    lang,
  });
const en3 = sample('003_9be7f01c49a02bb1', 'en');
const fr1 = sample('001_ec0fa46e45b6f4ef', 'fr');
const lexicon = loadLexicon('en', 'fr')!;

/** Every sentence of both sides once, in order. */
function expectCovering(alignment: Alignment, src: TextDocument, tgt: TextDocument) {
  expect(alignment.level).toBe('sentence');
  expect(alignment.beads.flatMap((b) => b.src)).toEqual(src.sentences.map((_, k) => k));
  expect(alignment.beads.flatMap((b) => b.tgt)).toEqual(tgt.sentences.map((_, k) => k));
}

describe('refineToSentences', () => {
  it('keeps, inside the sample’s paired paragraphs, only the sentence pairs that lie within them', async () => {
    const options = { srcLang: 'en', tgtLang: 'fr', lexicon } as const;
    const paragraphs = await alignDocuments(en3, fr1, { ...options, level: 'paragraph' });
    const sentences = await alignDocuments(en3, fr1, { ...options, level: 'sentence' });
    expect(needsRefining(paragraphs, en3, fr1)).toBe(true);
    const refined = refineToSentences(paragraphs, sentences, en3, fr1);
    expectCovering(refined, en3, fr1);
    expect(refined.parallelism).toBe(paragraphs.parallelism);
    const paired = refined.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
    // The "immoral U.S. policy" sentence pair, inside the letter's paragraph pair, and nothing
    // of the report's own sentences around it.
    const text = (doc: TextDocument, k: number) =>
      doc.text.slice(doc.sentences[k]!.start, doc.sentences[k]!.end);
    expect(
      paired.some(
        (b) =>
          b.src.some((k) => text(en3, k).includes('immoral U.S. policy')) &&
          b.tgt.some((k) => text(fr1, k).includes('politique immorale')),
      ),
    ).toBe(true);
    for (const b of paired) {
      const srcParas = new Set(b.src.map((k) => en3.sentences[k]!.paragraph));
      const tgtParas = new Set(b.tgt.map((k) => fr1.sentences[k]!.paragraph));
      const bead = paragraphs.beads.find((p) => p.src.some((x) => srcParas.has(x)))!;
      expect(bead.tgt.some((x) => tgtParas.has(x))).toBe(true);
    }
  });

  it('keeps a paired paragraph whole when no sentence pair lies inside it', async () => {
    const src = segmentDocument('First one here. Second one there.\nThird paragraph alone.', {
      id: 's',
      name: 's',
      lang: 'en',
    });
    const tgt = segmentDocument('Premier ici. Deuxième là.\nTroisième seul.', {
      id: 't',
      name: 't',
      lang: 'fr',
    });
    const paragraphs: Alignment = {
      level: 'paragraph',
      srcDocId: 's',
      tgtDocId: 't',
      parallelism: 0.3,
      beads: [
        { src: [0], tgt: [0], confidence: 0.8 },
        { src: [1], tgt: [], confidence: 0.9 },
        { src: [], tgt: [1], confidence: 0.9 },
      ],
    };
    // The sentence level paired nothing, and the sentence pair it would give across paragraphs is dropped.
    const sentences: Alignment = {
      ...paragraphs,
      level: 'sentence',
      beads: [
        { src: [0], tgt: [], confidence: 0.9 },
        { src: [1], tgt: [], confidence: 0.9 },
        { src: [2], tgt: [0], confidence: 0.6 },
        { src: [], tgt: [1], confidence: 0.9 },
        { src: [], tgt: [2], confidence: 0.9 },
      ],
    };
    expect(needsRefining(paragraphs, src, tgt)).toBe(true);
    const refined = refineToSentences(paragraphs, sentences, src, tgt);
    expectCovering(refined, src, tgt);
    expect(refined.beads.map((b) => [b.src, b.tgt])).toEqual([
      [
        [0, 1],
        [0, 1],
      ],
      [[2], []],
      [[], [2]],
    ]);
  });

  it('leaves translations and sentence alignments as they are', () => {
    const src = segmentDocument('One.\nTwo.', { id: 's', name: 's', lang: 'en' });
    const tgt = segmentDocument('Un.\nDeux.', { id: 't', name: 't', lang: 'fr' });
    const beads = [
      { src: [0], tgt: [0], confidence: 0.99 },
      { src: [1], tgt: [1], confidence: 0.99 },
    ];
    const translation: Alignment = {
      level: 'paragraph',
      srcDocId: 's',
      tgtDocId: 't',
      parallelism: 1,
      beads,
    };
    expect(needsRefining(translation, src, tgt)).toBe(false);
    expect(needsRefining({ ...translation, level: 'sentence', parallelism: 0.2 }, src, tgt)).toBe(false);
    expect(needsRefining({ ...translation, parallelism: 0.2 }, src, tgt)).toBe(true);
  });
});
