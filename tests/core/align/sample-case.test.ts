/**
 * The sample case (data/sample): three French reports and two English ones that quote the
 * same letter of Amazon employees. Only the passages that render the letter may be paired.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../src/core/align/align-documents.ts';
import {
  invertLexicon,
  type Lexicon,
  mergeLexicons,
  parseLexicon,
} from '../../../src/core/lexicon/lexicon.ts';
import type { Alignment } from '../../../src/core/model/alignment.ts';
import type { TextDocument } from '../../../src/core/model/document.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { segmentTexts } from '../../../src/core/segment/segment-texts.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const FILES = {
  fr0: '000_5ce1033decd27cb8',
  fr1: '001_ec0fa46e45b6f4ef',
  fr2: '002_c9d7d274814d5f96',
  en3: '003_9be7f01c49a02bb1',
  en4: '004_bd4a0573e9b7c7ee',
} as const;

let lexicon: Lexicon;
const docs = {} as Record<keyof typeof FILES, TextDocument>;

beforeAll(() => {
  lexicon = mergeLexicons(
    parseLexicon(read('data/lexicons/fr-en.tsv'), 'fr', 'en'),
    invertLexicon(parseLexicon(read('data/lexicons/en-fr.tsv'), 'en', 'fr')),
  );
  for (const [key, file] of Object.entries(FILES)) {
    docs[key as keyof typeof FILES] = segmentDocument(read(`data/sample/${file}.txt`), {
      id: key,
      name: file,
      lang: key.startsWith('fr') ? 'fr' : 'en',
    });
  }
});

/** The pairs of an alignment as [source text, target text], for readable assertions. */
function pairs(alignment: Alignment, src: TextDocument, tgt: TextDocument): [string, string][] {
  const s = segmentTexts(src, alignment.level);
  const t = segmentTexts(tgt, alignment.level);
  return alignment.beads
    .filter((b) => b.src.length > 0 && b.tgt.length > 0)
    .map((b) => [b.src.map((i) => s[i]).join(' '), b.tgt.map((j) => t[j]).join(' ')]);
}

function partnerOf(found: [string, string][], srcStart: string): string | undefined {
  return found.find(([s]) => s.trimStart().startsWith(srcStart))?.[1];
}

describe('alignDocuments on the sample case', () => {
  it('pairs the French list of demands with the English one, and nothing else of 000 with 004', async () => {
    const alignment = await alignDocuments(docs.fr0, docs.en4, { level: 'paragraph', lexicon });
    const found = pairs(alignment, docs.fr0, docs.en4);
    expect(partnerOf(found, 'Cesser de vendre')).toMatch(/Stop selling/);
    expect(partnerOf(found, 'Cesser de fournir')).toMatch(/Stop providing/);
    expect(partnerOf(found, 'Mettre en œuvre')).toMatch(/Implement strong/);
    // The article's own paragraphs (and the rest of the 2019 letter, absent from 004) stay unpaired.
    expect(found).toHaveLength(3);
    expect(alignment.parallelism).toBeGreaterThan(0);
    expect(alignment.parallelism).toBeLessThan(0.2);
  });

  it('finds the "immoral U.S. policy" passage of 001 in both English reports', async () => {
    for (const en of [docs.en3, docs.en4]) {
      const alignment = await alignDocuments(docs.fr1, en, { level: 'sentence', lexicon });
      const found = pairs(alignment, docs.fr1, en);
      expect(partnerOf(found, '« Face à cette politique immorale')).toMatch(
        /In the face of this immoral U\.S\. policy/,
      );
    }
  });

  it('leaves the site furniture and the French write-up of 001 unpaired', async () => {
    const alignment = await alignDocuments(docs.fr1, docs.en4, { level: 'paragraph', lexicon });
    const found = pairs(alignment, docs.fr1, docs.en4);
    for (const furniture of [
      '61 rue Henri Barbusse',
      'info@issmi.fr',
      'ISSMI',
      'Amazon lui aussi',
      'Un air de déjà vu',
    ])
      expect(partnerOf(found, furniture)).toBeUndefined();
    expect(found.length).toBeLessThanOrEqual(3);
    expect(alignment.parallelism).toBeLessThan(0.5);
  });

  it('gives the sentence view of 004 ↔ 000 calibrated confidences: the false Business Insider pair under 0.5, the Palantir demand over 0.9', async () => {
    // English 004 as source, French 000 as target, as the workbench opens the pair.
    const alignment = await alignDocuments(docs.en4, docs.fr0, {
      level: 'sentence',
      lexicon: invertLexicon(lexicon),
    });
    const s = segmentTexts(docs.en4, 'sentence');
    const t = segmentTexts(docs.fr0, 'sentence');
    const confidenceOf = (srcStart: string, tgtStart: string) =>
      alignment.beads.find(
        (b) =>
          b.src.some((i) => s[i]!.trimStart().startsWith(srcStart)) &&
          b.tgt.some((j) => t[j]!.trimStart().startsWith(tgtStart)),
      )?.confidence ?? 0;
    // Same story, a shared name or two, not a translation: it was paired at a hand-set 0.86.
    expect(confidenceOf('According to Business Insider', 'Cette semaine, la pétition')).toBeLessThan(0.5);
    expect(confidenceOf('• Stop providing infrastructure', 'Cesser de fournir')).toBeGreaterThan(0.9);
    // Only confident pairs count toward the parallelism figure: a few sentences of two long reports.
    expect(alignment.parallelism).toBeLessThan(0.1);
  });

  it('puts every paragraph of both sides in exactly one bead', async () => {
    const alignment = await alignDocuments(docs.fr2, docs.en3, { level: 'paragraph', lexicon });
    expect(alignment.beads.flatMap((b) => b.src)).toEqual(docs.fr2.paragraphs.map((_, k) => k));
    expect(alignment.beads.flatMap((b) => b.tgt)).toEqual(docs.en3.paragraphs.map((_, k) => k));
  });
});
