import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { serve } from '../../src/worker/engine.worker.ts';
import { isPackedDocument, packDocument, unpackDocument } from '../../src/worker/packed-document.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

const text = [
  'The minister said on Tuesday that the plan would go ahead. It was approved by parliament.',
  "Le ministre a déclaré mardi que le plan serait maintenu, malgré l'opposition des syndicats et des élus.",
  'Short one.',
].join('\n\n');

describe('packed documents', () => {
  it('round-trips a segmented document exactly, paragraphs in another language included', () => {
    const doc = segmentDocument(text, { id: 'd1', name: 'report.txt', lang: 'en' });
    expect(doc.paragraphs.some((p) => p.lang === 'fr')).toBe(true);
    const packed = packDocument(doc);
    expect(packed).toBeDefined();
    expect(unpackDocument(structuredClone(packed!))).toEqual(doc);
  });

  it('leaves the text out on request and takes it back from the receiver', () => {
    const doc = segmentDocument(text, { id: 'd1', name: 'report.txt', lang: 'en' });
    const packed = packDocument(doc, false)!;
    expect(packed.text).toBeUndefined();
    expect(unpackDocument(packed, text)).toEqual(doc);
    expect(() => unpackDocument(packed)).toThrow('has no text');
  });

  it('does not pack a document whose ids do not follow p<i>/s<i> (it is sent as it is)', () => {
    const doc = segmentDocument(text, { id: 'd1', name: 'report.txt', lang: 'en' });
    const odd = { ...doc, sentences: doc.sentences.map((s) => ({ ...s, id: `x${s.index}` })) };
    expect(packDocument(odd)).toBeUndefined();
  });
});

describe('the worker side', () => {
  function scope() {
    const posted: { message: FromWorker; transfer: Transferable[] }[] = [];
    const s = {
      onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
      postMessage(message: FromWorker, transfer: Transferable[] = []) {
        posted.push({ message, transfer });
      },
    };
    serve(s);
    const send = (message: ToWorker) => s.onmessage?.({ data: message } as MessageEvent<ToWorker>);
    // The next answer (result or error); progress reports on the way are skipped.
    const next = async () => {
      for (;;) {
        while (posted.length === 0) await new Promise((r) => setTimeout(r, 1));
        const m = posted.shift()!;
        if (m.message.type !== 'progress') return m;
      }
    };
    return { send, next };
  }

  it('answers a segmentation packed, without the text it was sent, its buffers transferred', async () => {
    const w = scope();
    w.send({
      type: 'call',
      id: 1,
      op: 'segment',
      payload: { id: 'd1', name: 'r.txt', text, lang: 'en', candidateLangs: ['en', 'fr'] },
    });
    const { message, transfer } = await w.next();
    expect(message.type === 'result' && message.packed).toBe(true);
    const result = message.type === 'result' ? message.result : null;
    expect(isPackedDocument(result)).toBe(true);
    if (!isPackedDocument(result)) return;
    expect(result.text).toBeUndefined();
    expect(transfer).toHaveLength(2);
    expect(unpackDocument(result, text)).toEqual(
      segmentDocument(text, { id: 'd1', name: 'r.txt', lang: 'en', candidateLangs: ['en', 'fr'] }),
    );
  });

  it('reads a packed document sent in full, then holds it for calls by reference', async () => {
    const w = scope();
    const doc = segmentDocument(text, { id: 'd1', name: 'r.txt', lang: 'en' });
    const packed = packDocument(doc)!;
    w.send({ type: 'call', id: 1, op: 'check', payload: { doc: { $doc: 'p1', packed } } });
    const first = (await w.next()).message;
    expect(first.type).toBe('result');
    w.send({ type: 'call', id: 2, op: 'check', payload: { doc: { $doc: 'p1' } } });
    const second = (await w.next()).message;
    expect(second.type === 'result' && second.result).toEqual(first.type === 'result' && first.result);
  });

  it('keeps one version of a document: an older one is dropped, and asking for it fails clearly', async () => {
    const w = scope();
    const v1 = segmentDocument(text, { id: 'd1', name: 'r.txt', lang: 'en' });
    const v2 = segmentDocument(`${text} More.`, { id: 'd1', name: 'r.txt', lang: 'en' });
    w.send({ type: 'call', id: 1, op: 'check', payload: { doc: { $doc: 'p1', packed: packDocument(v1)! } } });
    await w.next();
    w.send({ type: 'call', id: 2, op: 'check', payload: { doc: { $doc: 'p2', packed: packDocument(v2)! } } });
    await w.next();
    w.send({ type: 'call', id: 3, op: 'check', payload: { doc: { $doc: 'p1' } } });
    const stale = (await w.next()).message;
    expect(stale.type === 'error' && stale.error.code).toBe('doc-missing');
    w.send({ type: 'call', id: 4, op: 'check', payload: { doc: { $doc: 'p2' } } });
    expect((await w.next()).message.type).toBe('result');
  });
});
