/**
 * Cases and their storage: the list, the open case, saving as you go (debounced, revision
 * checked), conflicts with other tabs, delete with undo, and storage errors made visible.
 */
import type { StateCreator } from 'zustand/vanilla';
// Value imports from the module files, not core's index: the page bundle stays free of the engine.
import { type CaseDocument, type CaseFile, createCaseFile } from '../core/model/case-file.ts';
import type { Lang } from '../core/model/document.ts';
import type { AppState, CasesSlice, NewDocument, StoreDeps } from './app-state.ts';
import { openPairAlignment } from './case-pairs.ts';
import { caseView, summarize, withView } from './case-record.ts';
import { StorageConflictError } from './case-storage.ts';
import { markStep } from './mark-step.ts';
import { SAMPLE_CASE } from './sample-case.ts';

/** A case document for a newly added text. */
export function newCaseDocument(id: string, doc: NewDocument, at: string): CaseDocument {
  return {
    id,
    name: doc.name,
    lang: doc.lang,
    ...(doc.langOverridden ? { langOverridden: true } : {}),
    originalText: doc.text,
    edits: [],
    origin: doc.origin,
    addedAt: at,
  };
}

/**
 * Run `then` after the next frame is painted (a task queued from the frame's callback runs after
 * its paint); without frames (Node, a hidden tab), in a task.
 */
function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden)
    requestAnimationFrame(() => setTimeout(then, 0));
  else setTimeout(then, 0);
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function createCasesSlice(deps: StoreDeps): StateCreator<AppState, [], [], CasesSlice> {
  const now = () => new Date((deps.now ?? Date.now)()).toISOString();
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const delay = deps.saveDelayMs ?? 300;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The record last written (or read): the open case has unsaved work when it is not this one.
  let saved: CaseFile | null = null;
  let forceSave = false;
  let saving: Promise<void> = Promise.resolve();
  // Whether the word lists' preparation was asked for (once per page: the worker keeps them).
  let wordListsAsked = false;
  let nextNotice = 1;
  let unlisten: (() => void) | null = null;

  return (set, get) => {
    function reportStorageError(error: unknown): void {
      set({ saveStatus: 'error', storageError: message(error) });
      get().notify({ code: 'storageError', params: { message: message(error) }, tone: 'error' });
    }

    async function refreshList(): Promise<void> {
      try {
        set({ cases: await deps.storage.list() });
      } catch (error) {
        reportStorageError(error);
      }
    }

    async function saveNow(): Promise<void> {
      const { caseRecord, baseRevision, conflict } = get();
      if (!caseRecord || conflict || (caseRecord === saved && !forceSave)) return;
      forceSave = false;
      set({ saveStatus: 'saving' });
      try {
        const revision = await deps.storage.save(caseRecord, baseRevision);
        saved = caseRecord;
        set({
          baseRevision: revision,
          saveStatus: get().caseRecord === saved ? 'saved' : 'idle',
          storageError: null,
        });
        deps.tabSync.announce(caseRecord.id, revision);
        set({ cases: [summarize(caseRecord), ...get().cases.filter((c) => c.id !== caseRecord.id)] });
      } catch (error) {
        if (error instanceof StorageConflictError) {
          set({ conflict: { revision: error.storedRevision }, saveStatus: 'error' });
        } else reportStorageError(error);
      }
    }

    function flush(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      saving = saving.then(saveNow);
      return saving;
    }

    async function open(id: string): Promise<void> {
      await flush();
      let stored: Awaited<ReturnType<typeof deps.storage.get>>;
      try {
        stored = await deps.storage.get(id);
      } catch (error) {
        reportStorageError(error);
        return;
      }
      if (!stored) return;
      saved = stored.file;
      set({
        caseRecord: stored.file,
        baseRevision: stored.revision,
        conflict: null,
        docs: {},
        findings: {},
        pairFindings: [],
        quotes: null,
        quotesTexts: {},
        quotesStatus: 'idle',
        past: [],
        future: [],
        selectedRow: 0,
        selectedFinding: null,
        saveStatus: 'saved',
      });
      deps.storage.setSetting('lastCase', id).catch(() => {});
      // The open pair's two documents first, then its alignment, then the case's other documents:
      // the rows need only the pair, and the engine works through its calls in order, so the
      // other documents segmented first would hold the rows back (three of the sample's five).
      const view = caseView(stored.file);
      const inPair = (doc: CaseDocument) => doc.id === view.srcId || doc.id === view.tgtId;
      const analyze = (doc: CaseDocument) => get().analyzeDocument(doc);
      markStep('case-read');
      await Promise.all(stored.file.documents.filter(inPair).map(analyze));
      markStep('pair-segmented');
      // The pair's checks (background work, after the rest of the case is segmented) not awaited.
      const pairState = view.srcId && view.tgtId ? openPairAlignment(get().caseRecord, get().docs) : 'fits';
      if (pairState === 'stale') get().notify({ code: 'alignmentRedone', tone: 'info' });
      if (pairState !== 'fits') await get().align({ checksInBackground: true });
      markStep('pair-aligned');
      prepareWordListsAfterPaint(stored.file, view.tgtId);
      await Promise.all(stored.file.documents.filter((doc) => !inPair(doc)).map(analyze));
      markStep('case-segmented');
      void get().traceQuotes({ automatic: true });
    }

    /**
     * Once, after the open pair's rows are painted: the worker parses the spelling word lists
     * of the case's languages (the translation's first) step by step while no call is under
     * way, ahead of the checks. Asked any earlier, the parse took the worker's core while the
     * page rendered the rows (on two cores the main thread then shared one with it); asked
     * only by the checks, it would start later still (they wait for the other segmentations).
     */
    function prepareWordListsAfterPaint(file: CaseFile, tgtId: string | null): void {
      if (wordListsAsked) return;
      wordListsAsked = true;
      const langs = new Set<Lang>();
      const tgt = file.documents.find((d) => d.id === tgtId);
      if (tgt) langs.add(tgt.lang);
      for (const d of file.documents) langs.add(d.lang);
      langs.delete('und');
      if (langs.size === 0) return;
      afterNextPaint(() => {
        deps.engine.call('warmup', { prepareWordLists: [...langs] }).catch(() => undefined);
      });
    }

    async function storeNew(file: CaseFile): Promise<boolean> {
      try {
        await deps.storage.save(file, null);
        return true;
      } catch (error) {
        reportStorageError(error);
        return false;
      }
    }

    function sampleCase(): CaseFile {
      const at = now();
      const file = createCaseFile(newId(), SAMPLE_CASE.name, at);
      const documents = SAMPLE_CASE.documents.map((d) => newCaseDocument(newId(), d, at));
      const src = documents.find((d) => d.name === SAMPLE_CASE.srcName);
      const tgt = documents.find((d) => d.name === SAMPLE_CASE.tgtName);
      return withView(
        { ...file, documents },
        { srcId: src?.id ?? null, tgtId: tgt?.id ?? null, level: 'paragraph' },
      );
    }

    return {
      cases: [],
      caseRecord: null,
      baseRevision: null,
      saveStatus: 'idle',
      storageError: null,
      conflict: null,
      recentlyDeleted: null,
      notices: [],
      ready: false,

      async init() {
        unlisten?.();
        unlisten = deps.tabSync.listen((message) => {
          void refreshList();
          const { caseRecord, baseRevision } = get();
          if (!caseRecord || message.caseId !== caseRecord.id || message.revision <= (baseRevision ?? 0))
            return;
          // Nothing unsaved here: follow the other tab. Unsaved work: ask, never overwrite.
          if (caseRecord === saved) void open(caseRecord.id);
          else set({ conflict: { revision: message.revision } });
        });
        // Asked at once, answered when the worker has loaded the engine (about 0.2 s): the
        // stored cases are listed (and the sample stored, on a first start) meanwhile.
        const capabilities = deps.engine.call('capabilities', {}).then(
          (answer) => set({ capabilities: answer }),
          () => set({ capabilities: null }),
        );
        await refreshList();
        markStep('storage-open');
        let first = get().cases[0]?.id;
        if (!first && !get().storageError) {
          const file = sampleCase();
          if (await storeNew(file)) first = file.id;
          await refreshList();
          markStep('sample-stored');
        }
        let last: string | undefined;
        try {
          last = await deps.storage.getSetting('lastCase');
        } catch {
          last = undefined;
        }
        const target = get().cases.some((c) => c.id === last) ? last : first;
        markStep('cases-listed');
        await capabilities;
        markStep('engine-ready');
        if (target) await open(target);
        set({ ready: true });
      },

      openCase: open,

      async createCase(name) {
        const file = createCaseFile(newId(), name, now());
        if (!(await storeNew(file))) return;
        await refreshList();
        await open(file.id);
      },

      async openSample() {
        const file = sampleCase();
        if (!(await storeNew(file))) return;
        await refreshList();
        await open(file.id);
      },

      async storeImportedCase(file) {
        const clash = get().cases.some((c) => c.id === file.id);
        const stored = clash ? { ...file, id: newId() } : file;
        if (!(await storeNew(stored))) return;
        await refreshList();
        await open(stored.id);
      },

      async renameCase(id, name) {
        const trimmed = name.trim();
        if (!trimmed) return;
        const current = get().caseRecord;
        if (current?.id === id) {
          get().commitRecord({ ...current, name: trimmed });
          await flush();
          return;
        }
        try {
          const stored = await deps.storage.get(id);
          if (!stored) return;
          await deps.storage.save({ ...stored.file, name: trimmed, modifiedAt: now() }, stored.revision);
        } catch (error) {
          reportStorageError(error);
        }
        await refreshList();
      },

      async duplicateCase(id, suffix) {
        await flush();
        try {
          const stored = await deps.storage.get(id);
          if (!stored) return;
          const at = now();
          await storeNew({
            ...stored.file,
            id: newId(),
            name: `${stored.file.name} ${suffix}`,
            createdAt: at,
            modifiedAt: at,
          });
        } catch (error) {
          reportStorageError(error);
        }
        await refreshList();
      },

      async deleteCase(id) {
        await flush();
        let name = '';
        try {
          const stored = await deps.storage.get(id);
          if (!stored) return;
          name = stored.file.name;
          await deps.storage.remove(id);
          set({ recentlyDeleted: stored.file });
        } catch (error) {
          reportStorageError(error);
          return;
        }
        await refreshList();
        if (get().caseRecord?.id === id) {
          const next = get().cases[0];
          if (next) await open(next.id);
          else set({ caseRecord: null, docs: {}, findings: {}, pairFindings: [], past: [], future: [] });
        }
        get().notify({ code: 'caseDeleted', params: { name }, tone: 'info', undoable: true });
      },

      async undoDelete() {
        const file = get().recentlyDeleted;
        if (!file) return;
        if (!(await storeNew(file))) return;
        set({ recentlyDeleted: null, notices: get().notices.filter((n) => n.code !== 'caseDeleted') });
        await refreshList();
        await open(file.id);
      },

      async resolveConflict(choice) {
        const { conflict, caseRecord } = get();
        if (!conflict || !caseRecord) return;
        if (choice === 'theirs') {
          saved = null;
          set({ conflict: null });
          await open(caseRecord.id);
          return;
        }
        // Keep mine: save over the other tab's revision, knowingly.
        set({ conflict: null, baseRevision: conflict.revision });
        forceSave = true;
        await flush();
      },

      notify(notice) {
        const id = nextNotice++;
        set({ notices: [...get().notices.slice(-3), { ...notice, id }] });
      },

      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },

      commitRecord(file) {
        set({ caseRecord: { ...file, modifiedAt: now() }, saveStatus: 'idle' });
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          saving = saving.then(saveNow);
        }, delay);
      },

      flushSave: flush,
    };
  };
}
