/**
 * The sample case (data/sample): three French reports and two English ones that quote the
 * same letter of Amazon employees. Only the passages that render the letter may be paired.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, loadQuoteLexicons } from '../../../src/cli/load-lexicons.ts';
import { alignDocuments } from '../../../src/core/align/align-documents.ts';
import { AUTO_PARALLEL_SHARE, alignSegmentsDetailed } from '../../../src/core/align/align-segments.ts';
import { invertLexicon, type Lexicon } from '../../../src/core/lexicon/lexicon.ts';
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
let inverse: Lexicon;
const docs = {} as Record<keyof typeof FILES, TextDocument>;

beforeAll(() => {
  // Every fr-en file (main + licence-family parts) merged, as the CLI and the worker load it.
  const shipped = loadLexicon('fr', 'en');
  if (!shipped) throw new Error('no fr-en lexicon in data/lexicons');
  lexicon = shipped;
  inverse = invertLexicon(lexicon);
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

/** Every pair of an alignment as `i:j`, with its confidence, optionally transposed. */
function pairMap(alignment: Alignment, transpose = false): Map<string, number> {
  return new Map(
    alignment.beads
      .filter((b) => b.src.length > 0 && b.tgt.length > 0)
      .map((b) => {
        const [s, t] = transpose ? [b.tgt, b.src] : [b.src, b.tgt];
        return [`${s.join(',')}:${t.join(',')}`, b.confidence] as const;
      }),
  );
}

/** The lexicon read from the source document's language. */
const lexiconFrom = (key: keyof typeof FILES) => (key.startsWith('fr') ? lexicon : inverse);

const aligned = new Map<string, Promise<{ forward: Alignment; backward: Alignment }>>();

/** Align a with b (a as source), and b with a, at `level` (once per test file). */
function bothWays(a: keyof typeof FILES, b: keyof typeof FILES, level: 'paragraph' | 'sentence') {
  const key = `${a}/${b}/${level}`;
  let found = aligned.get(key);
  if (!found) {
    found = (async () => ({
      forward: await alignDocuments(docs[a], docs[b], { level, lexicon: lexiconFrom(a) }),
      backward: await alignDocuments(docs[b], docs[a], { level, lexicon: lexiconFrom(b) }),
    }))();
    aligned.set(key, found);
  }
  return found;
}

describe('alignDocuments on the sample case', () => {
  it('takes no French report for a translation of an English one: the auto mode aligns each pair as partly parallel', async () => {
    // 003 and 001 tell the same story in the same order: four of 001's eleven paragraphs find a
    // counterpart in 003 on their own evidence (share 0.2, under AUTO_PARALLEL_SHARE 0.28).
    for (const en of ['en3', 'en4'] as const)
      for (const fr of ['fr0', 'fr1', 'fr2'] as const) {
        const result = await alignSegmentsDetailed(
          segmentTexts(docs[en], 'paragraph'),
          segmentTexts(docs[fr], 'paragraph'),
          { level: 'paragraph', lexicon: lexiconFrom(en) },
        );
        expect(result.mode, `${en}/${fr}`).toBe('partial');
        expect(result.evidenceShare, `${en}/${fr}`).toBeLessThan(AUTO_PARALLEL_SHARE);
      }
  });

  it('pairs the three demands of 000 with those of 004, in both directions and at both levels, and nothing else', async () => {
    for (const level of ['paragraph', 'sentence'] as const) {
      const { forward, backward } = await bothWays('fr0', 'en4', level);
      for (const [alignment, fr, en] of [
        [forward, pairs(forward, docs.fr0, docs.en4), 'fr'],
        [backward, pairs(backward, docs.en4, docs.fr0).map(([e, f]) => [f, e] as [string, string]), 'en'],
      ] as const) {
        expect(partnerOf(fr, 'Cesser de fournir'), `${level}, ${en} source`).toMatch(/Stop providing/);
        // The demand before it is rendered loosely, from the 2019 restatement of the letter
        // ("Cesser de vendre des technologies de surveillance…" shares two words with "Stop
        // selling facial recognition services…"): session 5's list support (a short item right
        // beside a confident short pair) lifts it from 0.35 to over 0.9.
        expect(partnerOf(fr, 'Cesser de vendre'), `${level}, ${en} source`).toMatch(/Stop selling/);
        // The third ("Mettre en œuvre de solides mesures de transparence et de responsabilité…" /
        // "Implement strong transparency and accountability measures, that include enumerating…")
        // drops the English item's clause; it pairs since the lexicon knows strong ~ solide and
        // accountability ~ responsabilité (session 9; it stood at 0.28 before).
        expect(partnerOf(fr, 'Mettre en œuvre'), `${level}, ${en} source`).toMatch(/Implement strong/);
        const beads = alignment.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
        // The first two over 0.9, the third, a looser rendering, over 0.7.
        beads.forEach((bead, k) => {
          const text = fr[k]![0].trimStart();
          expect(bead.confidence, text).toBeGreaterThan(text.startsWith('Mettre en œuvre') ? 0.7 : 0.9);
        });
        // The article's own paragraphs (and the rest of the 2019 letter, absent from 004) stay
        // unpaired.
        expect(fr).toHaveLength(3);
        expect(alignment.parallelism).toBeGreaterThan(0);
        expect(alignment.parallelism).toBeLessThan(0.2);
      }
    }
  });

  it('finds the "immoral U.S. policy" passage of 001 in 003, in both directions; in 004 it is doubted, not paired elsewhere', async () => {
    for (const en of ['en3', 'en4'] as const) {
      const { forward, backward } = await bothWays('fr1', en, 'sentence');
      const s = segmentTexts(docs.fr1, 'sentence');
      const t = segmentTexts(docs[en], 'sentence');
      const i = s.findIndex((x) => x.trimStart().startsWith('« Face à cette politique immorale'));
      const j = t.findIndex((x) => x.includes('In the face of this immoral U.S. policy'));
      const there = forward.beads.find((b) => b.src.includes(i));
      const back = backward.beads.find((b) => b.src.includes(j));
      if (en === 'en3') {
        expect(there?.tgt, en).toEqual([j]);
        expect(back?.tgt).toEqual([i]);
        expect(there?.confidence).toBeGreaterThanOrEqual(0.5);
      } else {
        // In 004 the sentence is a loose rendering standing alone (no rendered neighbour to lift
        // it). Session 4 left it at 0.43; session 5's own-evidence features put it at 0.52, the
        // refit with same-event negatives (WMT 2012) at 0.48, and the rare-match share (the
        // story's names and words recur across both reports) at 0.37. It is left unpaired, and
        // its unpaired bead says that this is doubtful (1 − 0.37), rather than paired with
        // anything else.
        expect(there?.tgt, en).toEqual([]);
        expect(back?.tgt).toEqual([]);
        expect(there?.confidence).toBeLessThan(0.7);
      }
    }
  });

  it('with the quote tracer, pairs the passages its quotations render: 001 and 002 with 004, as 003 already was', async () => {
    const quoteLexicons = loadQuoteLexicons();
    for (const level of ['sentence', 'paragraph'] as const) {
      for (const [fr, en, quoted, source] of [
        ['fr1', 'en4', 'Face à cette politique immorale', 'In the face of this immoral U.S. policy'],
        ['fr1', 'en3', 'Face à cette politique immorale', 'In the face of this immoral U.S. policy'],
        [
          'fr2',
          'en4',
          'prendre des mesures pour renforcer sa responsabilité',
          'Implement strong transparency',
        ],
      ] as const) {
        for (const forward of [true, false]) {
          const [a, b] = forward ? [docs[fr], docs[en]] : [docs[en], docs[fr]];
          const alignment = await alignDocuments(a, b, {
            level,
            lexicon: lexiconFrom(forward ? fr : en),
            quoteLexicons,
          });
          const s = segmentTexts(a, level);
          const t = segmentTexts(b, level);
          const [frTexts, enTexts] = forward ? [s, t] : [t, s];
          const i = frTexts.findIndex((x) => x.includes(quoted));
          const j = enTexts.findIndex((x) => x.includes(source));
          const bead = alignment.beads.find((x) => (forward ? x.src : x.tgt).includes(i));
          const what = `${fr}/${en} ${level}${forward ? '' : ' (English as source)'}`;
          expect(forward ? bead?.tgt : bead?.src, what).toContain(j);
          // The tracer's calibrated probability that the passage is the quotation's source.
          expect(bead?.confidence, what).toBeGreaterThan(0.8);
        }
      }
      // The article's own paragraphs and the site furniture still stay unpaired.
      const alignment = await alignDocuments(docs.fr1, docs.en4, { level, lexicon, quoteLexicons });
      const found = pairs(alignment, docs.fr1, docs.en4);
      for (const own of [
        '61 rue Henri Barbusse',
        'info@issmi.fr',
        'L’histoire a un sérieux',
        'Un air de déjà vu',
      ])
        expect(partnerOf(found, own), own).toBeUndefined();
      expect(alignment.parallelism).toBeLessThan(0.5);
    }
    // The aligner alone (no quote lexicons) leaves 001's sentence unpaired with 004, as above.
  });

  it('gives the same pairs, transposed, with the same confidences, whichever text is the source', async () => {
    const couples = [
      ['fr0', 'en4'],
      ['fr2', 'en4'],
      ['fr1', 'en4'],
      ['fr1', 'en3'],
    ] as const;
    for (const [a, b] of couples) {
      for (const level of ['paragraph', 'sentence'] as const) {
        const { forward, backward } = await bothWays(a, b, level);
        const there = pairMap(forward);
        const back = pairMap(backward, true);
        expect([...back.keys()].sort(), `${a}/${b} ${level}`).toEqual([...there.keys()].sort());
        for (const [key, confidence] of there) expect(back.get(key)).toBeCloseTo(confidence, 6);
      }
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

  it('does not propose the same-story pair 004 "According to Business Insider…" / 000 "Cette semaine, la pétition…", in either direction', async () => {
    const s = segmentTexts(docs.en4, 'sentence');
    const t = segmentTexts(docs.fr0, 'sentence');
    const i = s.findIndex((x) => x.trimStart().startsWith('According to Business Insider'));
    const j = t.findIndex((x) => x.trimStart().startsWith('Cette semaine, la pétition'));
    const { forward: frEn, backward: enFr } = await bothWays('fr0', 'en4', 'sentence');
    // Same story, a shared name or two, not a translation: it was once paired at a hand-set 0.86,
    // then proposed at a calibrated 0.18. A pair is now proposed only from 0.5 (more likely
    // right than wrong), and the unpaired beads are confident that they are unpaired.
    const srcBead = enFr.beads.find((b) => b.src.includes(i));
    expect(srcBead?.tgt).toEqual([]);
    expect(frEn.beads.find((b) => b.src.includes(j))?.tgt).toEqual([]);
    expect(srcBead?.confidence).toBeGreaterThan(0.5);
    expect(
      enFr.beads.find((b) => b.src.some((k) => s[k]!.includes('Stop providing infrastructure')))?.confidence,
    ).toBeGreaterThan(0.9);
    // Only confident pairs count toward the parallelism figure: a few sentences of two long reports.
    expect(enFr.parallelism).toBeLessThan(0.1);
  });

  it('puts every paragraph of both sides in exactly one bead', async () => {
    const alignment = await alignDocuments(docs.fr2, docs.en3, { level: 'paragraph', lexicon });
    expect(alignment.beads.flatMap((b) => b.src)).toEqual(docs.fr2.paragraphs.map((_, k) => k));
    expect(alignment.beads.flatMap((b) => b.tgt)).toEqual(docs.en3.paragraphs.map((_, k) => k));
  });
});
