/**
 * The one place where React meets the store: a context carrying the vanilla store and hooks
 * that select from it (narrow selectors; `useShallow` for derived objects).
 */
import { createContext, createElement, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../state/app-state.ts';
import type { AppStore } from '../state/create-app-store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** Provide the app store to the tree. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store itself (for actions and imperative reads in event handlers). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreProvider is missing');
  return store;
}

/** Select a slice of state; re-renders when it changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** Select a derived object or array, compared shallowly. */
export function useAppStoreShallow<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector));
}
