/**
 * The application store: one zustand vanilla store composed of slices (cases, workspace,
 * history). No React here; src/ui/use-store.ts binds it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState, StoreDeps } from './app-state.ts';
import { createCaseChecksSlice } from './case-checks-slice.ts';
import { createCasesSlice } from './cases-slice.ts';
import { createHistorySlice } from './history-slice.ts';
import { createWorkspaceSlice } from './workspace-slice.ts';

export type AppStore = StoreApi<AppState>;

/** Create the store over an engine, a storage and a tab sync (real ones in the app, fakes in tests). */
export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createCasesSlice(deps)(...a),
    ...createWorkspaceSlice(deps)(...a),
    ...createHistorySlice()(...a),
    ...createCaseChecksSlice(deps)(...a),
  }));
}
