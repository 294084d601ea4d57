/**
 * The findings of the open pair: filtered by category and severity, in table order; F8 and
 * Shift+F8 move to the next and previous finding; one click applies a fix; "fix all of this
 * kind" previews every change before applying them as one undoable operation.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// Value imports from the module files, not core's index: the page bundle stays free of the engine.
import { CATEGORIES, type Category, type Finding, type Severity } from '../../../core/model/finding.ts';
import { findingKey } from '../../../state/derive-rows.ts';
import { FindingExcerpt } from '../../components/finding-excerpt.tsx';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import { type PlacedFinding, usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';
import { FixAllPreview } from './fix-all-preview.tsx';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LIST_LIMIT = 200;

export function FindingsPanel() {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const store = useAppStoreApi();
  const { placed, src, tgt } = usePair();
  const selected = useAppStore((s) => s.selectedFinding);
  const [hidden, setHidden] = useState<ReadonlySet<Category>>(new Set());
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [preview, setPreview] = useState<readonly Finding[] | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const counts = useMemo(() => {
    const m = new Map<Category, number>();
    for (const p of placed) m.set(p.finding.category, (m.get(p.finding.category) ?? 0) + 1);
    return m;
  }, [placed]);
  const visible = useMemo(
    () =>
      placed.filter(
        (p) =>
          !hidden.has(p.finding.category) &&
          (severity === 'all' || SEVERITIES.indexOf(p.finding.severity) <= SEVERITIES.indexOf(severity)),
      ),
    [placed, hidden, severity],
  );
  const current = visible.findIndex((p) => findingKey(p.finding) === selected);

  const go = (p: PlacedFinding | undefined) => {
    if (!p) return;
    store.setState({ selectedFinding: findingKey(p.finding), selectedRow: p.row });
  };
  const latest = useRef({ visible, current });
  latest.current = { visible, current };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8') return;
      event.preventDefault();
      const { visible: list, current: at } = latest.current;
      if (list.length === 0) return;
      const next = event.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : (at + 1) % list.length;
      const p = list[next];
      if (p) store.setState({ selectedFinding: findingKey(p.finding), selectedRow: p.row });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  useEffect(() => {
    if (!selected) return;
    listRef.current
      ?.querySelector(`[data-key="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // Fixable findings by document and rule, for "fix all of this kind" (one pass, not one per item).
  const byKind = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const p of placed) {
      if (!p.finding.fix) continue;
      const key = `${p.finding.docId}\u0000${p.finding.rule}`;
      const list = m.get(key);
      if (list) list.push(p.finding);
      else m.set(key, [p.finding]);
    }
    return m;
  }, [placed]);
  const sameKind = (f: Finding): readonly Finding[] => byKind.get(`${f.docId}\u0000${f.rule}`) ?? [];
  const docName = (f: Finding) =>
    f.docId === src?.id ? t('findings.sourceSide') : f.docId === tgt?.id ? t('findings.targetSide') : '';
  const presentCategories = CATEGORIES.filter((c) => counts.has(c));

  return (
    <section className="findings" aria-labelledby="findings-title">
      <div className="panel-head">
        <h2 id="findings-title" className="panel-title">
          {t('findings.title')} <span className="count">{visible.length}</span>
        </h2>
        <div className="nav-buttons">
          <button
            type="button"
            className="tool"
            onClick={() => go(visible[current <= 0 ? visible.length - 1 : current - 1])}
            title={t('findings.previousHelp')}
            aria-keyshortcuts="Shift+F8"
          >
            {t('findings.previous')}
          </button>
          <button
            type="button"
            className="tool"
            onClick={() => go(visible[(current + 1) % Math.max(1, visible.length)])}
            title={t('findings.nextHelp')}
            aria-keyshortcuts="F8"
          >
            {t('findings.next')}
          </button>
        </div>
      </div>
      <fieldset className="filters">
        <legend className="sr-only">{t('findings.filters')}</legend>
        <div className="legend-chips">
          {presentCategories.map((c) => (
            <label key={c} className={`chip cat-${c}${hidden.has(c) ? ' off' : ''}`}>
              <input
                type="checkbox"
                checked={!hidden.has(c)}
                onChange={() => {
                  const next = new Set(hidden);
                  if (next.has(c)) next.delete(c);
                  else next.add(c);
                  setHidden(next);
                }}
              />
              <span className="swatch" aria-hidden="true" />
              {t(`category.${c}`)} <span className="count">{counts.get(c)}</span>
            </label>
          ))}
          {presentCategories.length === 0 ? <span className="muted">{t('findings.none')}</span> : null}
        </div>
        <label className="inline">
          {t('findings.severity')}{' '}
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity | 'all')}>
            <option value="all">{t('severity.all')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <ol className="finding-list" ref={listRef}>
        {visible.slice(0, LIST_LIMIT).map((p) => {
          const f = p.finding;
          const key = findingKey(f);
          const kind = sameKind(f);
          const isSelected = key === selected;
          return (
            <li
              key={`${key}:${p.side}`}
              data-key={key}
              className={`finding-item${isSelected ? ' selected' : ''}`}
            >
              <button
                type="button"
                className="finding-main"
                onClick={() => go(p)}
                aria-current={isSelected ? 'true' : undefined}
              >
                <span className={`dot cat-${f.category}`} aria-hidden="true" />
                <span className="finding-text">
                  <span className="finding-meta">
                    {t(`category.${f.category}`)} · {t(`severity.${f.severity}`)} · {docName(f)} ·{' '}
                    {t('findings.row', { row: p.row + 1 })}
                  </span>
                  <span className="finding-message">{message(f)}</span>
                  <FindingExcerpt finding={f} />
                </span>
              </button>
              {f.fix && f.fix.length > 0 ? (
                <div className="finding-actions">
                  <button
                    type="button"
                    className="tool primary"
                    onClick={() => store.getState().applyFixes([f], 'fix')}
                    data-action="fix"
                  >
                    {t('findings.fix')}
                  </button>
                  {kind.length > 1 ? (
                    <button
                      type="button"
                      className="tool"
                      onClick={() => setPreview(kind)}
                      data-action="fix-all"
                    >
                      {t('findings.fixAll', { count: kind.length })}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
        {visible.length > LIST_LIMIT ? (
          <li className="muted more">{t('findings.more', { count: visible.length - LIST_LIMIT })}</li>
        ) : null}
      </ol>
      <FixAllPreview
        findings={preview}
        onClose={() => setPreview(null)}
        onApply={(list) => {
          store.getState().applyFixes(list, 'fix-all');
          setPreview(null);
        }}
      />
    </section>
  );
}
