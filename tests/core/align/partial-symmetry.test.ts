/**
 * The partial (local) mode must not depend on which text is called the source: swapping the
 * texts (and reading the lexicon the other way) transposes its pairs and keeps their
 * confidences. And it proposes a pair only when it is more likely right than wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegmentsDetailed } from '../../../src/core/align/align-segments.ts';
import { invertLexicon, parseLexicon } from '../../../src/core/lexicon/lexicon.ts';

// A small lexicon that lists some inflected forms on one side only: read one way only, the
// matches differ with the direction.
const PAIRS: [string, string][] = [
  ['stop', 'cesser'],
  ['sell', 'vendre'],
  ['workers', 'employés'],
  ['letter', 'lettre'],
  ['government', 'gouvernement'],
  ['company', 'société'],
  ['police', 'police'],
  ['demand', 'exiger'],
  ['demands', 'exigences'],
  ['software', 'logiciel'],
  ['contracts', 'contrats'],
  ['immigration', 'immigration'],
  ['protest', 'manifester'],
  ['week', 'semaine'],
  ['providing', 'fournir'],
  ['infrastructure', 'infrastructure'],
  ['facial', 'faciale'],
  ['recognition', 'reconnaissance'],
  ['public', 'publique'],
];
const LEXICON = parseLexicon(PAIRS.map(([e, f]) => `${e}\t${f}`).join('\n'), 'en', 'fr');
const INVERSE = invertLexicon(LEXICON);
// `selling` is not in the lexicon: `vendre` → `sell` meets it through its cognate key (sell),
// but read en → fr only, `selling` meets nothing.
const EN_FILLER = [
  'the',
  'of',
  'and',
  'about',
  'news',
  'report',
  'said',
  'Monday',
  'Seattle',
  'Amazon',
  'selling',
];
const FR_FILLER = [
  'le',
  'de',
  'et',
  'sur',
  'nouvelles',
  'rapport',
  'dit',
  'lundi',
  'Seattle',
  'Amazon',
  'vendre',
];

const words = (pool: readonly string[]) =>
  fc.array(fc.constantFrom(...pool), { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);

/** English and French texts on one topic, some French segments translating English ones word by word. */
const texts = fc
  .record({
    en: fc.array(words([...PAIRS.map(([e]) => e), ...EN_FILLER]), { minLength: 2, maxLength: 14 }),
    fr: fc.array(words([...PAIRS.map(([, f]) => f), ...FR_FILLER]), { minLength: 2, maxLength: 14 }),
    rendered: fc.array(fc.nat(), { maxLength: 4 }),
  })
  .map(({ en, fr, rendered }) => {
    const toFr = new Map(PAIRS);
    const out = [...fr];
    for (const r of rendered) {
      const source = en[r % en.length]!;
      const translated = source
        .slice(0, -1)
        .split(' ')
        .map((w) => toFr.get(w) ?? FR_FILLER[EN_FILLER.indexOf(w)] ?? w)
        .join(' ');
      out.splice(r % (out.length + 1), 0, `${translated}.`);
    }
    return { en, fr: out };
  });

describe('partial mode', () => {
  it('gives the same pairs, transposed, with the same confidences when source and target are swapped', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async ({ en, fr }) => {
        const there = await alignSegmentsDetailed(en, fr, { mode: 'partial', lexicon: LEXICON });
        const back = await alignSegmentsDetailed(fr, en, { mode: 'partial', lexicon: INVERSE });
        const forward = new Map(there.localPairs.map((p) => [`${p.i}:${p.j}`, p.confidence]));
        const backward = new Map(back.localPairs.map((p) => [`${p.j}:${p.i}`, p.confidence]));
        expect([...backward.keys()].sort()).toEqual([...forward.keys()].sort());
        for (const [key, confidence] of forward) expect(backward.get(key)).toBeCloseTo(confidence, 9);
        const pairsOf = (beads: typeof there.alignment.beads, swap: boolean) =>
          beads
            .filter((b) => b.src.length > 0 && b.tgt.length > 0)
            .map((b) => (swap ? `${b.tgt}:${b.src}` : `${b.src}:${b.tgt}`))
            .sort();
        expect(pairsOf(back.alignment.beads, true)).toEqual(pairsOf(there.alignment.beads, false));
      }),
      { numRuns: 60 },
    );
  });

  it('proposes only pairs of confidence >= 0.5, and an unpaired segment whose pair was rejected says how sure it is', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async ({ en, fr }) => {
        const r = await alignSegmentsDetailed(en, fr, { mode: 'partial', lexicon: LEXICON });
        const paired = r.alignment.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
        for (const bead of paired) expect(bead.confidence).toBeGreaterThanOrEqual(0.5);
        for (const p of r.localPairs) {
          const bead = r.alignment.beads.find((b) => b.src.includes(p.i))!;
          if (p.confidence >= 0.5) expect(bead.tgt).toEqual([p.j]);
          else {
            expect(bead.tgt).toEqual([]);
            expect(bead.confidence).toBeLessThanOrEqual(1 - p.confidence + 1e-9);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('pairs a passage whose inflected word only the other lexicon direction reaches, both ways', async () => {
    // Same-topic filler around one rendered passage (z-scores need some background).
    const en = Array.from(
      { length: 12 },
      (_, k) =>
        `${EN_FILLER[k % 10]} report about ${PAIRS[k]![0]} and the ${PAIRS[k + 5]![0]} of ${EN_FILLER[(k * 3) % 10]}.`,
    );
    const fr = Array.from(
      { length: 10 },
      (_, k) =>
        `${FR_FILLER[(k * 7) % 10]} nouvelles sur ${PAIRS[k + 8]![1]} et le ${PAIRS[(k * 3) % 20]![1]}.`,
    );
    en.splice(6, 0, 'Stop selling facial recognition software to the police.');
    fr.splice(5, 0, 'Cesser de vendre le logiciel de reconnaissance faciale à la police.');
    const there = await alignSegmentsDetailed(en, fr, { mode: 'partial', lexicon: LEXICON });
    const back = await alignSegmentsDetailed(fr, en, { mode: 'partial', lexicon: INVERSE });
    const at = (r: typeof there, i: number) => r.alignment.beads.find((b) => b.src.includes(i));
    expect(at(there, 6)?.tgt).toEqual([5]);
    expect(at(back, 5)?.tgt).toEqual([6]);
    expect(at(there, 6)?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(at(there, 6)?.confidence).toBeCloseTo(at(back, 5)?.confidence ?? -1, 9);
  });
});

describe('partial mode on sides too large to score every pair', () => {
  // Words spelled from a number, their first letters varied (cognate keys are 4 letters).
  const spell = (k: number, offset: number) => {
    let w = '';
    for (let v = k + offset; w.length < 6; v = Math.floor(v / 7) + w.length * 3)
      w += 'bcdfghjklmnpqrstvz'[v % 18];
    return w;
  };
  const word = (side: 'en' | 'fr', k: number) => (side === 'en' ? spell(k, 0) : `${spell(k, 0)}o`);
  // Word t of segment `seed`: an integer hash of both, so that segments share words by chance only.
  const pick = (seed: number, t: number) => {
    let h = Math.imul(seed + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(t + 1, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return (h >>> 0) % 5000;
  };
  // 12 words of a large vocabulary, 6 of a small one (function and topic words every text has).
  const segment = (side: 'en' | 'fr', seed: number) =>
    Array.from({ length: 18 }, (_, t) => word(side, t % 3 === 2 ? pick(seed, t) % 30 : pick(seed, t))).join(
      ' ',
    );
  const lexicon = parseLexicon(
    Array.from({ length: 5000 }, (_, k) => `${word('en', k)}\t${word('fr', k)}`).join('\n'),
    'en',
    'fr',
  );

  it('scores candidate pairs only, finds the rendered passages, and stays symmetric', async () => {
    const en = Array.from({ length: 520 }, (_, k) => segment('en', k));
    const fr = Array.from({ length: 520 }, (_, k) => segment('fr', 1000 + k));
    // Five English segments rendered word for word, in order.
    const rendered = [40, 150, 260, 370, 480];
    rendered.forEach((k, r) => {
      fr.splice(k + r, 0, segment('fr', k));
    });
    const there = await alignSegmentsDetailed(en, fr, { mode: 'partial', lexicon });
    const back = await alignSegmentsDetailed(fr, en, { mode: 'partial', lexicon: invertLexicon(lexicon) });
    const pairsOf = (r: typeof there, swap: boolean) =>
      r.alignment.beads
        .filter((b) => b.src.length > 0 && b.tgt.length > 0)
        .map((b) => (swap ? `${b.tgt}:${b.src}` : `${b.src}:${b.tgt}`))
        .sort();
    const found = pairsOf(there, false);
    for (const [r, k] of rendered.entries()) expect(found).toContain(`${k}:${k + r}`);
    expect(pairsOf(back, true)).toEqual(found);
  });
});
