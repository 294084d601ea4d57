/**
 * The engine worker forces garbage collections only around calls on long documents: on the
 * reports of a case each forced (full) collection cost more than the call it followed.
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { isHeavyCall } from '../../src/worker/engine.worker.ts';

const report = segmentDocument('Une phrase courte.\nUne autre.', { id: 'r', name: 'r', lang: 'fr' });
const long = segmentDocument(`${'Une phrase de taille moyenne pour le test. '.repeat(60)}\n`.repeat(50), {
  id: 'l',
  name: 'l',
  lang: 'fr',
});

describe('isHeavyCall', () => {
  it('counts the text of the documents and texts a call works on', () => {
    expect(long.text.length).toBeGreaterThan(100_000);
    expect(isHeavyCall('segment', { text: report.text, id: 'x', name: 'x' })).toBe(false);
    expect(isHeavyCall('segment', { text: long.text, id: 'x', name: 'x' })).toBe(true);
    expect(isHeavyCall('align', { src: report, tgt: report, level: 'paragraph' })).toBe(false);
    expect(isHeavyCall('align', { src: report, tgt: long, level: 'paragraph' })).toBe(true);
    expect(isHeavyCall('check', { doc: long, source: report })).toBe(true);
    const alignment = { level: 'paragraph', srcDocId: 'r', tgtDocId: 'l', beads: [], parallelism: 0 };
    expect(isHeavyCall('checkCase', { pairs: [{ source: report, target: long, alignment }] })).toBe(true);
    expect(isHeavyCall('checkCase', { pairs: [{ source: report, target: report, alignment }] })).toBe(false);
  });

  it('never for calls that do not work on documents', () => {
    expect(isHeavyCall('warmup', { text: long.text })).toBe(false);
    expect(isHeavyCall('capabilities', {})).toBe(false);
  });
});
