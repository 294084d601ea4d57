/**
 * The status bar: whether the case is saved (or why it could not be), rows and findings of the
 * open pair, and its length in the unit of the level shown (paragraphs or sentences).
 */
import { useTranslation } from 'react-i18next';
import type { TextDocument } from '../../core/index.ts';
import { usePair } from '../hooks/use-pair.ts';
import { useAppStore } from '../use-store.ts';

export function StatusBar() {
  const { t } = useTranslation();
  const saveStatus = useAppStore((s) => s.saveStatus);
  const storageError = useAppStore((s) => s.storageError);
  const { rows, placed, src, tgt } = usePair();
  const paired = rows.filter((r) => r.src.length > 0 && r.tgt.length > 0).length;
  // Count the unit the table shows: sentences at sentence level, paragraphs otherwise.
  const level = useAppStore((s) => s.caseRecord?.settings.level ?? 'paragraph');
  const unitKey = level === 'sentence' ? 'status.sentences' : 'status.paragraphs';
  const units = (doc: TextDocument) => (level === 'sentence' ? doc.sentences.length : doc.paragraphs.length);
  return (
    <footer className="statusbar">
      <span className={`save save-${saveStatus}`} role="status" data-testid="save-status">
        {storageError ? t('status.storageError', { message: storageError }) : t(`status.save.${saveStatus}`)}
      </span>
      {src && tgt ? (
        <>
          <span data-testid="row-counts">
            {t('status.rows', { count: rows.length, paired: t('status.paired', { count: paired }) })}
          </span>
          <span>{t('status.findings', { count: placed.length })}</span>
          <span className="muted">
            {src.lang.toUpperCase()} {t(unitKey, { count: units(src) })} · {tgt.lang.toUpperCase()}{' '}
            {t(unitKey, { count: units(tgt) })}
          </span>
        </>
      ) : null}
      <span className="grow" />
      <span className="muted">{t('status.keys')}</span>
    </footer>
  );
}
