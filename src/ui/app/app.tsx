/**
 * The app shell: composes the features (they never import each other), owns the layout, the
 * global shortcuts (undo, redo), drag and drop of files, and the interface language.
 */
import { type DragEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CasesPanel } from '../features/cases/cases-panel.tsx';
import { ChangesView } from '../features/changes/changes-view.tsx';
import { DocumentsPanel } from '../features/documents/documents-panel.tsx';
import { ExportMenu } from '../features/export/export-menu.tsx';
import { FindingsPanel } from '../features/findings/findings-panel.tsx';
import { TopBar } from '../features/header/top-bar.tsx';
import { ImportDialog } from '../features/import/import-dialog.tsx';
import { AlignmentMap } from '../features/map/alignment-map.tsx';
import { AlignedTable } from '../features/pair/aligned-table.tsx';
import { FindingDetail } from '../features/pair/finding-detail.tsx';
import { PairToolbar, ParallelismSummary } from '../features/pair/pair-toolbar.tsx';
import { QuotesPanel } from '../features/quotes/quotes-panel.tsx';
import { PairProvider } from '../hooks/use-pair.ts';
import { setLocale } from '../i18n/i18n.ts';
import { useAppStore, useAppStoreApi } from '../use-store.ts';
import { type InspectorTab, InspectorTabs } from './inspector-tabs.tsx';
import { Notices } from './notices.tsx';
import { StatusBar } from './status-bar.tsx';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const ready = useAppStore((s) => s.ready);
  const hasCase = useAppStore((s) => s.caseRecord !== null);
  const [tab, setTab] = useState<InspectorTab>('findings');
  const [importOpen, setImportOpen] = useState(false);
  const [dropped, setDropped] = useState<readonly File[]>([]);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        store.getState().undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        store.getState().redo();
      }
    };
    const onHide = () => void store.getState().flushSave();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    setDropped(files);
    setImportOpen(true);
  };

  return (
    <PairProvider>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: drop target for files; the same is reachable by the file picker */}
      <div
        className={`app${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) {
            e.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <TopBar locale={i18n.language} onLocale={(l) => void setLocale(l)} actions={<ExportMenu />} />
        <Notices />
        <aside className="sidebar" aria-label={t('shell.sidebar')}>
          <CasesPanel />
          <DocumentsPanel onAdd={() => setImportOpen(true)} />
          <AlignmentMap />
        </aside>
        <main className="main" aria-label={t('shell.pair')}>
          <div className="main-head">
            <ParallelismSummary />
            <PairToolbar />
          </div>
          {ready || hasCase ? <AlignedTable /> : <div className="table-empty">{t('shell.loading')}</div>}
          <FindingDetail />
        </main>
        <aside className="inspector" aria-label={t('shell.inspector')}>
          <InspectorTabs
            tab={tab}
            onTab={setTab}
            panels={{ findings: <FindingsPanel />, quotes: <QuotesPanel />, changes: <ChangesView /> }}
          />
        </aside>
        <StatusBar />
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            {t('import.dropOverlay')}
          </div>
        ) : null}
        <ImportDialog
          open={importOpen}
          files={dropped}
          onClose={() => {
            setImportOpen(false);
            setDropped([]);
          }}
        />
      </div>
    </PairProvider>
  );
}
