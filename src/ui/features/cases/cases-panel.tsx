/**
 * The list of cases: open one, create, rename in place, duplicate, delete (with undo in the
 * notice that follows).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon.tsx';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

export function CasesPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const cases = useAppStore((s) => s.cases);
  const openId = useAppStore((s) => s.caseRecord?.id);
  // The list's summaries are refreshed when the case is saved; the open case's document count
  // is taken live, so that documents just added are counted before the save ends.
  const openCount = useAppStore((s) => s.caseRecord?.documents.length);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [name, setName] = useState('');

  return (
    <section className="side-section" aria-labelledby="cases-title">
      <div className="panel-head">
        <h2 id="cases-title" className="panel-title">
          {t('cases.title')}
        </h2>
        <button
          type="button"
          className="tool"
          onClick={() => void store.getState().createCase(t('cases.untitled'))}
        >
          {t('cases.new')}
        </button>
      </div>
      <ul className="case-list">
        {cases.map((c) => (
          <li key={c.id} className={c.id === openId ? 'active' : ''}>
            {renaming === c.id ? (
              <form
                className="rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  void store.getState().renameCase(c.id, name);
                  setRenaming(null);
                }}
              >
                <input
                  aria-label={t('cases.newName')}
                  value={name}
                  // biome-ignore lint/a11y/noAutofocus: the field appears because the person asked to rename
                  autoFocus
                  onChange={(e) => setName(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                  onBlur={() => setRenaming(null)}
                />
              </form>
            ) : (
              <button
                type="button"
                className="case-open"
                aria-current={c.id === openId ? 'true' : undefined}
                onClick={() => void store.getState().openCase(c.id)}
              >
                {/* The list is narrow: a long name takes two lines, then an ellipsis; said whole on hover. */}
                <span className="case-name" title={c.name}>
                  {c.name}
                </span>
                <span className="muted small">
                  {t('cases.documents', {
                    count: c.id === openId && openCount !== undefined ? openCount : c.documentCount,
                  })}
                </span>
              </button>
            )}
            <span className="case-actions">
              <button
                type="button"
                className="icon"
                title={t('cases.rename')}
                aria-label={t('cases.renameNamed', { name: c.name })}
                onClick={() => {
                  setName(c.name);
                  setRenaming(c.id);
                }}
              >
                <Icon name="rename" />
              </button>
              <button
                type="button"
                className="icon"
                title={t('cases.duplicate')}
                aria-label={t('cases.duplicateNamed', { name: c.name })}
                onClick={() => void store.getState().duplicateCase(c.id, t('cases.copySuffix'))}
              >
                <Icon name="duplicate" />
              </button>
              <button
                type="button"
                className="icon danger"
                title={t('cases.delete')}
                aria-label={t('cases.deleteNamed', { name: c.name })}
                onClick={() => void store.getState().deleteCase(c.id)}
              >
                <Icon name="delete" />
              </button>
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => void store.getState().openSample()}>
        {t('cases.addSample')}
      </button>
    </section>
  );
}
