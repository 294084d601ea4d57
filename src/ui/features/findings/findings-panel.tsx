/**
 * The findings of the open pair, as a QA view: filtered by category and by severity (each
 * with its count), in table order; F8 and Shift+F8 (or the buttons) move to the next and
 * previous finding; one click applies a fix; "fix all of this kind" previews every change
 * before applying them as one undoable operation. Below, the findings across the case
 * (the same sentence translated differently in another report), each a link to its place.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// Value imports from the module files, not core's index: the page bundle stays free of the engine.
import { CATEGORIES, type Category, type Finding, type Severity } from '../../../core/model/finding.ts';
import { findingKey, matchesFindingKey } from '../../../state/derive-rows.ts';
import { FindingExcerpt } from '../../components/finding-excerpt.tsx';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import { useGoToPlace } from '../../hooks/use-go-to-place.ts';
import { type PlacedFinding, usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';
import { CaseFindings } from './case-findings.tsx';
import { FixAllPreview } from './fix-all-preview.tsx';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LIST_LIMIT = 200;
/** How long after a fix its finding's place may still take the focus (see focusAfterFix). */
const FOCUS_AFTER_FIX_MS = 15_000;

/** Where a consistency finding's reference translation is, if it says. */
function referenceOf(f: Finding): { docId: string; start: number } | null {
  const { otherDocId, otherStart } = f.params;
  return typeof otherDocId === 'string' && typeof otherStart === 'number'
    ? { docId: otherDocId, start: otherStart }
    : null;
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/**
 * The index in `list` (table order) of the finding F8 (forward) or Shift+F8 goes to, -1 when
 * there is none. From the selected finding while its row is the selected one; once another row
 * is selected (arrow keys, a click), from that row: forward to its first finding or the next
 * row's, back to the last finding above it, wrapping around, as a search goes on from the cursor.
 */
function nextFinding(list: readonly PlacedFinding[], at: number, row: number, forward: boolean): number {
  if (list.length === 0) return -1;
  if (at >= 0 && list[at]?.row === row) {
    return forward ? (at + 1) % list.length : at <= 0 ? list.length - 1 : at - 1;
  }
  if (forward) {
    const k = list.findIndex((p) => p.row >= row);
    return k >= 0 ? k : 0;
  }
  const k = list.findLastIndex((p) => p.row < row);
  return k >= 0 ? k : list.length - 1;
}

export function FindingsPanel() {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const store = useAppStoreApi();
  const goTo = useGoToPlace();
  const { placed, src, tgt } = usePair();
  const selected = useAppStore((s) => s.selectedFinding);
  const docNames = useAppStore((s) => s.caseRecord?.documents);
  const [hidden, setHidden] = useState<ReadonlySet<Category>>(new Set());
  const [hiddenSeverities, setHiddenSeverities] = useState<ReadonlySet<Severity>>(new Set());
  const [preview, setPreview] = useState<readonly PlacedFinding[] | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // The place in the list of a finding whose Fix was pressed: once the fix takes it away (after
  // the document is checked again), the focus goes to the finding now there, not the page's body.
  const focusAfterFix = useRef<{ index: number; at: number } | null>(null);

  // Counts: categories among the shown severities, severities among the shown categories
  // (what each filter would show if switched on, as QA tools count).
  // One pass over the findings (190,000 on a large pair) for the counts and the categories present.
  const { byCategory, bySeverity, presentCategories } = useMemo(() => {
    const c = new Map<Category, number>();
    const s = new Map<Severity, number>();
    const present = new Set<Category>();
    for (const p of placed) {
      const f = p.finding;
      present.add(f.category);
      if (!hiddenSeverities.has(f.severity)) c.set(f.category, (c.get(f.category) ?? 0) + 1);
      if (!hidden.has(f.category)) s.set(f.severity, (s.get(f.severity) ?? 0) + 1);
    }
    return { byCategory: c, bySeverity: s, presentCategories: CATEGORIES.filter((k) => present.has(k)) };
  }, [placed, hidden, hiddenSeverities]);
  const visible = useMemo(
    () =>
      hidden.size === 0 && hiddenSeverities.size === 0
        ? placed
        : placed.filter((p) => !hidden.has(p.finding.category) && !hiddenSeverities.has(p.finding.severity)),
    [placed, hidden, hiddenSeverities],
  );
  // Once per list or selection, not on every render: each key is a JSON of the finding's
  // parameters (a render scanned 190,000 findings for a selection that was none).
  const current = useMemo(
    () => (selected === null ? -1 : visible.findIndex((p) => matchesFindingKey(p.finding, selected))),
    [visible, selected],
  );

  const go = (p: PlacedFinding | undefined) => {
    if (!p) return;
    store.setState({ selectedFinding: findingKey(p.finding), selectedRow: p.row });
  };
  const latest = useRef({ visible, current });
  latest.current = { visible, current };
  const step = (forward: boolean) => {
    const { visible: list, current: at } = latest.current;
    const next = nextFinding(list, at, store.getState().selectedRow, forward);
    if (next >= 0) go(list[next]);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      const { visible: list, current: at } = latest.current;
      const p = list[nextFinding(list, at, store.getState().selectedRow, !event.shiftKey)];
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

  useEffect(() => {
    const pending = focusAfterFix.current;
    if (pending === null || visible.length === 0) return;
    // Only while the re-check of the fix is awaited (a few seconds on a long document).
    if (Date.now() - pending.at > FOCUS_AFTER_FIX_MS) {
      focusAfterFix.current = null;
      return;
    }
    // Still on something (the fixed finding not yet gone, the preview closing, elsewhere).
    // Kept until then: the list may change twice (the fixed text, then its new findings), and
    // the finding first focused be the one the re-check takes away.
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const items = listRef.current?.querySelectorAll<HTMLElement>('.finding-main');
    items?.[Math.min(pending.index, items.length - 1)]?.focus();
  }, [visible]);

  // Fixable findings by document and rule, for "fix all of this kind" (one pass, not one per item).
  // By document, then rule: no key string made for each of 190,000 findings.
  const byKind = useMemo(() => {
    const m = new Map<string, Map<string, PlacedFinding[]>>();
    for (const p of placed) {
      if (!p.finding.fix) continue;
      let rules = m.get(p.finding.docId);
      if (!rules) {
        rules = new Map();
        m.set(p.finding.docId, rules);
      }
      const list = rules.get(p.finding.rule);
      if (list) list.push(p);
      else rules.set(p.finding.rule, [p]);
    }
    return m;
  }, [placed]);
  const sameKind = (f: Finding): readonly PlacedFinding[] => byKind.get(f.docId)?.get(f.rule) ?? [];
  const sideName = (f: Finding) =>
    f.docId === src?.id ? t('findings.sourceSide') : f.docId === tgt?.id ? t('findings.targetSide') : '';
  const docName = (id: string) => docNames?.find((d) => d.id === id)?.name ?? id;

  return (
    <section className="findings" aria-labelledby="findings-title">
      <div className="panel-head">
        <h2 id="findings-title" className="panel-title">
          {t('findings.title')}{' '}
          <span className="count" data-testid="findings-count">
            {current >= 0
              ? t('findings.position', { at: current + 1, count: visible.length })
              : visible.length}
          </span>
        </h2>
        <div className="nav-buttons">
          <button
            type="button"
            className="tool"
            onClick={() => step(false)}
            disabled={visible.length === 0}
            title={t('findings.previousHelp')}
            aria-keyshortcuts="Shift+F8"
            data-action="previous-finding"
          >
            {t('findings.previous')}
          </button>
          <button
            type="button"
            className="tool"
            onClick={() => step(true)}
            disabled={visible.length === 0}
            title={t('findings.nextHelp')}
            aria-keyshortcuts="F8"
            data-action="next-finding"
          >
            {t('findings.next')}
          </button>
        </div>
      </div>
      <div className="filters">
        <fieldset className="filter-row">
          <legend className="sr-only">{t('findings.byCategory')}</legend>
          <div className="legend-chips" data-testid="category-filters">
            {presentCategories.map((c) => (
              <label
                key={c}
                className={`chip cat-${c}${hidden.has(c) ? ' off' : ''}`}
                title={t(`categoryHelp.${c}`)}
              >
                <input
                  type="checkbox"
                  checked={!hidden.has(c)}
                  onChange={() => setHidden(toggled(hidden, c))}
                  data-category={c}
                />
                {/* The same short code as the table's badges: the category is not told by colour alone. */}
                <span className="swatch swatch-code" aria-hidden="true">
                  {t(`categoryCode.${c}`)}
                </span>
                {t(`category.${c}`)} <span className="count">{byCategory.get(c) ?? 0}</span>
              </label>
            ))}
            {presentCategories.length === 0 ? <span className="muted">{t('findings.none')}</span> : null}
          </div>
        </fieldset>
        {presentCategories.length > 0 ? (
          <fieldset className="filter-row severity-row">
            <legend className="filter-label">{t('findings.severity')}</legend>
            {SEVERITIES.map((s) => (
              <label key={s} className={`chip sev sev-${s}${hiddenSeverities.has(s) ? ' off' : ''}`}>
                <input
                  type="checkbox"
                  checked={!hiddenSeverities.has(s)}
                  onChange={() => setHiddenSeverities(toggled(hiddenSeverities, s))}
                  data-severity={s}
                />
                <span className="sev-icon" aria-hidden="true" />
                {t(`severity.${s}`)} <span className="count">{bySeverity.get(s) ?? 0}</span>
              </label>
            ))}
            {hidden.size > 0 || hiddenSeverities.size > 0 ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setHidden(new Set());
                  setHiddenSeverities(new Set());
                }}
              >
                {t('findings.showAll')}
              </button>
            ) : null}
          </fieldset>
        ) : null}
      </div>
      <ol className="finding-list" ref={listRef} aria-label={t('findings.list')}>
        {visible.slice(0, LIST_LIMIT).map((p, index) => {
          const f = p.finding;
          const key = findingKey(f);
          const kind = sameKind(f);
          const isSelected = key === selected;
          const reference = referenceOf(f);
          return (
            <li
              key={`${key}:${p.side}`}
              data-key={key}
              data-rule={f.rule}
              data-doc={f.docId}
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
                    <span className={`sev-tag sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
                    {t(`category.${f.category}`)} · {sideName(f)} · {t('findings.row', { row: p.row + 1 })}
                  </span>
                  <span className="finding-message">{message(f)}</span>
                  <FindingExcerpt finding={f} />
                </span>
              </button>
              {(f.fix && f.fix.length > 0) || reference ? (
                <div className="finding-actions">
                  {f.fix && f.fix.length > 0 ? (
                    <button
                      type="button"
                      className="tool primary"
                      onClick={() => {
                        focusAfterFix.current = { index, at: Date.now() };
                        store.getState().applyFixes([f], 'fix');
                      }}
                      data-action="fix"
                    >
                      {t('findings.fix')}
                    </button>
                  ) : null}
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
                  {reference ? (
                    <button
                      type="button"
                      className="tool"
                      onClick={() => goTo(reference.docId, reference.start)}
                      data-action="go-reference"
                    >
                      {t('findings.goReference', { doc: docName(reference.docId) })}
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
        {visible.length === 0 && placed.length > 0 ? (
          <li className="muted more">{t('findings.allFiltered', { count: placed.length })}</li>
        ) : null}
      </ol>
      <CaseFindings />
      <FixAllPreview
        changes={preview}
        onClose={() => setPreview(null)}
        onGoTo={(change) => {
          setPreview(null);
          go(change);
        }}
        onApply={(list) => {
          // As after one fix: the focus goes to the finding in the first fixed one's place.
          focusAfterFix.current = {
            index: Math.max(
              0,
              visible.findIndex((p) => list.includes(p.finding)),
            ),
            at: Date.now(),
          };
          store.getState().applyFixes(list, 'fix-all');
          setPreview(null);
        }}
      />
    </section>
  );
}
