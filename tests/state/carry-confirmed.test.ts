/**
 * Confirmed rows carried through an edit that changes the number of sentences: renumbered when
 * the edit is before them, remapped to the sentences covering their text when it is inside
 * them, untouched when it is after them, dropped (and counted) when the edit merges their text
 * with another row's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bead, TextDocument } from '../../src/core/index.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { carryBeads, carryConfirmed, keepConfirmed } from '../../src/state/keep-confirmed.ts';

const SENTENCES = [
  'The employees wrote a letter to the chief executive.',
  'They asked the company to stop selling the system to the police.',
  'More than four hundred workers signed it within two days.',
  'The company did not answer.',
  'A spokesman later declined to comment.',
];

const doc = (sentences: readonly string[]): TextDocument =>
  segmentDocument(sentences.join(' '), { id: 'en', name: 'en.txt', lang: 'en' });

const bead = (src: number[], tgt: number[], confirmed = false): Bead =>
  confirmed ? { src, tgt, confidence: 1, confirmed: true } : { src, tgt, confidence: 0.9 };

/** Five one-to-one rows; row 2 (sentence 2 with target 2) confirmed. */
const BEADS: readonly Bead[] = [
  bead([0], [0]),
  bead([1], [1]),
  bead([2], [2], true),
  bead([3], [3]),
  bead([4], [4]),
];

/** The source side edited: `sentences` after the edit; the target side unchanged. */
function carry(after: readonly string[], beads: readonly Bead[] = BEADS) {
  const before = doc(SENTENCES);
  const tgt = doc(SENTENCES);
  expect(before.sentences).toHaveLength(5);
  return carryConfirmed(beads, 'sentence', { before, after: doc(after) }, { before: tgt, after: tgt });
}

describe('carryConfirmed', () => {
  it('shifts a confirmed row by the sentences added before it', () => {
    const after = [SENTENCES[0]!, 'A new sentence.', 'And another one.', ...SENTENCES.slice(1)];
    expect(doc(after).sentences).toHaveLength(7);
    expect(carry(after)).toEqual({ beads: [{ ...BEADS[2], src: [4], tgt: [2] }], lost: 0 });
  });

  it('shifts a confirmed row by the sentences removed before it', () => {
    const after = SENTENCES.slice(1);
    expect(carry(after)).toEqual({ beads: [{ ...BEADS[2], src: [1], tgt: [2] }], lost: 0 });
  });

  it('leaves a confirmed row as it is when the sentences change after it', () => {
    const after = [...SENTENCES.slice(0, 3), 'It said nothing.', 'Nothing at all.', SENTENCES[4]!];
    expect(carry(after).beads).toEqual([BEADS[2]]);
    const removed = [...SENTENCES.slice(0, 3), SENTENCES[4]!];
    expect(carry(removed).beads).toEqual([BEADS[2]]);
  });

  it('gives a confirmed row both halves of its own sentence split in two', () => {
    const after = [
      ...SENTENCES.slice(0, 2),
      'More than four hundred workers signed it.',
      'It took them two days.',
      ...SENTENCES.slice(3),
    ];
    expect(carry(after)).toEqual({ beads: [{ ...BEADS[2], src: [2, 3], tgt: [2] }], lost: 0 });
  });

  it('gives a confirmed row of two sentences the one they became when merged', () => {
    const beads = [bead([0], [0]), bead([1, 2], [1, 2], true), bead([3], [3]), bead([4], [4])];
    const after = [
      SENTENCES[0]!,
      'They asked the company to stop selling the system to the police and more than four hundred workers signed it within two days.',
      ...SENTENCES.slice(3),
    ];
    expect(carry(after, beads)).toEqual({ beads: [{ ...beads[1], src: [1], tgt: [1, 2] }], lost: 0 });
  });

  it('keeps a confirmed row whose sentence was rewritten in place', () => {
    const after = [
      ...SENTENCES.slice(0, 2),
      'Over 400 workers signed it in two days.',
      ...SENTENCES.slice(3),
    ];
    expect(carry(after)).toEqual({ beads: [BEADS[2]], lost: 0 });
  });

  it('drops a confirmed row, counted, whose sentence was merged with another row’s', () => {
    // The full stop between sentence 1 (row 1) and sentence 2 (confirmed row 2) is deleted.
    const after = [
      SENTENCES[0]!,
      'They asked the company to stop selling the system to the police, more than four hundred workers signed it within two days.',
      ...SENTENCES.slice(3),
    ];
    expect(carry(after)).toEqual({ beads: [], lost: 1 });
  });

  it('drops a confirmed row, counted, whose only source sentence was deleted', () => {
    const after = [...SENTENCES.slice(0, 2), ...SENTENCES.slice(3)];
    expect(carry(after)).toEqual({ beads: [], lost: 1 });
  });

  it('carries several confirmed rows and the final sign-off with them', () => {
    const beads: Bead[] = [
      { src: [0], tgt: [0], confidence: 1, confirmed: true, final: true } as Bead,
      bead([1], [1]),
      bead([2], [2], true),
      bead([3, 4], [3, 4], true),
    ];
    const after = [SENTENCES[0]!, 'Inserted here.', ...SENTENCES.slice(1, 4), 'Split.', SENTENCES[4]!];
    const out = carry(after, beads);
    expect(out.lost).toBe(0);
    expect(out.beads).toEqual([
      { ...beads[0], src: [0], tgt: [0] },
      { ...beads[2], src: [3], tgt: [2] },
      { ...beads[3], src: [4, 5, 6], tgt: [3, 4] },
    ]);
  });

  it('gives the re-alignment beads that cover every new sentence once, the confirmed row kept', () => {
    const after = [SENTENCES[0]!, 'A new sentence.', ...SENTENCES.slice(1)];
    const { beads: confirmed } = carry(after);
    // A fresh alignment of 6 source sentences against 5 target ones.
    const fresh = [bead([0], [0]), bead([1, 2], [1]), bead([3], [2]), bead([4], [3]), bead([5], [4])];
    const out = keepConfirmed(fresh, confirmed);
    expect(out.flatMap((b) => b.src)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(out.flatMap((b) => b.tgt)).toEqual([0, 1, 2, 3, 4]);
    expect(out.filter((b) => b.confirmed)).toEqual([{ ...BEADS[2], src: [3], tgt: [2] }]);
  });

  it('loses nothing when both documents are unchanged', () => {
    const same = doc(SENTENCES);
    expect(
      carryConfirmed(BEADS, 'sentence', { before: same, after: same }, { before: same, after: same }),
    ).toEqual({ beads: [BEADS[2]], lost: 0 });
  });
});

/** Whether `beads` hold each of `n` source and `m` target segments once, in order. */
const covers = (beads: readonly Bead[], n: number, m: number) =>
  JSON.stringify(beads.flatMap((b) => b.src)) === JSON.stringify([...Array(n).keys()]) &&
  JSON.stringify(beads.flatMap((b) => b.tgt)) === JSON.stringify([...Array(m).keys()]);

const increasing = (ids: readonly number[], n: number) =>
  ids.every((id, k) => id >= 0 && id < n && (k === 0 || id > (ids[k - 1] ?? -1)));

describe('carryBeads (a pair that is not open, carried without re-aligning)', () => {
  const tgt = doc(SENTENCES);
  const side = (after: readonly string[]) => ({ before: doc(SENTENCES), after: doc(after) });

  it('renumbers every row after a sentence added above, and gives the new one a row of its own', () => {
    const after = [SENTENCES[0]!, 'A new sentence.', ...SENTENCES.slice(1)];
    const out = carryBeads(BEADS, 'sentence', side(after), { before: tgt, after: tgt })!;
    expect(out.lost).toBe(0);
    expect(out.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[3], [2]],
      [[4], [3]],
      [[5], [4]],
    ]);
    expect(out.beads[3]).toMatchObject({ confirmed: true });
  });

  it('merges the rows whose sentences an edit merged, and counts the confirmed one lost', () => {
    const after = [
      SENTENCES[0]!,
      'They asked the company to stop selling the system to the police, more than four hundred workers signed it within two days.',
      ...SENTENCES.slice(3),
    ];
    const out = carryBeads(BEADS, 'sentence', side(after), { before: tgt, after: tgt })!;
    expect(out.lost).toBe(1);
    expect(out.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
      [[3], [4]],
    ]);
    expect(out.beads[1]?.confirmed).toBeUndefined();
  });

  it('is null for beads that did not fit the documents before the edit', () => {
    expect(
      carryBeads([bead([0, 1, 2, 3, 4, 5], [0])], 'sentence', side(SENTENCES), { before: tgt, after: tgt }),
    ).toBeNull();
  });

  it('always gives an alignment of the edited documents (random edits before, inside, after rows)', () => {
    const POOL = [...SENTENCES, 'One more fact.', 'Another claim was made.', 'Nobody knows why.'];
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 7 }),
      cuts: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      confirm: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      op: fc.constantFrom('insert', 'delete', 'merge', 'split'),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(arb, ({ n, cuts, confirm, op, at }) => {
        const before = POOL.slice(0, n);
        // One-to-one rows grouped by the cut flags (several sentences a row where false).
        const beads: Bead[] = [];
        for (let i = 0; i < n; i++) {
          const last = beads.at(-1);
          if (last && !cuts[i])
            beads[beads.length - 1] = { ...last, src: [...last.src, i], tgt: [...last.tgt, i] };
          else beads.push(bead([i], [i], confirm[i]));
        }
        const p = at % n;
        const after = [...before];
        if (op === 'insert') after.splice(p, 0, 'Inserted text here.');
        else if (op === 'delete') after.splice(p, 1);
        else if (op === 'split') after.splice(p, 1, 'Split off.', before[p]!);
        else if (p + 1 < n) after.splice(p, 2, `${before[p]!.slice(0, -1)}, ${before[p + 1]!.toLowerCase()}`);
        const src = { before: doc(before), after: doc(after) };
        const t = doc(before);
        const out = carryBeads(beads, 'sentence', src, { before: t, after: t });
        if (!out) return false;
        const kept = carryConfirmed(beads, 'sentence', src, { before: t, after: t });
        return (
          covers(out.beads, src.after.sentences.length, t.sentences.length) &&
          out.beads.filter((b) => b.confirmed).length + out.lost ===
            beads.filter((b) => b.confirmed).length &&
          kept.beads.length + kept.lost === beads.filter((b) => b.confirmed).length &&
          // The carried confirmed rows: distinct new sentences, in order, all existing.
          increasing(
            kept.beads.flatMap((b) => b.src),
            src.after.sentences.length,
          ) &&
          increasing(
            kept.beads.flatMap((b) => b.tgt),
            t.sentences.length,
          )
        );
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});
