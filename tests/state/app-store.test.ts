/**
 * The store end to end in Node: the real engine (the worker's handlers, called in-process),
 * Dexie over fake-indexeddb. Opening the sample case, editing, undo/redo, persistence,
 * conflicts between two tabs, delete with undo.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { caseView, currentText, openPair } from '../../src/state/case-record.ts';
import { type CaseStorage, createCaseStorage } from '../../src/state/case-storage.ts';
import { type AppStore, createAppStore } from '../../src/state/create-app-store.ts';
import type { SavedMessage, TabSync } from '../../src/state/tab-sync.ts';
import type { EngineApi } from '../../src/worker/engine-client.ts';
import { inProcessEngine } from './lib/in-process-store.ts';

/** The engine without a worker: same handlers, same plain-data boundary (structuredClone). */
const engine: EngineApi = inProcessEngine;

/** Tabs of one browser: a shared bus instead of a BroadcastChannel. */
function bus() {
  const listeners = new Set<(m: SavedMessage) => void>();
  let n = 0;
  return (): TabSync => {
    const tabId = `tab${n++}`;
    return {
      tabId,
      announce(caseId, revision) {
        for (const l of listeners) l({ caseId, revision, tabId });
      },
      listen(onSaved) {
        const own = (m: SavedMessage) => {
          if (m.tabId !== tabId) onSaved(m);
        };
        listeners.add(own);
        return () => listeners.delete(own);
      },
    };
  };
}

let dbCount = 0;
const stores: AppStore[] = [];

function makeStore(storage: CaseStorage, tabSync: TabSync): AppStore {
  const store = createAppStore({ engine, storage, tabSync, saveDelayMs: 5 });
  stores.push(store);
  return store;
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

afterEach(() => {
  stores.length = 0;
});

describe('app store', () => {
  it('opens the sample case on first start, aligned, with findings', async () => {
    const store = makeStore(createCaseStorage(`t${dbCount++}`), bus()());
    await store.getState().init();
    const s = store.getState();
    expect(s.caseRecord?.documents).toHaveLength(5);
    const pair = openPair(s.caseRecord);
    expect(pair?.beads.length).toBeGreaterThan(0);
    expect(pair?.beads.some((b) => b.src.length > 0 && b.tgt.length > 0)).toBe(true);
    const view = caseView(s.caseRecord!);
    await until(() => (store.getState().findings[view.tgtId!]?.length ?? 0) > 0);
    const enc = store.getState().findings[view.tgtId!]!.filter((f) => f.category === 'encoding');
    expect(enc.length).toBeGreaterThan(0);
  });

  it('exports every format of the open pair under its own file name, named after the translation', async () => {
    const store = makeStore(createCaseStorage(`t${dbCount++}`), bus()());
    await store.getState().init();
    const view = caseView(store.getState().caseRecord!);
    const base = store.getState().docs[view.tgtId!]!.name.replace(/\.txt$/, '');
    const formats = ['tmx', 'xliff', 'xliff12', 'tsv', 'csv', 'txt', 'md', 'html', 'report-md'] as const;
    const names: string[] = [];
    for (const format of formats) {
      const file = await store.getState().exportPair(format, {});
      expect(file?.text.length).toBeGreaterThan(0);
      names.push(file!.name);
    }
    expect(names).toEqual([
      `${base}.tmx`,
      `${base}.xlf`,
      `${base}-xliff12.xlf`,
      `${base}.tsv`,
      `${base}.csv`,
      `${base}-clean.txt`,
      `${base}-clean.md`,
      `${base}-report.html`,
      `${base}-report.md`,
    ]);
    // The sample's pairs are partly parallel: most rows have one side empty.
    const rows = (await store.getState().exportPair('tsv', {}))!.text.trim().split(/\r?\n/).length;
    const paired = (await store.getState().exportPair('tsv', { pairedOnly: true }))!.text
      .trim()
      .split(/\r?\n/).length;
    expect(paired).toBeLessThan(rows);
    expect(paired).toBeGreaterThan(1);
  });

  it('applies a fix, undoes and redoes it, and the saved case has it', async () => {
    const storage = createCaseStorage(`t${dbCount++}`);
    const store = makeStore(storage, bus()());
    await store.getState().init();
    const tgtId = caseView(store.getState().caseRecord!).tgtId!;
    await until(() => (store.getState().findings[tgtId]?.length ?? 0) > 0);
    const doc = () => store.getState().caseRecord!.documents.find((d) => d.id === tgtId)!;
    const original = currentText(doc());
    const fixable = store.getState().findings[tgtId]!.find((f) => f.category === 'encoding' && f.fix);
    expect(fixable).toBeDefined();
    store.getState().applyFixes([fixable!], 'fix');
    const fixed = currentText(doc());
    expect(fixed).not.toBe(original);
    expect(doc().edits[0]?.origin).toBe('fix');
    store.getState().undo();
    expect(currentText(doc())).toBe(original);
    store.getState().redo();
    expect(currentText(doc())).toBe(fixed);
    await store.getState().flushSave();
    const stored = await storage.get(store.getState().caseRecord!.id);
    expect(currentText(stored!.file.documents.find((d) => d.id === tgtId)!)).toBe(fixed);
  });

  it('shows reading the added documents as a job with progress, then the alignment, then no job', async () => {
    const store = makeStore(createCaseStorage(`t${dbCount++}`), bus()());
    await store.getState().createCase('New');
    const jobs: string[] = [];
    const shares: Record<string, number[]> = { import: [], align: [] };
    const unsubscribe = store.subscribe((s) => {
      const p = s.job?.progress;
      if (s.job && p) shares[s.job.kind]!.push(p.done / p.total);
      const label = s.job ? `${s.job.kind}:${s.job.progress?.phase ?? '-'}` : 'none';
      // From the first job on (adding the documents to the record comes before it).
      if (jobs.at(-1) !== label && (jobs.length > 0 || s.job)) jobs.push(label);
    });
    const paragraphs = (lang: 'en' | 'fr') =>
      Array.from({ length: 12 }, (_, i) =>
        lang === 'en'
          ? `The council met on day ${i + 1} and voted on the budget for the schools of the region.`
          : `Le conseil s'est réuni le jour ${i + 1} et a voté le budget des écoles de la région.`,
      ).join('\n');
    await store.getState().addDocuments([
      { name: 'en.txt', lang: 'en', origin: { kind: 'paste' }, text: paragraphs('en') },
      { name: 'fr.txt', lang: 'fr', origin: { kind: 'paste' }, text: paragraphs('fr') },
    ]);
    unsubscribe();
    expect(jobs[0]).toBe('import:-');
    expect(jobs).toContain('import:segment');
    const firstAlign = jobs.findIndex((j) => j.startsWith('align'));
    expect(firstAlign).toBeGreaterThan(jobs.indexOf('import:segment'));
    // No moment without a job between reading and aligning; none once it is all done.
    expect(jobs.slice(0, firstAlign)).not.toContain('none');
    expect(jobs.at(-1)).toBe('none');
    // Each job's bar only moves forward, from its start to its end.
    for (const kind of ['import', 'align']) {
      const seen = shares[kind]!;
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)).toBe(1);
      for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    }
    expect(openPair(store.getState().caseRecord)?.beads.length).toBe(12);
  });

  it('records a hand edit and re-segments the document at once', async () => {
    const store = makeStore(createCaseStorage(`t${dbCount++}`), bus()());
    await store.getState().init();
    const tgtId = caseView(store.getState().caseRecord!).tgtId!;
    const seg = store.getState().docs[tgtId]!.paragraphs[0]!;
    store.getState().editText(tgtId, seg.start, seg.end, 'Amazon veut tout vendre au gouvernement');
    await until(() =>
      store.getState().docs[tgtId]!.text.startsWith('Amazon veut tout vendre au gouvernement'),
    );
    expect(store.getState().past).toHaveLength(1);
  });

  it('never silently overwrites a save made by another tab', async () => {
    const name = `t${dbCount++}`;
    const tabs = bus();
    const a = makeStore(createCaseStorage(name), tabs());
    await a.getState().init();
    const b = makeStore(createCaseStorage(name), tabs());
    await b.getState().init();
    expect(b.getState().caseRecord?.id).toBe(a.getState().caseRecord?.id);
    const tgtId = caseView(a.getState().caseRecord!).tgtId!;
    // Both edit; A saves first; B, still based on the old revision, must not overwrite.
    a.getState().editText(tgtId, 0, 6, 'AMAZON');
    b.getState().editText(tgtId, 0, 6, 'Amazone');
    await a.getState().flushSave();
    await b.getState().flushSave();
    expect(b.getState().conflict).not.toBeNull();
    const stored = await createCaseStorage(name).get(a.getState().caseRecord!.id);
    expect(currentText(stored!.file.documents.find((d) => d.id === tgtId)!).startsWith('AMAZON')).toBe(true);
    // B chooses to keep its version: now it is saved, knowingly.
    await b.getState().resolveConflict('mine');
    const after = await createCaseStorage(name).get(a.getState().caseRecord!.id);
    expect(currentText(after!.file.documents.find((d) => d.id === tgtId)!).startsWith('Amazone')).toBe(true);
  });

  it('deletes a case and brings it back with undo', async () => {
    const storage = createCaseStorage(`t${dbCount++}`);
    const store = makeStore(storage, bus()());
    await store.getState().init();
    const id = store.getState().caseRecord!.id;
    await store.getState().deleteCase(id);
    expect(await storage.get(id)).toBeUndefined();
    expect(store.getState().notices.some((n) => n.undoable)).toBe(true);
    await store.getState().undoDelete();
    expect((await storage.get(id))?.file.documents).toHaveLength(5);
    expect(store.getState().caseRecord?.id).toBe(id);
  });
});
