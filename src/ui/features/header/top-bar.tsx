/**
 * The top bar: the case, the pair (original and translation), the level, re-alignment with its
 * progress and cancel button, undo and redo, and the interface language.
 *
 * The markup is in reading order (row by row, left to right) at every width, so the Tab order
 * follows what the eye sees: narrow windows wrap the bar at `.top-break` rather than moving its
 * parts with CSS `order`.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../core/index.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

export function TopBar({
  locale,
  onLocale,
  actions,
}: {
  locale: string;
  onLocale: (l: string) => void;
  /** More commands, composed by the shell (e.g. the export menu). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const name = useAppStore((s) => s.caseRecord?.name ?? '');
  const docs = useAppStore((s) => s.caseRecord?.documents) ?? [];
  const srcId = useAppStore((s) => s.caseRecord?.settings.activePair?.srcDocId ?? '');
  const tgtId = useAppStore((s) => s.caseRecord?.settings.activePair?.tgtDocId ?? '');
  const level = useAppStore((s) => s.caseRecord?.settings.level ?? 'paragraph');
  const job = useAppStore((s) => s.job);
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const percent =
    job?.progress && job.progress.total > 0
      ? Math.round((job.progress.done / job.progress.total) * 100)
      : null;

  const docOption = (d: { id: string; name: string; lang: string }) => (
    <option key={d.id} value={d.id}>
      {d.lang.toUpperCase()} · {d.name}
    </option>
  );

  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ⇄
        </span>
        Vis-à-vis
      </div>
      <h1 className="case-title" title={name}>
        {name}
      </h1>
      <div className="pair-pickers">
        <label>
          <span className="label">{t('top.original')}</span>
          <select
            value={srcId}
            onChange={(e) => store.getState().selectPair(e.target.value || null, tgtId || null)}
            data-testid="pick-src"
          >
            <option value="">{t('top.choose')}</option>
            {docs.map(docOption)}
          </select>
        </label>
        <span className="arrow" aria-hidden="true">
          →
        </span>
        <label>
          <span className="label">{t('top.translation')}</span>
          <select
            value={tgtId}
            onChange={(e) => store.getState().selectPair(srcId || null, e.target.value || null)}
            data-testid="pick-tgt"
          >
            <option value="">{t('top.choose')}</option>
            {docs.map(docOption)}
          </select>
        </label>
      </div>
      {/* Below 1600px the bar breaks here: the pair above, how to align it and the commands below. */}
      <span className="top-break" aria-hidden="true" />
      <div className="pair-level">
        <fieldset className="segmented">
          <legend className="sr-only">{t('top.level')}</legend>
          {(['paragraph', 'sentence'] as const).map((l: Level) => (
            <label key={l} className={level === l ? 'on' : ''}>
              <input
                type="radio"
                name="level"
                value={l}
                checked={level === l}
                onChange={() => store.getState().setLevel(l)}
              />
              {t(`top.${l}`)}
            </label>
          ))}
        </fieldset>
        {job ? (
          <div className="job" role="status" aria-live="polite">
            <span className="job-label">
              {t(`job.${job.kind}`)} {percent !== null ? `${percent} %` : ''}
            </span>
            <progress max={100} value={percent ?? undefined} aria-label={t(`job.${job.kind}`)} />
            <button
              type="button"
              className="tool"
              onClick={() => store.getState().cancelJob()}
              data-action="cancel"
            >
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="tool"
            disabled={!srcId || !tgtId}
            onClick={() => void store.getState().align()}
            title={t('top.realignHelp')}
            data-action="realign"
          >
            {t('top.realign')}
          </button>
        )}
      </div>
      <div className="top-right">
        {actions}
        <button
          type="button"
          className="tool"
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
          title={t('top.undoHelp')}
          aria-keyshortcuts="Control+Z"
          data-action="undo"
        >
          {t('top.undo')}
        </button>
        <button
          type="button"
          className="tool"
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
          title={t('top.redoHelp')}
          aria-keyshortcuts="Control+Shift+Z"
          data-action="redo"
        >
          {t('top.redo')}
        </button>
        <label className="locale">
          <span className="sr-only">{t('top.interfaceLanguage')}</span>
          <select value={locale} onChange={(e) => onLocale(e.target.value)} data-testid="locale">
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </div>
    </header>
  );
}
