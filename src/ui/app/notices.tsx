/**
 * Notices (errors, "case deleted — Undo") and the banner shown when another tab saved the open
 * case while this one has unsaved work.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/icon.tsx';
import { useAppStore, useAppStoreApi } from '../use-store.ts';

export function Notices() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const notices = useAppStore((s) => s.notices);
  const conflict = useAppStore((s) => s.conflict);
  return (
    <div className="notices">
      {conflict ? (
        <div className="notice error" role="alert">
          <span>{t('notice.conflict')}</span>
          <button
            type="button"
            className="tool"
            onClick={() => void store.getState().resolveConflict('theirs')}
          >
            {t('notice.loadTheirs')}
          </button>
          <button
            type="button"
            className="tool"
            onClick={() => void store.getState().resolveConflict('mine')}
          >
            {t('notice.keepMine')}
          </button>
        </div>
      ) : null}
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{t(`notice.${n.code}`, { ...n.params })}</span>
          {n.undoable ? (
            <button
              type="button"
              className="tool"
              onClick={() =>
                void (n.code === 'documentRemoved'
                  ? store.getState().restoreDocument(String(n.params?.docId ?? ''))
                  : store.getState().undoDelete())
              }
            >
              {t('common.undo')}
            </button>
          ) : null}
          <button
            type="button"
            className="icon"
            aria-label={t('common.dismiss')}
            onClick={() => store.getState().dismissNotice(n.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
