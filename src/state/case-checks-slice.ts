/**
 * Checks across the documents of a case: the same source sentence translated differently in
 * two reports (core's `checkConsistencyAcross`, run in the worker over every aligned pair of
 * the case), and aligning the case's other pairs so that there is something to compare.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { CaseAlignment, Finding } from '../core/index.ts';
import type { AppState, CaseChecksSlice, StoreDeps } from './app-state.ts';
import { casePairs, unalignedPairs } from './case-pairs.ts';
import { caseView, openPair } from './case-record.ts';
import { sortFindings } from './derive-rows.ts';

export function createCaseChecksSlice(deps: StoreDeps): StateCreator<AppState, [], [], CaseChecksSlice> {
  const now = () => new Date((deps.now ?? Date.now)()).toISOString();
  let version = 0;
  return (set, get) => ({
    caseFindings: null,
    casePairCount: 0,
    caseStatus: 'idle',

    async checkCase() {
      const { caseRecord, docs } = get();
      const mine = ++version;
      if (!caseRecord) {
        set({ caseFindings: null, casePairCount: 0, caseStatus: 'idle' });
        return;
      }
      const pairs = casePairs(
        caseRecord,
        docs,
        caseView(caseRecord).level,
        caseRecord.settings.lowConfidence,
      );
      if (pairs.length === 0) {
        set({ caseFindings: [], casePairCount: 0, caseStatus: 'idle' });
        return;
      }
      set({ caseStatus: 'running' });
      try {
        const findings: readonly Finding[] = await deps.engine.call('checkCase', { pairs });
        // One passage of a report aligned with two originals (the same letter quoted in both)
        // is reported once per original: keep one finding per place.
        const seen = new Set<string>();
        const unique = findings.filter((f) => {
          const place = `${f.docId}:${f.span[0]}:${f.span[1]}`;
          if (seen.has(place)) return false;
          seen.add(place);
          return true;
        });
        if (mine === version)
          set({ caseFindings: sortFindings(unique), casePairCount: pairs.length, caseStatus: 'idle' });
      } catch (error) {
        if (mine !== version) return;
        set({ caseStatus: 'error' });
        get().notify({
          code: 'engineError',
          params: { code: 'checkCase', message: error instanceof Error ? error.message : String(error) },
          tone: 'error',
        });
      }
    },

    async alignCase() {
      const file = get().caseRecord;
      const open = openPair(file);
      if (!file || !open) return;
      const { docs } = get();
      const srcLang = docs[open.srcDocId]?.lang;
      const tgtLang = docs[open.tgtDocId]?.lang;
      if (!srcLang || !tgtLang) return;
      const todo = unalignedPairs(file, srcLang, tgtLang, open.level);
      if (todo.length === 0) return;
      get().job?.controller.abort();
      const controller = new AbortController();
      const caseId = file.id;
      set({ job: { kind: 'align', progress: { phase: 'case', done: 0, total: todo.length }, controller } });
      try {
        for (const [k, [srcId, tgtId]] of todo.entries()) {
          const src = get().docs[srcId];
          const tgt = get().docs[tgtId];
          if (!src || !tgt) continue;
          const alignment = await deps.engine.call(
            'align',
            { src, tgt, level: open.level },
            { signal: controller.signal },
          );
          const current = get().caseRecord;
          if (controller.signal.aborted || current?.id !== caseId) return;
          const added: CaseAlignment = {
            srcDocId: srcId,
            tgtDocId: tgtId,
            level: open.level,
            beads: alignment.beads,
            parallelism: alignment.parallelism,
            alignedAt: now(),
          };
          get().commitRecord({ ...current, alignments: [...current.alignments, added] });
          if (get().job?.controller === controller)
            set({
              job: {
                kind: 'align',
                progress: { phase: 'case', done: k + 1, total: todo.length },
                controller,
              },
            });
        }
      } catch (error) {
        if (!controller.signal.aborted)
          get().notify({
            code: 'engineError',
            params: { code: 'align', message: error instanceof Error ? error.message : String(error) },
            tone: 'error',
          });
      } finally {
        if (get().job?.controller === controller) set({ job: null });
      }
      await get().checkCase();
    },
  });
}
