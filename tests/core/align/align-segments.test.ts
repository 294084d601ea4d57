import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/cli/load-lexicons.ts';
import {
  ALIGN_PROGRESS_TOTAL,
  alignSegments,
  alignSegmentsDetailed,
  MIN_SEGMENTS_FOR_AUTO,
  MIN_SEGMENTS_FOR_TINY_TEST,
} from '../../../src/core/align/align-segments.ts';
import type { Alignment } from '../../../src/core/model/alignment.ts';

const EN = [
  'The committee met on Monday in Brussels to discuss the budget.',
  'Ministers from twelve countries attended the meeting.',
  'They agreed to raise spending on research by 4 percent in 2019.',
  'The agreement still needs the approval of the European Parliament.',
  'Critics said the plan was far too modest to change anything for universities and their students.',
  'Greenpeace called it "a missed opportunity".',
  'The next meeting will take place in Vienna in March.',
  'Journalists were not allowed inside.',
];
const FR = [
  'Le comité s’est réuni lundi à Bruxelles pour discuter du budget.',
  'Des ministres de douze pays ont assisté à la réunion.',
  'Ils ont accepté d’augmenter de 4 pour cent les dépenses de recherche en 2019.',
  'L’accord doit encore être approuvé par le Parlement européen.',
  'Les critiques ont jugé le plan bien trop modeste pour changer quoi que ce soit pour les universités et leurs étudiants.',
  'Greenpeace a parlé d’« une occasion manquée ».',
  'La prochaine réunion aura lieu à Vienne en mars.',
  'Les journalistes n’ont pas été admis.',
];

/** FR with its fifth sentence rendered by four short ones (sentences 4–7). */
const FR_IN_FOUR = [
  ...FR.slice(0, 4),
  'Les critiques ont jugé le plan trop modeste.',
  'Il ne changera rien.',
  'Ni pour les universités.',
  'Ni pour leurs étudiants.',
  ...FR.slice(5),
];

function covers(alignment: Alignment, n: number, m: number): boolean {
  const src = alignment.beads.flatMap((b) => b.src);
  const tgt = alignment.beads.flatMap((b) => b.tgt);
  return src.length === n && tgt.length === m && src.every((v, k) => v === k) && tgt.every((v, k) => v === k);
}

const shape = (a: Alignment) => a.beads.map((b) => `${b.src.join(',')}:${b.tgt.join(',')}`);

describe('alignSegments', () => {
  it('pairs a full translation one to one', async () => {
    const alignment = await alignSegments(EN, FR, { mode: 'parallel' });
    expect(shape(alignment)).toEqual(EN.map((_, k) => `${k}:${k}`));
    expect(alignment.parallelism).toBeGreaterThan(0.8);
  });

  it('keeps a dropped sentence as a 1-0 bead', async () => {
    const fr = FR.filter((_, k) => k !== 4);
    const alignment = await alignSegments(EN, fr, { mode: 'parallel' });
    expect(shape(alignment)).toContain('4:');
    expect(shape(alignment)).toContain('5:4');
  });

  it('joins a sentence split in two into a 1-2 bead', async () => {
    const fr = [
      ...FR.slice(0, 2),
      'Ils ont accepté d’augmenter les dépenses.',
      'La recherche gagnera 4 pour cent en 2019.',
      ...FR.slice(3),
    ];
    const alignment = await alignSegments(EN, fr, { mode: 'parallel' });
    expect(shape(alignment)).toContain('2:2,3');
    expect(shape(alignment)).toContain('3:4');
  });

  it('joins a sentence rendered by four into a 1-4 bead, not a 1-3 beside a 0-1', async () => {
    const alignment = await alignSegments(EN, FR_IN_FOUR, { mode: 'parallel' });
    expect(shape(alignment)).toContain('4:4,5,6,7');
    expect(shape(alignment)).toContain('5:8');
    expect(shape(alignment)).toContain('3:3');
  });

  it('keeps paragraphs to beads of three at most a side', async () => {
    const alignment = await alignSegments(EN, FR_IN_FOUR, { mode: 'parallel', level: 'paragraph' });
    for (const bead of alignment.beads)
      expect(Math.max(bead.src.length, bead.tgt.length)).toBeLessThanOrEqual(3);
  });

  it('puts every segment in exactly one bead, in order, with confidences in [0, 1]', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 }),
        async (src, tgt) => {
          const alignment = await alignSegments(src, tgt);
          expect(covers(alignment, src.length, tgt.length)).toBe(true);
          for (const bead of alignment.beads) {
            expect(bead.confidence).toBeGreaterThanOrEqual(0);
            expect(bead.confidence).toBeLessThanOrEqual(1);
            expect(bead.src.length + bead.tgt.length).toBeGreaterThan(0);
          }
          expect(alignment.parallelism).toBeGreaterThanOrEqual(0);
          expect(alignment.parallelism).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives confident beads to a clean translation and reports progress', async () => {
    const phases: number[] = [];
    const alignment = await alignSegments(EN, FR, {
      mode: 'parallel',
      onProgress: (p) => phases.push(p.done),
    });
    expect(alignment.beads.filter((b) => b.confidence >= 0.5).length).toBeGreaterThanOrEqual(6);
    expect(phases.at(-1)).toBe(ALIGN_PROGRESS_TOTAL);
  });

  it('reports progress row by row, never going back, up to its total', async () => {
    // Partly parallel texts (the auto mode's test, then the partial mode): the longest kind of call.
    const src = Array.from({ length: 400 }, (_, i) => `Sentence number ${i + 1} about the council's budget.`);
    const tgt = Array.from({ length: 300 }, (_, i) => `Phrase ${i + 1} sans rapport avec le reste.`);
    const done: number[] = [];
    await alignSegments(src, tgt, { onProgress: (p) => done.push(p.done) });
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(ALIGN_PROGRESS_TOTAL);
    for (let k = 1; k < done.length; k++) expect(done[k]!).toBeGreaterThan(done[k - 1]!);
    // Within the passes, not only at their starts (0, 25, 50, 75) and the end.
    expect(done.filter((d) => d % 25 !== 0).length).toBeGreaterThan(10);
  });

  it('aligns one short segment against 200 without losing any (steep band)', async () => {
    const tgt = Array.from({ length: 200 }, (_, i) => `Phrase numéro ${i} du texte.`);
    const alignment = await alignSegments(['«'], tgt);
    expect(alignment.beads.flatMap((b) => b.src)).toEqual([0]);
    expect(alignment.beads.flatMap((b) => b.tgt)).toEqual([...Array(200).keys()]);
  });

  it('finds a translation’s path past an insertion of 400 sentences (its band widens that far)', async () => {
    // Numbered sentences, so that every one has its own anchor; the target has 400 sentences of
    // its own in the middle: the path drifts about 300 segments from the diagonal.
    const src = Array.from({ length: 1000 }, (_, i) => `Sentence number ${i + 1} of the original report.`);
    const inserted = Array.from({ length: 400 }, (_, i) => `Paragraphe ajouté ${i + 1}, sans équivalent.`);
    const tgt = [...src.slice(0, 500), ...inserted, ...src.slice(500)];
    const { beads } = await alignSegments(src, tgt, { level: 'sentence', mode: 'parallel' });
    const partner = new Map<number, number>();
    for (const b of beads) if (b.src.length === 1 && b.tgt.length === 1) partner.set(b.src[0]!, b.tgt[0]!);
    const right = src.filter((_, i) => partner.get(i) === (i < 500 ? i : i + 400)).length;
    expect(right).toBeGreaterThanOrEqual(990);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(alignSegments(EN, FR, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('auto mode on short texts', () => {
  const paragraphs = (path: string) =>
    readFileSync(new URL(path, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
  const storm = paragraphs('../../fixtures/storm/storm-en.txt');
  const lexicon = loadLexicon('en', 'fr');

  it('takes a report of eight paragraphs and an unrelated one for what they are: nothing is paired', async () => {
    // Under MIN_SEGMENTS_FOR_AUTO paragraphs the texts were taken as translations untested, and a
    // storm report's quotation of the minister paired with three of Amazon's paragraphs at 0.95.
    expect(storm.length).toBeLessThan(MIN_SEGMENTS_FOR_AUTO);
    expect(storm.length).toBeGreaterThanOrEqual(MIN_SEGMENTS_FOR_TINY_TEST);
    const amazon = paragraphs('../../../data/sample/000_5ce1033decd27cb8.txt');
    const { alignment, mode } = await alignSegmentsDetailed(storm, amazon, {
      level: 'paragraph',
      ...(lexicon ? { lexicon } : {}),
    });
    expect(mode).toBe('partial');
    expect(
      alignment.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0 && b.confidence >= 0.5),
    ).toEqual([]);
  });

  it('still aligns its translation paragraph by paragraph', async () => {
    const french = paragraphs('../../fixtures/storm/storm-fr.txt');
    const { alignment, mode } = await alignSegmentsDetailed(storm, french, {
      level: 'paragraph',
      ...(lexicon ? { lexicon } : {}),
    });
    expect(mode).toBe('parallel');
    const paired = alignment.beads.filter(
      (b) => b.src.length === 1 && b.tgt.length === 1 && b.confidence >= 0.8,
    );
    expect(paired.map((b) => [b.src[0], b.tgt[0]])).toEqual(storm.map((_, k) => [k, k]));
  });
});
