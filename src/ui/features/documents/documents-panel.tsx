/**
 * The documents of the open case, by language: which is the original and which the
 * translation of the open pair, the language (overridable), the encoding it was read with,
 * how many corrections it has.
 */
import { useTranslation } from 'react-i18next';
import { caseView } from '../../../state/case-record.ts';
import { CANDIDATE_LANGS } from '../../../state/workspace-slice.ts';
import { FileName } from '../../components/file-name.tsx';
import { Icon } from '../../components/icon.tsx';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

/**
 * The most characters of a document's name shown before its element is measured (FileName then
 * fits it to two lines): two lines of the side panel at its narrowest (248 px, 25 characters of
 * the 12 px monospace a line), less what a line may lose by breaking at a separator.
 */
export const DOC_NAME_MAX = 44;

/** The open case's documents, with their role in the open pair, language, encoding and edits. */
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
              {/*
                The name has its own lines (it wraps between its parts, up to two lines), ended by
                the remove button; the role, language, encoding and edits go on the line below.
              */}
              <div className="doc-line">
                <FileName className="doc-name" name={d.name} max={DOC_NAME_MAX} />
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
                  // A pencil and the count: the words ("3 edits", "3 modifications") pushed the
                  // role onto a third line in the 248 px panel. Read in full by assistive
                  // technology and shown as a tooltip.
                  <span className="tag edited" title={t('documents.edits', { count: d.edits.length })}>
                    <Icon name="rename" />
                    <span aria-hidden="true">{d.edits.length}</span>
                    <span className="sr-only">{t('documents.edits', { count: d.edits.length })}</span>
                  </span>
                ) : null}
                {role ? <span className={`role role-${role}`}>{t(`documents.role.${role}`)}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
