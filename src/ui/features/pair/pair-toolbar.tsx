/**
 * Above the table: how parallel the two texts are, in words, and the alignment editing actions
 * on the selected row (merge, split, move a segment up or down, unlink, link, confirm).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canLink,
  canSplit,
  defaultSplit,
  link,
  mergeWithNext,
  moveDown,
  moveUp,
  splitBead,
  toggleConfirmed,
  unlink,
} from '../../../state/edit-beads.ts';
import { usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

/** The sentence describing the pair's parallelism. */
export function ParallelismSummary() {
  const { t } = useTranslation();
  const { alignment, rows } = usePair();
  const low = useAppStore((s) => s.caseRecord?.settings.lowConfidence ?? 0.5);
  if (!alignment) return null;
  const corresponding = rows.filter(
    (r) => r.src.length > 0 && r.tgt.length > 0 && r.bead.confidence >= low,
  ).length;
  const p = alignment.parallelism;
  const key = p >= 0.75 ? 'summary.parallel' : p >= 0.25 ? 'summary.partly' : 'summary.notParallel';
  return (
    <p className="summary" data-testid="parallelism">
      {t(key, { count: corresponding, rows: rows.length, percent: Math.round(p * 100) })}
    </p>
  );
}

/** Alignment editing actions for the selected row. */
export function PairToolbar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { alignment } = usePair();
  const selected = useAppStore((s) => s.selectedRow);
  const beads = alignment?.beads ?? [];
  const bead = beads[selected];
  const edit = store.getState().editBeads;
  const has = (side: 'src' | 'tgt') => (bead?.[side].length ?? 0) > 0;
  const actions = [
    {
      id: 'merge',
      key: 'Alt+M',
      enabled: selected + 1 < beads.length,
      run: () => edit('merge', (b) => mergeWithNext(b, selected)),
    },
    {
      id: 'split',
      key: 'Alt+S',
      enabled: canSplit(bead),
      run: () =>
        edit('split', (b) => {
          const target = b[selected];
          if (!target) return b;
          const [s, g] = defaultSplit(target);
          return splitBead(b, selected, s, g);
        }),
    },
    {
      id: 'moveUp',
      key: 'Alt+↑',
      enabled: selected > 0 && has('tgt'),
      run: () => edit('move-up', (b) => moveUp(b, selected, 'tgt')),
    },
    {
      id: 'moveDown',
      key: 'Alt+↓',
      enabled: selected + 1 < beads.length && has('tgt'),
      run: () => edit('move-down', (b) => moveDown(b, selected, 'tgt')),
    },
    {
      id: 'unlink',
      key: 'Alt+U',
      enabled: has('src') && has('tgt'),
      run: () => edit('unlink', (b) => unlink(b, selected)),
    },
    {
      id: 'link',
      key: 'Alt+L',
      enabled: canLink(beads, selected),
      run: () => edit('link', (b) => link(b, selected, selected + 1)),
    },
    {
      id: 'confirm',
      key: 'Alt+C',
      enabled: !!bead,
      run: () => edit('confirm', (b) => toggleConfirmed(b, selected)),
    },
  ] as const;
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const keys: Record<string, string> = {
      m: 'merge',
      s: 'split',
      ArrowUp: 'moveUp',
      ArrowDown: 'moveDown',
      u: 'unlink',
      l: 'link',
      c: 'confirm',
    };
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
      const id = keys[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      const action = latest.current.find((a) => a.id === id);
      if (!action) return;
      event.preventDefault();
      if (action.enabled) action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('actions.label')}>
      {actions.map((a) => (
        <button
          key={a.id}
          type="button"
          className="tool"
          disabled={!alignment || !a.enabled}
          onClick={a.run}
          title={`${t(`actions.${a.id}Help`)} (${a.key})`}
          aria-keyshortcuts={a.key.replace('↑', 'ArrowUp').replace('↓', 'ArrowDown')}
          data-action={a.id}
        >
          {t(`actions.${a.id}`)}
        </button>
      ))}
    </div>
  );
}
