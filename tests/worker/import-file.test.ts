/**
 * importFile through the worker's dispatcher, as the page calls it: an HTML page saved as .txt
 * is read as HTML; UTF-8 with a stray Windows-1252 byte comes back with `strayBytes`; a PDF and
 * a damaged .docx come back with codes the page words ('decode-pdf', 'docx-damaged').
 */
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/worker/engine.worker.ts';
import { createEngineClient, EngineCallError, type WorkerLike } from '../../src/worker/engine-client.ts';
import type { FromWorker, ToWorker } from '../../src/worker/protocol.ts';

/** The client and the dispatcher joined in one thread, messages cloned as postMessage would. */
function joined(): WorkerLike {
  const scope = {
    onmessage: null as ((event: MessageEvent<ToWorker>) => void) | null,
    postMessage: (message: FromWorker) =>
      queueMicrotask(() => page.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>)),
  };
  const page: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message: ToWorker) =>
      scope.onmessage?.({ data: structuredClone(message) } as MessageEvent<ToWorker>),
    terminate: () => {},
  };
  serve(scope);
  return page;
}

const client = createEngineClient(joined);
const read = (fileName: string, bytes: Uint8Array) =>
  client.call('importFile', {
    bytes: bytes.slice().buffer as ArrayBuffer,
    fileName,
    candidateLangs: ['fr', 'en'],
  });
const failure = (fileName: string, bytes: Uint8Array) =>
  read(fileName, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importFile', () => {
  it('reads an HTML page saved as .txt as HTML, not as markup', async () => {
    const page = utf8(
      '<!DOCTYPE html>\n<html><head><title>T</title><script>alert(1)</script></head>' +
        '<body onload="x()"><p>Les salariés réclament une hausse.</p><p>Le patronat refuse.</p></body></html>',
    );
    expect(await read('page.txt', page)).toMatchObject({
      text: 'Les salariés réclament une hausse.\nLe patronat refuse.',
      format: 'html',
    });
    // Text that only mentions a tag is text.
    expect(await read('notes.txt', utf8('Écrire <html> en tête du fichier.'))).toMatchObject({
      format: 'text',
    });
  });

  it('passes on the stray bytes of mixed UTF-8', async () => {
    const bytes = Uint8Array.from([...utf8('Un été à Noël.\nLe th'), 0xe9, ...utf8(' est servi.\n')]);
    expect(await read('melange.txt', bytes)).toMatchObject({
      text: 'Un été à Noël.\nLe thé est servi.\n',
      encoding: 'utf-8',
      strayBytes: { count: 1, lines: [2], lineCount: 1 },
    });
  });

  it('names a PDF and a damaged .docx with codes the page words', async () => {
    const pdf = await failure('rapport.pdf', utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << >> endobj\n'));
    expect(pdf).toBeInstanceOf(EngineCallError);
    expect((pdf as EngineCallError).code).toBe('decode-pdf');
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    expect(((await failure('abime.docx', damaged)) as EngineCallError).code).toBe('docx-damaged');
    // A .docx that is not a ZIP archive is read as what it is.
    expect(await read('texte.docx', utf8('Les salariés réclament une hausse.'))).toMatchObject({
      format: 'text',
      text: 'Les salariés réclament une hausse.',
    });
  });
});
