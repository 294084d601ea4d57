/**
 * The open case's documents as the engine sees them (segmented, checked), the open pair and its
 * alignment, the long job under way, the selection, and every change a person makes.
 */
import type { StateCreator } from 'zustand/vanilla';
import { withoutDeferredFindings } from '../core/check/deferred-findings.ts';
import type { ExportSide } from '../core/exchange/pair-rows.ts';
import type {
  Bead,
  CaseAlignment,
  CaseDocument,
  CaseEdit,
  CaseFile,
  Finding,
  Lang,
  TextDocument,
} from '../core/index.ts';
import { ALIGN_PHASES } from '../core/model/alignment.ts';
import { EngineCallError } from '../worker/engine-client.ts';
import type { AppState, StoreDeps, WorkspaceSlice } from './app-state.ts';
import { alignmentFits, openPairAlignment } from './case-pairs.ts';
import { caseView, currentText, openPair, pairKey, withView } from './case-record.ts';
import { newCaseDocument } from './cases-slice.ts';
import { sortFindings, withoutKnownFindings } from './derive-rows.ts';
import { JobProgress } from './job-progress.ts';
import { carryBeads, carryConfirmed, keepConfirmed } from './keep-confirmed.ts';
import { markStep } from './mark-step.ts';
import { type RowAnchor, rowAnchor, rowAt } from './row-anchor.ts';

/** The languages a case may hold (the engine restricts detection to these). */
export const CANDIDATE_LANGS: readonly Lang[] = ['en', 'fr', 'de'];

function isAbort(error: unknown): boolean {
  return error instanceof EngineCallError
    ? error.code === 'aborted'
    : (error as Error)?.name === 'AbortError';
}

/**
 * The largest case (characters, all documents) traced without being asked: the sample case is
 * 26,000 and traces in about a second in the worker; two 5,000-paragraph reports take minutes.
 */
export const AUTO_TRACE_MAX_CHARS = 200_000;

/** How long an export waits for the findings of the texts it writes (after an edit). */
export const EXPORT_FINDINGS_WAIT_MS = 15_000;

export function createWorkspaceSlice(deps: StoreDeps): StateCreator<AppState, [], [], WorkspaceSlice> {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const now = () => new Date((deps.now ?? Date.now)()).toISOString();
  const versions = new Map<string, number>();
  // The texts each findings list was made on (a document's own; a pair's, source and target):
  // an export waits for them to be those of the documents it writes (see findingsFresh).
  const checkedOn = new WeakMap<readonly Finding[], string>();
  const pairCheckedOn = new WeakMap<readonly Finding[], { readonly src: string; readonly tgt: string }>();
  let unavailableShown = false;
  // Language pairs whose lexicon the engine was asked to load ahead of the first alignment.
  const warmed = new Set<string>();
  // The confirmed beads last carried through an edit of the open pair, and the documents they
  // index (an edit made while that edit's re-alignment runs starts from them).
  let carriedFor: {
    readonly key: string;
    readonly src: TextDocument;
    readonly tgt: TextDocument;
    readonly beads: readonly Bead[];
  } | null = null;
  // Counts quote traces started, so that only the latest one sets the Quotes panel; the running
  // one is cancelled when another starts.
  let traceGeneration = 0;
  // Where the selected row started before a switch of level: selected again at the new level
  // once its alignment is there (at once when saved, after the alignment otherwise).
  let levelAnchor: RowAnchor | null = null;
  let traceController: AbortController | null = null;

  return (set, get, api) => {
    function engineFailed(error: unknown): void {
      if (isAbort(error)) return;
      if (error instanceof EngineCallError && error.code === 'unavailable') {
        if (unavailableShown) return;
        unavailableShown = true;
      }
      const code = error instanceof EngineCallError ? error.code : 'failed';
      get().notify({
        code: 'engineError',
        params: { code, message: error instanceof Error ? error.message : String(error) },
        tone: 'error',
      });
    }

    async function runPairChecks(): Promise<void> {
      const { caseRecord, docs } = get();
      const pair = openPair(caseRecord);
      if (!caseRecord || !pair) {
        set({ pairFindings: [] });
        return;
      }
      const src = docs[pair.srcDocId];
      const tgt = docs[pair.tgtDocId];
      if (!src || !tgt || !get().capabilities?.check) return;
      // The one-document check of the target ran with the source language the pair gives it
      // (English) and the same word lists: its rules would find the same again, so only the
      // pair rules run (half the work, and the document's tokens are not built twice).
      const pairOnly = src.lang === 'en' && tgt.lang !== 'en';
      try {
        const all = await deps.engine.call('check', {
          pairOnly,
          doc: tgt,
          source: src,
          alignment: {
            level: pair.level,
            srcDocId: src.id,
            tgtDocId: tgt.id,
            beads: pair.beads,
            parallelism: pair.parallelism,
          },
        });
        // Keep only what the one-document pass did not already report, in the same or in other
        // words (a copied sentence it found left in English).
        const own = get().findings[tgt.id] ?? [];
        const pairFindings = sortFindings(withoutDeferredFindings(withoutKnownFindings(all, own), own));
        pairCheckedOn.set(pairFindings, { src: src.text, tgt: tgt.text });
        set({ pairFindings });
      } catch (error) {
        engineFailed(error);
      }
      // Then across the case's pairs (the open pair's alignment is one of them).
      void get().checkCase();
    }

    /**
     * Whether the open pair's documents are segmented from their current text and their findings
     * (each one's, and the pair's) were made on it. Right after an edit they are not: the old
     * findings' spans index the old text, and an export then marked the wrong words in its
     * report and applied fixes at the wrong places in the clean text.
     */
    function findingsFresh(): boolean {
      const { caseRecord, docs, findings, pairFindings, capabilities } = get();
      const pair = openPair(caseRecord);
      if (!caseRecord || !pair) return true;
      const current = (id: string): string | null => {
        const record = caseRecord.documents.find((d) => d.id === id);
        const text = docs[id]?.text;
        return record && text !== undefined && text === currentText(record) ? text : null;
      };
      const src = current(pair.srcDocId);
      const tgt = current(pair.tgtDocId);
      if (src === null || tgt === null) return false;
      const own = (id: string, text: string) => {
        const list = findings[id];
        return list !== undefined && checkedOn.get(list) === text;
      };
      if (!own(pair.srcDocId, src) || !own(pair.tgtDocId, tgt)) return false;
      if (!capabilities?.check) return true;
      const on = pairCheckedOn.get(pairFindings);
      return on?.src === src && on.tgt === tgt;
    }

    /** Resolves once `holds()` is true of the store (true), or after `ms` (false). */
    function whenStore(holds: () => boolean, ms: number): Promise<boolean> {
      if (holds()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (held: boolean) => {
          clearTimeout(timer);
          unsubscribe();
          resolve(held);
        };
        const unsubscribe = api.subscribe(() => {
          if (holds()) done(true);
        });
        const timer = setTimeout(() => done(false), ms);
      });
    }

    /** Resolves once `findingsFresh()` holds (true), or after `ms` (false). */
    const whenFindingsFresh = (ms: number): Promise<boolean> => whenStore(findingsFresh, ms);

    /** Resolves once a document's own findings were made on its current text (or after `ms`). */
    function whenChecked(docId: string, ms: number): Promise<boolean> {
      return whenStore(() => {
        const record = get().caseRecord?.documents.find((d) => d.id === docId);
        const list = get().findings[docId];
        return !record || (list !== undefined && checkedOn.get(list) === currentText(record));
      }, ms);
    }

    /**
     * The fixes of `findings` (made on `text`, the document's current text) as one operation.
     * Overlapping ones cannot all apply (the first of each overlap is kept). Logged from the end
     * backwards, so that each edit's offsets stay valid over the text the edits before it leave
     * (the case file's log order).
     */
    function fixEdits(
      docId: string,
      findings: readonly Finding[],
      text: string,
      label: 'fix' | 'fix-all',
    ): void {
      const at = now();
      const edits = findings
        .flatMap((f) =>
          (f.fix ?? []).map(
            (e): CaseEdit => ({
              start: e.start,
              end: e.end,
              text: e.text,
              origin: 'fix',
              rule: f.rule,
              replaced: text.slice(e.start, e.end),
              at,
            }),
          ),
        )
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .filter((e, i, all) => i === 0 || e.start >= (all[i - 1]?.end ?? 0))
        .reverse();
      if (edits.length === 0) return;
      get().perform({ kind: 'text', docId, edits, label });
    }

    function updateRecord(change: (file: CaseFile) => CaseFile): CaseFile | null {
      const file = get().caseRecord;
      if (!file) return null;
      const next = change(file);
      get().commitRecord(next);
      return get().caseRecord;
    }

    /**
     * The case's alignments of an edited document other than the open pair (other pairs, the
     * other level) index its segments as they were: carried through the edit (carryBeads), so
     * that they stay usable for checks across the case and open as they were. The open pair is
     * re-aligned instead (analyzeDocument).
     */
    function carryOtherAlignments(docId: string, before: TextDocument, after: TextDocument): void {
      const file = get().caseRecord;
      if (!file) return;
      const open = openPair(file);
      const docs = get().docs;
      let lost = 0;
      let changed = false;
      const alignments = file.alignments.map((a) => {
        if (a === open || (a.srcDocId !== docId && a.tgtDocId !== docId)) return a;
        const side = (id: string) => {
          const now = id === docId ? after : docs[id];
          return now ? { before: id === docId ? before : now, after: now } : null;
        };
        const src = side(a.srcDocId);
        const tgt = side(a.tgtDocId);
        if (!src || !tgt || alignmentFits(a, src.after, tgt.after)) return a;
        const carried = carryBeads(a.beads, a.level, src, tgt);
        if (!carried) return a;
        lost += carried.lost;
        changed = true;
        return { ...a, beads: carried.beads };
      });
      if (!changed) return;
      updateRecord((f) => (f === file ? { ...f, alignments } : f));
      if (lost > 0) get().notify({ code: 'confirmedLost', params: { count: lost }, tone: 'info' });
    }

    /** Selects the row of the open pair at the place kept by a switch of level, if any. */
    function placeLevelAnchor(): void {
      const anchor = levelAnchor;
      const pair = openPair(get().caseRecord);
      if (!anchor || !pair) return;
      levelAnchor = null;
      // A row chosen meanwhile (a quotation or a finding clicked while the level was aligned)
      // is the person's: the switch left row 0 selected.
      if (get().selectedRow !== 0) return;
      const row = rowAt(pair, get().docs, anchor);
      if (row !== null) set({ selectedRow: row });
    }

    function onViewChanged(file: CaseFile | null): void {
      levelAnchor = null;
      set({ selectedRow: 0, selectedFinding: null, pairFindings: [] });
      const view = file ? caseView(file) : null;
      if (!view?.srcId || !view.tgtId) return;
      const saved = openPairAlignment(file, get().docs);
      if (saved === 'stale') get().notify({ code: 'alignmentRedone', tone: 'info' });
      if (saved !== 'fits') void get().align();
      else void runPairChecks();
    }

    return {
      capabilities: null,
      docs: {},
      findings: {},
      pairFindings: [],
      job: null,
      selectedRow: 0,
      selectedFinding: null,

      async analyzeDocument(doc: CaseDocument, options = {}) {
        const version = (versions.get(doc.id) ?? 0) + 1;
        versions.set(doc.id, version);
        const before = get().docs[doc.id];
        // Two steps: segmentation first (the table and the alignment need only that), then the
        // checks, which may wait for the word lists to load in the worker.
        let segmented: TextDocument;
        try {
          segmented = await deps.engine.call(
            'segment',
            {
              id: doc.id,
              name: doc.name,
              text: currentText(doc),
              lang: doc.lang,
              candidateLangs: CANDIDATE_LANGS,
            },
            options.onProgress ? { onProgress: options.onProgress } : {},
          );
        } catch (error) {
          engineFailed(error);
          return;
        }
        if (versions.get(doc.id) !== version) return; // a newer edit is being analysed
        set({ docs: { ...get().docs, [doc.id]: segmented } });
        if (before && before.text !== segmented.text) carryOtherAlignments(doc.id, before, segmented);
        // The quotations' spans index the text as traced: an edited document is traced again
        // (the panel shows the quotations' own words meanwhile).
        const traced = get().quotesTexts[doc.id];
        if (traced !== undefined && traced !== segmented.text) void get().traceQuotes({ automatic: true });
        // Reports are aligned with their English originals: have the lexicon parsed while the
        // person reads (a background call: it waits for segmentation and alignment), not when
        // the first alignment starts.
        if (segmented.lang !== 'en' && segmented.lang !== 'und' && !warmed.has(segmented.lang)) {
          warmed.add(segmented.lang);
          deps.engine.call('warmup', { lexicons: [['en', segmented.lang]] }).catch(() => undefined);
        }
        void deps.engine
          .call('check', { doc: segmented })
          .then((findings) => {
            if (versions.get(doc.id) !== version) return;
            const sorted = sortFindings(findings);
            checkedOn.set(sorted, segmented.text);
            set({ findings: { ...get().findings, [doc.id]: sorted } });
          })
          .catch(engineFailed);
        const pair = openPair(get().caseRecord);
        if (!pair || (pair.srcDocId !== doc.id && pair.tgtDocId !== doc.id)) return;
        const srcDoc = get().docs[pair.srcDocId];
        const tgtDoc = get().docs[pair.tgtDocId];
        // An edit that changed the number of segments invalidates the bead indexes: re-align,
        // keeping what was confirmed (an undo that restored the beads with the text needs none).
        if (before && srcDoc && tgtDoc && !alignmentFits(pair, srcDoc, tgtDoc)) {
          // The confirmed beads index the segments as they were: renumber them through the edit.
          // While an earlier edit's re-alignment runs, the pair's beads are still those from
          // before that edit: carry on the confirmed beads it carried (they index `before`).
          const key = pairKey(pair.srcDocId, pair.tgtDocId, pair.level);
          const srcBefore = pair.srcDocId === doc.id ? before : srcDoc;
          const tgtBefore = pair.tgtDocId === doc.id ? before : tgtDoc;
          const base = alignmentFits(pair, srcBefore, tgtBefore)
            ? pair.beads
            : carriedFor?.key === key && carriedFor.src === srcBefore && carriedFor.tgt === tgtBefore
              ? carriedFor.beads
              : null;
          const carried = base
            ? carryConfirmed(
                base,
                pair.level,
                { before: srcBefore, after: srcDoc },
                { before: tgtBefore, after: tgtDoc },
              )
            : { beads: [], lost: pair.beads.filter((b) => b.confirmed).length };
          carriedFor = { key, src: srcDoc, tgt: tgtDoc, beads: carried.beads };
          if (carried.lost > 0)
            get().notify({ code: 'confirmedLost', params: { count: carried.lost }, tone: 'info' });
          await get().align({ automatic: true, confirmed: carried.beads });
        } else void runPairChecks();
      },

      async addDocuments(documents) {
        const at = now();
        const added = documents.map((d) => newCaseDocument(newId(), d, at));
        const file = updateRecord((f) => {
          const all = [...f.documents, ...added];
          const view = caseView(f);
          const en = all.find((d) => d.lang === 'en');
          const other = all.find((d) => d.lang !== 'en');
          return withView(
            { ...f, documents: all },
            { ...view, srcId: view.srcId ?? en?.id ?? null, tgtId: view.tgtId ?? other?.id ?? null },
          );
        });
        if (!file) return;
        // Reading (segmenting) the new documents is a job of its own, with progress: for two
        // reports of 5,000 paragraphs it takes a second or two before the alignment starts.
        // Cancel stops what follows (the alignment); the reading itself finishes, so that the
        // documents are usable.
        const controller = new AbortController();
        // One bar for all the documents, each weighing its length: a document reporting for
        // the first time, or correcting its total at its end, does not move the bar back.
        const progress = new JobProgress(added.map((d) => [d.id, d.originalText.length + 1]));
        const showJob = !get().job;
        if (showJob) set({ job: { kind: 'import', progress: null, controller } });
        await Promise.all(
          added.map((d) =>
            get().analyzeDocument(d, {
              onProgress: (p) => {
                const combined = progress.update(d.id, p);
                if (get().job?.controller === controller)
                  set({ job: { kind: 'import', progress: combined, controller } });
              },
            }),
          ),
        );
        if (controller.signal.aborted) return;
        const view = caseView(file);
        // align() replaces this job by its own (no moment without one: the bar stays up).
        if (view.srcId && view.tgtId && !openPair(get().caseRecord)) await get().align();
        if (get().job?.controller === controller) set({ job: null });
        // A new document may hold the source of a quotation, or quote one: trace the case again.
        void get().traceQuotes({ automatic: true });
      },

      removeDocument(docId) {
        const before = get().caseRecord;
        const removed = before?.documents.find((d) => d.id === docId);
        if (!before || !removed) return;
        const file = updateRecord((f) => {
          const view = caseView(f);
          return withView(
            {
              ...f,
              documents: f.documents.filter((d) => d.id !== docId),
              alignments: f.alignments.filter((a) => a.srcDocId !== docId && a.tgtDocId !== docId),
            },
            {
              ...view,
              srcId: view.srcId === docId ? null : view.srcId,
              tgtId: view.tgtId === docId ? null : view.tgtId,
            },
          );
        });
        // The removed document's quotations and sources go with it: at once (until the case is
        // traced again, a quotation traced to it would name a document that is gone, and a click
        // on it would open a pair on it), then by a new trace.
        const { quotes, quotesTexts } = get();
        const { [docId]: _removed, ...texts } = quotesTexts;
        set({
          past: [],
          future: [],
          // One click on a small ×: the document, its edits and its pairs' alignments come back
          // with the notice's Undo (restoreDocument), as a deleted case does.
          // (The last few: each notice's Undo brings back its own document.)
          recentlyRemoved: [
            ...get()
              .recentlyRemoved.filter((r) => r.caseId === before.id)
              .slice(-3),
            {
              caseId: before.id,
              document: removed,
              position: before.documents.indexOf(removed),
              next: before.documents[before.documents.indexOf(removed) + 1]?.id ?? null,
              alignments: before.alignments.filter((a) => a.srcDocId === docId || a.tgtDocId === docId),
              activePair: before.settings.activePair ?? null,
            },
          ],
          quotesTexts: texts,
          quotes: quotes && {
            ...quotes,
            quotations: quotes.quotations.filter((q) => q.docId !== docId && q.source?.docId !== docId),
          },
        });
        onViewChanged(file);
        void get().traceQuotes({ automatic: true });
        get().notify({
          code: 'documentRemoved',
          params: { name: removed.name, docId },
          tone: 'info',
          undoable: true,
        });
      },

      async restoreDocument(docId) {
        const removed = get().recentlyRemoved.find((r) => r.document.id === docId);
        const current = get().caseRecord;
        set({
          recentlyRemoved: get().recentlyRemoved.filter((r) => r !== removed),
          notices: get().notices.filter((n) => n.code !== 'documentRemoved' || n.params?.docId !== docId),
        });
        if (!removed || current?.id !== removed.caseId) return;
        if (current.documents.some((d) => d.id === removed.document.id)) return;
        const file = updateRecord((f) => {
          const documents = [...f.documents];
          // Before the document that followed it, if still there; else at its old place.
          const next = documents.findIndex((d) => d.id === removed.next);
          const at = next >= 0 ? next : removed.next === null ? documents.length : removed.position;
          documents.splice(Math.min(at, documents.length), 0, removed.document);
          const ids = new Set(documents.map((d) => d.id));
          const keys = new Set(f.alignments.map((a) => pairKey(a.srcDocId, a.tgtDocId, a.level)));
          const alignments = [
            ...f.alignments,
            ...removed.alignments.filter(
              (a) =>
                ids.has(a.srcDocId) &&
                ids.has(a.tgtDocId) &&
                !keys.has(pairKey(a.srcDocId, a.tgtDocId, a.level)),
            ),
          ];
          // The pair shown before, if the removal is what closed it.
          const pair = removed.activePair;
          const view = caseView(f);
          const reopen =
            pair && ids.has(pair.srcDocId) && ids.has(pair.tgtDocId) && (!view.srcId || !view.tgtId);
          const restored = { ...f, documents, alignments };
          return reopen
            ? withView(restored, { ...view, srcId: pair.srcDocId, tgtId: pair.tgtDocId })
            : restored;
        });
        if (!file) return;
        await get().analyzeDocument(removed.document);
        onViewChanged(get().caseRecord);
        void get().traceQuotes({ automatic: true });
      },

      setDocumentLang(docId, lang) {
        const file = updateRecord((f) => ({
          ...f,
          documents: f.documents.map((d) => (d.id === docId ? { ...d, lang, langOverridden: true } : d)),
          alignments: f.alignments.filter((a) => a.srcDocId !== docId && a.tgtDocId !== docId),
        }));
        const doc = file?.documents.find((d) => d.id === docId);
        // Which side a document is on decides what is a quotation and what a source.
        if (doc)
          void get()
            .analyzeDocument(doc)
            .then(() => get().traceQuotes({ automatic: true }));
      },

      selectPair(srcId, tgtId) {
        // Only the case's documents (a stale link may name a removed one: the view would point
        // at nothing, and stay so after a reload).
        const known = (id: string | null) =>
          id === null || (get().caseRecord?.documents.some((d) => d.id === id) ?? false);
        if (!known(srcId) || !known(tgtId)) return;
        onViewChanged(updateRecord((f) => withView(f, { ...caseView(f), srcId, tgtId })));
      },

      setLevel(level) {
        const before = openPair(get().caseRecord);
        const anchor = before ? rowAnchor(before, get().docs, get().selectedRow) : null;
        const file = updateRecord((f) => withView(f, { ...caseView(f), level }));
        // Kept before the view changes: a saved alignment is placed at once, below; one to
        // compute is placed when align() stores it.
        onViewChanged(file);
        levelAnchor = anchor;
        if (openPair(get().caseRecord) && !get().job) placeLevelAnchor();
      },

      async align(options) {
        const { caseRecord, docs } = get();
        if (!caseRecord) return;
        const { srcId, tgtId, level } = caseView(caseRecord);
        const src = srcId ? docs[srcId] : undefined;
        const tgt = tgtId ? docs[tgtId] : undefined;
        if (!src || !tgt) return;
        get().job?.controller.abort();
        const controller = new AbortController();
        set({ job: { kind: 'align', progress: null, controller } });
        // Sentence level aligns the paragraphs first, then the sentences (each phase counts from
        // 0): one bar over both, never going back.
        const phases = new JobProgress(
          level === 'sentence'
            ? [
                [ALIGN_PHASES.paragraphs, 1],
                [ALIGN_PHASES.sentences, 1],
              ]
            : [[ALIGN_PHASES.paragraphs, 1]],
        );
        try {
          const previous = openPair(caseRecord);
          const confirmed = options?.confirmed ?? previous?.beads.filter((b) => b.confirmed);
          const alignment = await deps.engine.call(
            'align',
            {
              src,
              tgt,
              level,
              ...(confirmed ? { confirmed } : {}),
            },
            {
              signal: controller.signal,
              onProgress: (p) => {
                const progress = phases.update(p.phase, p);
                if (get().job?.controller === controller)
                  set({ job: { kind: 'align', progress, controller } });
              },
            },
          );
          markStep('alignment-received');
          const beads = confirmed ? keepConfirmed(alignment.beads, confirmed) : alignment.beads;
          const key = pairKey(src.id, tgt.id, level);
          if (previous) {
            // After an edit, the re-alignment is part of that edit's operation (one undo);
            // otherwise (the Re-align button) an operation of its own.
            // (If nothing can take it, e.g. after an undo, it stays out of the history.)
            if (options?.automatic) get().absorbRealign(key, [src.id, tgt.id], previous.beads, beads);
            else
              get().perform({
                kind: 'beads',
                pair: key,
                before: previous.beads,
                after: beads,
                label: 'realign',
              });
            updateRecord((f) => ({
              ...f,
              alignments: f.alignments.map((a) =>
                pairKey(a.srcDocId, a.tgtDocId, a.level) === key
                  ? {
                      ...a,
                      parallelism: alignment.parallelism,
                      ...(options?.automatic ? { beads } : {}),
                    }
                  : a,
              ),
            }));
          } else {
            const pair: CaseAlignment = {
              srcDocId: src.id,
              tgtDocId: tgt.id,
              level,
              beads,
              parallelism: alignment.parallelism,
              alignedAt: now(),
            };
            updateRecord((f) => ({ ...f, alignments: [...f.alignments, pair] }));
          }
          placeLevelAnchor();
        } catch (error) {
          engineFailed(error);
        } finally {
          if (get().job?.controller === controller) set({ job: null });
        }
        if (options?.checksInBackground) void runPairChecks();
        else await runPairChecks();
      },

      recentlyRemoved: [],
      quotes: null,
      quotesTexts: {},
      quotesStatus: 'idle',

      async traceQuotes(options = {}) {
        const { caseRecord, docs } = get();
        if (!caseRecord) return;
        const documents = caseRecord.documents.map((d) => docs[d.id]).filter((d): d is TextDocument => !!d);
        traceController?.abort();
        traceController = null;
        if (documents.length === 0) return;
        const caseId = caseRecord.id;
        // Only the latest trace may answer: documents added while one runs start another.
        const generation = ++traceGeneration;
        const current = () => generation === traceGeneration && get().caseRecord?.id === caseId;
        const size = documents.reduce((n, d) => n + d.text.length, 0);
        if (options.automatic && size > AUTO_TRACE_MAX_CHARS) {
          set({ quotes: null, quotesTexts: {}, quotesStatus: 'large' });
          return;
        }
        const controller = new AbortController();
        traceController = controller;
        set({ quotesStatus: 'running' });
        try {
          const quotes = await deps.engine.call('traceQuotes', { documents }, { signal: controller.signal });
          if (current())
            set({
              quotes,
              quotesTexts: Object.fromEntries(documents.map((d) => [d.id, d.text])),
              quotesStatus: 'idle',
            });
        } catch (error) {
          if (!current()) return;
          set({ quotesStatus: 'error' });
          engineFailed(error);
        } finally {
          if (traceController === controller) traceController = null;
        }
      },

      async exportPair(format, options, words) {
        // The findings of an edit just made are on their way: wait for them (a few seconds at
        // most; past that, the findings made on another text are left out rather than misplaced).
        const fresh = await whenFindingsFresh(EXPORT_FINDINGS_WAIT_MS);
        const { caseRecord, docs, findings: all, pairFindings: pairAll } = get();
        const findings = fresh ? all : {};
        const pairFindings = fresh ? pairAll : [];
        const pair = openPair(caseRecord);
        if (!caseRecord || !pair) return null;
        const side = (id: string, extra: readonly Finding[]): ExportSide | null => {
          const doc = docs[id];
          const record = caseRecord.documents.find((d) => d.id === id);
          if (!doc || !record) return null;
          const listed = [...(findings[id] ?? []), ...extra.filter((f) => f.docId === id)];
          return {
            doc,
            findings: listed,
            ...(words ? { messages: listed.map(words) } : {}),
            originalText: record.originalText,
            edits: record.edits,
          };
        };
        const source = side(pair.srcDocId, []);
        const target = side(pair.tgtDocId, pairFindings);
        if (!source || !target) return null;
        const { text, extension, suffix, mime } = await deps.engine.call('exportPair', {
          input: { source, target, alignment: { level: pair.level, beads: pair.beads }, date: now() },
          format,
          // The case's settings: the report tints doubtful rows below its threshold, as the table
          // does; the cleaned text drops noise paragraphs or keeps them as the case says.
          options: {
            lowConfidence: caseRecord.settings.lowConfidence,
            dropNoise: caseRecord.settings.dropNoise,
            ...options,
          },
        });
        // Named after the translation: `000_….tmx`, `000_…-clean.txt`, `000_…-report.html`.
        const base = target.doc.name.replace(/\.[^.]+$/, '');
        return { name: `${base}${suffix}${extension}`, mime, text };
      },

      async exportCase() {
        const file = get().caseRecord;
        if (!file) return null;
        const { text, extension, mime } = await deps.engine.call('serializeCase', { file });
        // Letters and digits, one hyphen between runs and none at the ends ('… (sample)' gave '…-sample-.json').
        const base = file.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
        return { name: `${base || 'case'}${extension}`, mime, text };
      },

      async importCase(bytes, fileName) {
        const file = await deps.engine.call('importCase', { bytes, fileName, id: newId(), now: now() });
        await get().storeImportedCase(file);
      },

      readFile(bytes, fileName, encoding) {
        return deps.engine.call('importFile', {
          bytes,
          fileName,
          candidateLangs: CANDIDATE_LANGS,
          ...(encoding ? { encoding } : {}),
        });
      },

      detectLanguage(text) {
        return deps.engine.call('detectLanguage', { text, candidates: CANDIDATE_LANGS });
      },

      cancelJob() {
        get().job?.controller.abort();
        set({ job: null });
      },

      selectRow(index) {
        levelAnchor = null;
        set({ selectedRow: index });
      },

      selectFinding(key) {
        set({ selectedFinding: key });
      },

      editText(docId, start, end, text) {
        const doc = get().caseRecord?.documents.find((d) => d.id === docId);
        if (!doc) return;
        const replaced = currentText(doc).slice(start, end);
        if (replaced === text) return;
        const edit: CaseEdit = { start, end, text, origin: 'manual', replaced, at: now() };
        get().perform({ kind: 'text', docId, edits: [edit], label: 'edit' });
      },

      applyFixes(findings: readonly Finding[], label) {
        const docId = findings[0]?.docId;
        const caseId = get().caseRecord?.id;
        const textOf = () => {
          const doc = get().caseRecord?.documents.find((d) => d.id === docId);
          return doc && get().caseRecord?.id === caseId ? currentText(doc) : null;
        };
        const text = textOf();
        if (text === null || !docId) return;
        // A finding's `actual` is the text at its span. One made on the text before an edit
        // whose checks are not back yet indexes that text: its fix would land elsewhere (a
        // "Fix all" clicked just after another fix). Such findings are taken from the new
        // checks once they are back: the same rule and words, nearest to where they were.
        const here = (f: Finding, t: string) => t.slice(f.span[0], f.span[1]) === f.actual;
        if (findings.every((f) => here(f, text))) {
          fixEdits(docId, findings, text, label);
          return;
        }
        void whenChecked(docId, EXPORT_FINDINGS_WAIT_MS).then(() => {
          const current = textOf();
          if (current === null) return;
          const fresh = [
            ...(get().findings[docId] ?? []),
            ...get().pairFindings.filter((f) => f.docId === docId),
          ].filter((f) => here(f, current));
          const taken = new Set<Finding>();
          const same = (a: Finding, b: Finding) =>
            a.rule === b.rule && a.actual === b.actual && a.expected === b.expected;
          const mapped = findings.flatMap((f) => {
            let best: Finding | undefined;
            for (const g of fresh)
              if (!taken.has(g) && same(f, g))
                if (!best || Math.abs(g.span[0] - f.span[0]) < Math.abs(best.span[0] - f.span[0])) best = g;
            if (best) taken.add(best);
            return best ? [best] : [];
          });
          fixEdits(docId, mapped, current, label);
        });
      },

      recheckPair: runPairChecks,

      editBeads(label, change) {
        const pair = openPair(get().caseRecord);
        if (!pair) return;
        const after: readonly Bead[] = change(pair.beads);
        if (after === pair.beads) return;
        get().perform({
          kind: 'beads',
          pair: pairKey(pair.srcDocId, pair.tgtDocId, pair.level),
          before: pair.beads,
          after,
          label,
        });
      },
    };
  };
}
