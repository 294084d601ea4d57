import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/worker/engine-client.ts';
import { routeEngine, SECOND_ENGINE_MIN_CHARS } from '../../src/worker/engine-client.ts';

/** An engine whose calls stay open until the test settles them; it logs when each call starts. */
function manual(name: string, log: string[]) {
  const open = new Map<string, (v: unknown) => void>();
  const api: EngineApi = {
    call(op) {
      log.push(`${name}:${op}`);
      return new Promise((resolve) => open.set(op, resolve as (v: unknown) => void)) as never;
    },
    dispose() {},
  };
  return { api, finish: (op: string, value: unknown = null) => open.get(op)?.(value) };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('routing between the two engines', () => {
  it('starts checks only once no alignment is under way (the alignment gets the cores)', async () => {
    const log: string[] = [];
    const main = manual('main', log);
    const other = manual('other', log);
    const engine = routeEngine(main.api, other.api);
    const src = { id: 'a', name: 'a', lang: 'en', text: '', paragraphs: [], sentences: [] };
    void engine.call('align', { src, tgt: src, level: 'paragraph' });
    const check = engine.call('check', { doc: src });
    await tick();
    expect(log).toEqual(['main:align']);
    main.finish('align');
    await tick();
    expect(log).toEqual(['main:align', 'main:check']);
    main.finish('check', ['done']);
    await expect(check).resolves.toEqual(['done']);
  });

  it('lets an alignment asked for right after a segmentation go before the checks waiting for it', async () => {
    const log: string[] = [];
    const main = manual('main', log);
    const other = manual('other', log);
    const engine = routeEngine(main.api, other.api);
    const seg = engine.call('segment', { id: 'a', name: 'a', text: 'x', candidateLangs: [] });
    const doc = { id: 'a', name: 'a', lang: 'en', text: 'x', paragraphs: [], sentences: [] };
    const flow = seg.then(() => {
      void engine.call('check', { doc });
      void engine.call('align', { src: doc, tgt: doc, level: 'paragraph' });
    });
    main.finish('segment', doc);
    await flow;
    await tick();
    expect(log).toEqual(['main:segment', 'main:align']);
    main.finish('align');
    await tick();
    expect(log).toEqual(['main:segment', 'main:align', 'main:check']);
  });

  it('sends other calls at once, whatever runs', async () => {
    const log: string[] = [];
    const main = manual('main', log);
    const other = manual('other', log);
    const engine = routeEngine(main.api, other.api);
    const doc = { id: 'a', name: 'a', lang: 'en', text: '', paragraphs: [], sentences: [] };
    void engine.call('align', { src: doc, tgt: doc, level: 'paragraph' });
    void engine.call('detectLanguage', { text: 'bonjour', candidates: ['fr'] });
    expect(log).toEqual(['main:align', 'main:detectLanguage']);
  });

  it('segments a second document at once in the second engine, and everything else in the first', async () => {
    const log: string[] = [];
    const main = manual('main', log);
    const other = manual('other', log);
    const engine = routeEngine(main.api, other.api);
    const long = 'x'.repeat(SECOND_ENGINE_MIN_CHARS);
    const text = { name: 'a', text: long, candidateLangs: [] };
    const doc = { id: 'a', name: 'a', lang: 'en', text: long, paragraphs: [], sentences: [] };
    const first = engine.call('segment', { id: 'a', ...text });
    void engine.call('segment', { id: 'b', ...text });
    expect(log).toEqual(['main:segment', 'other:segment']);
    main.finish('segment', doc);
    await first;
    await tick();
    // An edit's segmentation, alone: the first engine, which holds the documents.
    void engine.call('segment', { id: 'a', ...text });
    void engine.call('detectLanguage', { text: 'bonjour', candidates: ['fr'] });
    expect(log).toEqual(['main:segment', 'other:segment', 'main:segment', 'main:detectLanguage']);
  });

  it('traces quotations as background work, after the checks asked for before it', async () => {
    const log: string[] = [];
    const main = manual('main', log);
    const other = manual('other', log);
    const engine = routeEngine(main.api, other.api);
    const doc = { id: 'a', name: 'a', lang: 'fr', text: 'x', paragraphs: [], sentences: [] };
    void engine.call('segment', { id: 'a', name: 'a', text: 'x', candidateLangs: [] });
    void engine.call('check', { doc });
    void engine.call('traceQuotes', { documents: [doc] });
    await tick();
    expect(log).toEqual(['main:segment']);
    main.finish('segment', doc);
    await tick();
    expect(log).toEqual(['main:segment', 'main:check', 'main:traceQuotes']);
  });

  it('keeps short documents in the first engine, even several at once', () => {
    const log: string[] = [];
    const main = manual('main', log);
    const other = manual('other', log);
    const engine = routeEngine(main.api, other.api);
    const short = { name: 'a', text: 'x'.repeat(SECOND_ENGINE_MIN_CHARS - 1), candidateLangs: [] };
    for (const id of ['a', 'b', 'c']) void engine.call('segment', { id, ...short });
    expect(log).toEqual(['main:segment', 'main:segment', 'main:segment']);
  });
});
