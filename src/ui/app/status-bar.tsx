/**
 * The status bar: whether the case is saved (or why it could not be), rows and findings of the
 * open pair.
 */
import { useTranslation } from 'react-i18next';
import { usePair } from '../hooks/use-pair.ts';
import { useAppStore } from '../use-store.ts';

export function StatusBar() {
  const { t } = useTranslation();
  const saveStatus = useAppStore((s) => s.saveStatus);
  const storageError = useAppStore((s) => s.storageError);
  const { rows, placed, src, tgt } = usePair();
  const paired = rows.filter((r) => r.src.length > 0 && r.tgt.length > 0).length;
  return (
    <footer className="statusbar">
      <span className={`save save-${saveStatus}`} role="status" data-testid="save-status">
        {storageError ? t('status.storageError', { message: storageError }) : t(`status.save.${saveStatus}`)}
      </span>
      {src && tgt ? (
        <>
          <span>{t('status.rows', { count: rows.length, paired })}</span>
          <span>{t('status.findings', { count: placed.length })}</span>
          <span className="muted">
            {src.lang.toUpperCase()} {t('status.paragraphs', { count: src.paragraphs.length })} ·{' '}
            {tgt.lang.toUpperCase()} {t('status.paragraphs', { count: tgt.paragraphs.length })}
          </span>
        </>
      ) : null}
      <span className="grow" />
      <span className="muted">{t('status.keys')}</span>
    </footer>
  );
}
