import { describe, expect, it } from 'vitest';
import type { CaseBead } from '../../src/core/index.ts';
import { isPackedBeads, packBeads, unpackBeads } from '../../src/worker/packed-beads.ts';
import {
  decodeDocs,
  encodeDocs,
  type FromWorker,
  postResult,
  RESULT_PART_ITEMS,
  readResult,
} from '../../src/worker/protocol.ts';

const beads: CaseBead[] = [
  { src: [0], tgt: [0], confidence: 0.93 },
  { src: [1, 2], tgt: [1], confidence: 0.5, confirmed: true },
  { src: [], tgt: [2], confidence: 0, confirmed: false },
  { src: [3], tgt: [], confidence: 1, confirmed: true, final: true },
  { src: [4], tgt: [3, 4, 5], confidence: Number.NaN, final: false },
  { src: [5], tgt: [6], confidence: -0 },
  { src: [6], tgt: [7], confidence: 0.98, traced: true },
  { src: [7, 8], tgt: [8], confidence: 0.6, confirmed: true, traced: false, final: true },
];

/** Each bead's fields in order, with their values (toEqual overlooks order and absent fields set undefined). */
const shape = (list: readonly object[]) => list.map((b) => Object.entries(b));

describe('packed beads', () => {
  it('round-trips beads exactly: fields, their order, which optional ones are present', () => {
    const packed = packBeads(beads);
    expect(packed && isPackedBeads(packed)).toBe(true);
    const back = unpackBeads(structuredClone(packed!));
    expect(shape(back)).toEqual(shape(beads));
    expect(back[6]!.traced).toBe(true);
    expect(Object.is(back[5]!.confidence, -0)).toBe(true);
  });

  it('does not pack anything else than plain beads (it is then sent as it is)', () => {
    const odd: unknown[][] = [
      [...beads, { src: [0], tgt: [0] }],
      [...beads, { tgt: [0], src: [0], confidence: 1 }],
      [...beads, { src: [0], tgt: [0], confidence: 1, note: 'x' }],
      [...beads, { src: [0], tgt: [0], confidence: 1, final: true, confirmed: true }],
      [...beads, { src: [0.5], tgt: [0], confidence: 1 }],
      [...beads, { src: [-1], tgt: [0], confidence: 1 }],
      [...beads, { src: [0], tgt: [0], confidence: 1, confirmed: undefined }],
      [...beads, 'bead'],
      [...beads, null],
    ];
    for (const list of odd) expect(packBeads(list)).toBeUndefined();
  });

  it('crosses the protocol packed in long lists, their buffers transferred, and comes back as sent', () => {
    const many = Array.from({ length: 500 }, (_, i) => beads[i % beads.length]!);
    const request = { alignment: { level: 'paragraph', beads: many, parallelism: 0.4 }, pairOnly: true };
    const transfer: Transferable[] = [];
    const encoded = encodeDocs(request, () => ({ $doc: 'x' }), 0, transfer) as typeof request;
    expect(isPackedBeads(encoded.alignment.beads)).toBe(true);
    expect(transfer).toHaveLength(3);
    const decoded = decodeDocs(structuredClone(encoded), () => {
      throw new Error('no document here');
    }) as typeof request;
    expect(shape(decoded.alignment.beads)).toEqual(shape(many));
    expect(decoded).toEqual(request);
    // Without a transfer list (or in a short list) the beads go as they are.
    expect((encodeDocs(request, () => ({ $doc: 'x' })) as typeof request).alignment.beads).toBe(many);
  });
});

describe('postResult and readResult', () => {
  /** The messages `postResult` posts for `result`, cloned as postMessage would, and what the page reads of them. */
  function across(result: unknown) {
    const posted: { message: FromWorker; transfer: Transferable[] }[] = [];
    postResult(
      (message, transfer = []) => posted.push({ message: structuredClone(message), transfer }),
      7,
      result,
    );
    const parts: unknown[][] = [];
    let read: unknown;
    for (const { message } of posted) {
      if (message.type === 'part') parts.push([...message.items]);
      else if (message.type === 'result') read = readResult(message, parts);
    }
    return { posted, read };
  }

  it('sends a long list in parts, each read in its own message, and puts it back in order', () => {
    const list = Array.from({ length: RESULT_PART_ITEMS * 2 + 3 }, (_, i) => ({
      rule: 'r',
      span: [i, i + 1],
    }));
    const { posted, read } = across(list);
    expect(posted.map((p) => p.message.type)).toEqual(['part', 'part', 'result']);
    expect(read).toEqual(list);
    expect(across(list.slice(0, RESULT_PART_ITEMS)).posted).toHaveLength(1);
  });

  it('packs the beads of a result (an alignment), transferred, and rebuilds them exactly', () => {
    const alignment = {
      level: 'paragraph',
      srcDocId: 'en',
      tgtDocId: 'fr',
      beads: Array.from({ length: 300 }, (_, i) => beads[i % beads.length]!),
      parallelism: 0.3,
    };
    const { posted, read } = across(alignment);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.transfer).toHaveLength(3);
    expect(read).toEqual(alignment);
    expect(shape((read as typeof alignment).beads)).toEqual(shape(alignment.beads));
  });

  it('sends anything else as it is', () => {
    for (const result of [null, 3, 'text', [1, 2], { a: [{ b: 1 }] }]) {
      const { posted, read } = across(result);
      expect(posted).toHaveLength(1);
      expect(read).toEqual(result);
    }
  });
});
