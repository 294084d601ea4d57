import { describe, expect, it } from 'vitest';
import type { TextDocument } from '../../src/core/index.ts';
import { createEngineClient, type WorkerLike } from '../../src/worker/engine-client.ts';
import { packDocument, unpackDocument } from '../../src/worker/packed-document.ts';
import { decodeDocs, type FromWorker, type ToWorker } from '../../src/worker/protocol.ts';

const doc: TextDocument = { id: 'd', name: 'd', lang: 'fr', text: 'Bonjour.', paragraphs: [], sentences: [] };

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: ToWorker[] = [];
  readonly transfers: Transferable[][] = [];
  postMessage(message: ToWorker, transfer: Transferable[] = []): void {
    this.sent.push(message);
    this.transfers.push(transfer);
  }
  terminate(): void {}
  answer(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  lastCall() {
    const m = this.sent.at(-1);
    if (m?.type !== 'call') throw new Error('no call');
    return m;
  }
}

describe('documents by reference', () => {
  it('sends a document in full once (packed, its span arrays transferred), then by reference', async () => {
    const w = new FakeWorker();
    const client = createEngineClient(() => w);
    const first = client.call('check', { doc });
    const sent = w.lastCall().payload as { doc: { $doc: string; packed: ReturnType<typeof packDocument> } };
    expect(sent.doc.$doc).toBe('p1');
    expect(sent.doc.packed && unpackDocument(sent.doc.packed)).toEqual(doc);
    expect(w.transfers.at(-1)).toHaveLength(2);
    w.answer({ type: 'result', id: w.lastCall().id, result: [] });
    await first;
    const second = client.call('check', { doc });
    expect(w.lastCall().payload).toEqual({ doc: { $doc: 'p1' } });
    w.answer({ type: 'result', id: w.lastCall().id, result: [] });
    await second;
  });

  it('knows the documents the worker made, and resends in full when the worker lost one', async () => {
    const w = new FakeWorker();
    const client = createEngineClient(() => w);
    const seg = client.call('segment', { id: 'd', name: 'd', text: 'Bonjour.', candidateLangs: ['fr'] });
    // The worker answers packed and without the text it was sent: the client puts it back.
    const packed = packDocument(doc, false);
    expect(packed?.text).toBeUndefined();
    w.answer({ type: 'result', id: w.lastCall().id, result: packed, docKey: 'w7', packed: true });
    const made = await seg;
    expect(made).toEqual(doc);
    const check = client.call('check', { doc: made });
    expect(w.lastCall().payload).toEqual({ doc: { $doc: 'w7' } });
    w.answer({
      type: 'error',
      id: w.lastCall().id,
      error: { name: 'Error', code: 'doc-missing', message: 'evicted' },
    });
    await Promise.resolve();
    await Promise.resolve();
    const retry = w.lastCall();
    const resent = retry.payload as { doc: { $doc: string; packed: ReturnType<typeof packDocument> } };
    expect(resent.doc.$doc).toBe('p1');
    expect(resent.doc.packed && unpackDocument(resent.doc.packed)).toEqual(made);
    w.answer({ type: 'result', id: retry.id, result: [] });
    await expect(check).resolves.toEqual([]);
  });

  it('decodes references from the documents the worker holds, and fails clearly otherwise', () => {
    const held = new Map([['w1', doc]]);
    const resolve = (ref: { $doc: string; doc?: TextDocument }) => {
      const found = ref.doc ?? held.get(ref.$doc);
      if (!found) throw new Error('doc-missing');
      return found;
    };
    expect(decodeDocs({ input: { source: { doc: { $doc: 'w1' } } } }, resolve)).toEqual({
      input: { source: { doc } },
    });
    expect(() => decodeDocs({ doc: { $doc: 'w2' } }, resolve)).toThrow('doc-missing');
  });
});

describe('payloads that are not documents', () => {
  it('passes binary data through untouched', async () => {
    const w = new FakeWorker();
    const client = createEngineClient(() => w);
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9]).buffer;
    void client.call('importFile', { bytes, fileName: 'a.txt', candidateLangs: ['fr'] });
    const payload = w.lastCall().payload as { bytes: ArrayBuffer };
    expect(payload.bytes).toBe(bytes);
  });
});
