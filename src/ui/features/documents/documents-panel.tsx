/**
 * The documents of the open case, by language: which is the original and which the
 * translation of the open pair, the language (overridable), the encoding it was read with,
 * how many corrections it has.
 */
import { useTranslation } from 'react-i18next';
import { caseView } from '../../../state/case-record.ts';
import { CANDIDATE_LANGS } from '../../../state/workspace-slice.ts';
import { Icon } from '../../components/icon.tsx';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

export function DocumentsPanel({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const file = useAppStore((s) => s.caseRecord);
  if (!file) return null;
  const view = caseView(file);
  const docs = [...file.documents].sort(
    (a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name),
  );
  return (
    <section className="side-section" aria-labelledby="docs-title">
      <div className="panel-head">
        <h2 id="docs-title" className="panel-title">
          {t('documents.title')}
        </h2>
        <button type="button" className="tool" onClick={onAdd} data-action="open-import">
          {t('documents.add')}
        </button>
      </div>
      {docs.length === 0 ? <p className="muted small">{t('documents.empty')}</p> : null}
      <ul className="doc-list">
        {docs.map((d) => {
          const role = d.id === view.srcId ? 'src' : d.id === view.tgtId ? 'tgt' : null;
          return (
            <li key={d.id} className={role ? `in-pair ${role}` : ''}>
              {/* The remove button ends the name's line: the line below (language, encoding, edits) may wrap. */}
              <div className="doc-line">
                <span className="doc-name" title={d.name}>
                  {d.name}
                </span>
                {role ? <span className={`role role-${role}`}>{t(`documents.role.${role}`)}</span> : null}
                <button
                  type="button"
                  className="icon danger"
                  aria-label={t('documents.removeNamed', { name: d.name })}
                  title={t('documents.remove')}
                  onClick={() => store.getState().removeDocument(d.id)}
                >
                  <Icon name="close" />
                </button>
              </div>
              <div className="doc-meta">
                <select
                  aria-label={t('documents.languageOf', { name: d.name })}
                  value={d.lang}
                  onChange={(e) => store.getState().setDocumentLang(d.id, e.target.value)}
                >
                  {[...new Set([...CANDIDATE_LANGS, d.lang])].map((l) => (
                    <option key={l} value={l}>
                      {l.toUpperCase()}
                    </option>
                  ))}
                </select>
                <span className="tag" title={t('documents.encodingHelp')}>
                  {d.origin.encoding ?? t(`documents.origin.${d.origin.kind}`)}
                </span>
                {d.edits.length > 0 ? (
                  <span className="tag edited" title={t('documents.edits', { count: d.edits.length })}>
                    {t('documents.edits', { count: d.edits.length })}
                  </span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
