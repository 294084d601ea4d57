// First, for its side effect: the engine worker starts loading while the page boots.
import './worker/early-engine-worker.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCaseStorage } from './state/case-storage.ts';
import { createAppStore } from './state/create-app-store.ts';
import { markStep } from './state/mark-step.ts';
import { createTabSync } from './state/tab-sync.ts';
import { App } from './ui/app/app.tsx';
import { initI18n } from './ui/i18n/i18n.ts';
import { StoreProvider } from './ui/use-store.ts';
import { createBrowserEngine } from './worker/engine-client.ts';
import './ui/styles.css';

// Entry point: the engine worker, the store over IndexedDB, the interface language, the shell.
const store = createAppStore({
  engine: createBrowserEngine(),
  storage: createCaseStorage(),
  tabSync: createTabSync(),
});

async function start(): Promise<void> {
  markStep('script-run');
  await initI18n();
  markStep('i18n-ready');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
  await store.getState().init();
  performance.mark('vis-a-vis:interactive');
}

void start();
