/**
 * The documents of the open case, by language: which is the original and which the
 * translation of the open pair, the language (overridable), the encoding it was read with,
 * how many corrections it has.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../../../core/index.ts';
import { caseView } from '../../../state/case-record.ts';
import { CANDIDATE_LANGS } from '../../../state/workspace-slice.ts';
import { FileName } from '../../components/file-name.tsx';
import { Icon } from '../../components/icon.tsx';
import { strayLines } from '../../components/stray-lines.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

/**
 * The most characters of a document's name shown before its element is measured (FileName then
 * fits it to two lines): two lines of the side panel at its narrowest (248 px, 25 characters of
 * the 12 px monospace a line), less what a line may lose by breaking at a separator.
 */
export const DOC_NAME_MAX = 44;

/** The most edits the documents panel counts in full; past it, "99+" (the full count in the tooltip). */
export const EDIT_COUNT_MAX = 99;

/** A document's edit count as its tag shows it: in full up to EDIT_COUNT_MAX, else "99+". */
export function editCountShown(count: number, t: TFunction): string {
  return count > EDIT_COUNT_MAX ? t('documents.editsMany', { max: EDIT_COUNT_MAX }) : String(count);
}

/** An encoding's short form for a narrow tag: `windows-1252` → `cp1252` (the code page's usual name). */
export function shortEncoding(encoding: string): string {
  return encoding.replace(/^windows-(\d+)$/i, 'cp$1');
}

/** Bytes of a UTF-8 file that were not UTF-8, read as Windows-1252 (the document's origin). */
type StrayBytes = NonNullable<CaseDocument['origin']['strayBytes']>;

/** 'utf-8, with 1 byte read as Windows-1252 (line 3)': the import dialog's notice, kept. */
function strayDescription(t: TFunction, encoding: string, stray: StrayBytes): string {
  return t('documents.encodingStray', { encoding, count: stray.count, where: strayLines(t, stray) });
}

/**
 * How the file was read, in its short form (the full name in the tooltip and for assistive
 * technology); the tag gives way (cut, "…") rather than push the role onto another line. A
 * UTF-8 file with bytes read as Windows-1252 says so (`utf-8 + 1 byte cp1252`), the lines in
 * the tooltip, as the import dialog did.
 */
function EncodingTag({
  encoding,
  kind,
  strayBytes,
}: {
  encoding: string | undefined;
  kind: string;
  strayBytes: StrayBytes | undefined;
}) {
  const { t } = useTranslation();
  const stray = encoding && strayBytes && strayBytes.count > 0 ? strayBytes : undefined;
  const full = encoding
    ? stray
      ? strayDescription(t, encoding, stray)
      : encoding
    : t(`documents.origin.${kind}`);
  const shown = encoding
    ? stray
      ? t('documents.encodingStrayTag', { encoding: shortEncoding(encoding), count: stray.count })
      : shortEncoding(encoding)
    : full;
  return (
    <span
      className="tag encoding"
      title={encoding ? t('documents.encodingNamed', { encoding: full }) : t('documents.encodingHelp')}
    >
      {shown === full ? (
        full
      ) : (
        <>
          <span aria-hidden="true">{shown}</span>
          <span className="sr-only">{full}</span>
        </>
      )}
    </span>
  );
}

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
                the edits and the remove button; the language, encoding and role go on the line
                below.
              */}
              <div className="doc-line">
                <FileName className="doc-name" name={d.name} max={DOC_NAME_MAX} />
                {d.edits.length > 0 ? (
                  // A pencil and the count, at the end of the name's line: on the line below,
                  // beside the language, a `windows-1252` label and the role, it pushed the role
                  // onto a third line in the 248 px panel (the name's line gives way instead: the
                  // name is cut to the room left). Past 99, "99+". Read in full by assistive
                  // technology and shown as a tooltip.
                  <span className="tag edited" title={t('documents.edits', { count: d.edits.length })}>
                    <Icon name="rename" />
                    <span aria-hidden="true" data-testid="edit-count">
                      {editCountShown(d.edits.length, t)}
                    </span>
                    <span className="sr-only">{t('documents.edits', { count: d.edits.length })}</span>
                  </span>
                ) : null}
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
                <EncodingTag
                  encoding={d.origin.encoding}
                  kind={d.origin.kind}
                  strayBytes={d.origin.strayBytes}
                />
                {role ? <span className={`role role-${role}`}>{t(`documents.role.${role}`)}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
