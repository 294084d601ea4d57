/**
 * Above the table: how parallel the two texts are, in words, and the alignment editing actions
 * on the selected row (merge, split, move a segment up or down, unlink, link, confirm).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSLATION_PARALLELISM } from '../../../core/index.ts';
import type { AlignedRow } from '../../../state/derive-rows.ts';
import {
  canSplit,
  link,
  linkPartner,
  mergeWithNext,
  moveDown,
  moveUp,
  splitBead,
  toggleConfirmed,
  unlink,
} from '../../../state/edit-beads.ts';
import { usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';
import './pair.css';
import { SplitDialog } from './split-dialog.tsx';

/** The sentence describing the pair's parallelism. */
export function ParallelismSummary() {
  const { t } = useTranslation();
  const { alignment, rows, level } = usePair();
  const store = useAppStoreApi();
  const low = useAppStore((s) => s.caseRecord?.settings.lowConfidence ?? 0.5);
  if (!alignment) return null;
  const corresponding = rows.filter(
    (r) => r.src.length > 0 && r.tgt.length > 0 && r.bead.confidence >= low,
  ).length;
  const p = alignment.parallelism;
  const key =
    p >= TRANSLATION_PARALLELISM ? 'summary.parallel' : p >= 0.25 ? 'summary.partly' : 'summary.notParallel';
  return (
    <p className="summary" data-testid="parallelism">
      {t(key, { count: corresponding, rows: rows.length, percent: Math.round(p * 100) })}
      {/* Partly parallel texts: a quotation inside a paragraph of other words dilutes the
          paragraph pair's evidence; the sentence level pairs it on its own. */}
      {level === 'paragraph' && key !== 'summary.parallel' ? (
        <>
          {` ${t('summary.sentenceHint')} `}
          <button type="button" className="link-button" onClick={() => store.getState().setLevel('sentence')}>
            {t('summary.showSentences')}
          </button>
        </>
      ) : null}
    </p>
  );
}

type ActionId =
  | 'merge'
  | 'split'
  | 'moveUp'
  | 'moveDown'
  | 'srcUp'
  | 'srcDown'
  | 'unlink'
  | 'link'
  | 'confirm';

interface Action {
  readonly id: ActionId;
  readonly key: string;
  readonly enabled: boolean;
  readonly run: () => void;
  /** Shown as an arrow icon, the words in the label and the tooltip. */
  readonly icon?: string;
}

/** Shortcut → action: Alt+letter, Alt+↑/↓ for the translation, Alt+Shift+↑/↓ for the original. */
function actionForKey(event: KeyboardEvent): ActionId | undefined {
  if (event.key === 'ArrowUp') return event.shiftKey ? 'srcUp' : 'moveUp';
  if (event.key === 'ArrowDown') return event.shiftKey ? 'srcDown' : 'moveDown';
  if (event.shiftKey) return undefined;
  // `code`, not `key`: Alt+letter types another character on macOS and some layouts.
  const letters: Record<string, ActionId> = {
    KeyM: 'merge',
    KeyS: 'split',
    KeyU: 'unlink',
    KeyL: 'link',
    KeyC: 'confirm',
  };
  return letters[event.code];
}

/**
 * Focuses the table's selected row on the next frame (once the edit is drawn, the selection
 * maybe moved), unless the focus went somewhere else than the toolbar or the page's body.
 */
function refocusSelectedRow(): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest('.toolbar')) return;
    document.querySelector<HTMLElement>('.table-scroll tr[aria-selected="true"]')?.focus();
  });
}

/** Alignment editing actions for the selected row. */
export function PairToolbar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { alignment, rows, src, tgt, level } = usePair();
  const selected = useAppStore((s) => s.selectedRow);
  const [splitting, setSplitting] = useState<AlignedRow | null>(null);
  // A split inside a paragraph asked for at paragraph level: the sentence whose row to split
  // once the pair is shown sentence by sentence.
  const [pending, setPending] = useState<{ side: 'src' | 'tgt'; sentence: number } | null>(null);
  const busy = useAppStore((s) => s.job !== null);
  useEffect(() => {
    if (!pending || level !== 'sentence' || busy) return;
    const row = rows.find((r) => r.bead[pending.side].includes(pending.sentence));
    if (!row) return;
    setPending(null);
    store.getState().selectRow(row.index);
    if (canSplit(row.bead)) setSplitting(row);
  }, [pending, level, busy, rows, store]);
  const beads = alignment?.beads ?? [];
  const bead = beads[selected];
  const edit = store.getState().editBeads;
  const has = (side: 'src' | 'tgt') => (bead?.[side].length ?? 0) > 0;
  const partner = linkPartner(beads, selected);
  const actions: readonly Action[] = [
    {
      id: 'merge',
      key: 'Alt+M',
      enabled: selected + 1 < beads.length,
      run: () => edit('merge', (b) => mergeWithNext(b, selected)),
    },
    {
      id: 'split',
      key: 'Alt+S',
      // At paragraph level, a row whose paragraph holds several sentences can be cut inside it
      // (the dialog reopens it sentence by sentence).
      enabled:
        canSplit(bead) ||
        (level === 'paragraph' &&
          (rows[selected]?.src.some((r) => (src?.paragraphs[r.index]?.sentenceCount ?? 0) > 1) ||
            rows[selected]?.tgt.some((r) => (tgt?.paragraphs[r.index]?.sentenceCount ?? 0) > 1)) === true),
      run: () => setSplitting(rows[selected] ?? null),
    },
    {
      id: 'srcUp',
      key: 'Alt+Shift+↑',
      icon: '↑',
      enabled: selected > 0 && has('src'),
      run: () => edit('move-up', (b) => moveUp(b, selected, 'src')),
    },
    {
      id: 'srcDown',
      key: 'Alt+Shift+↓',
      icon: '↓',
      enabled: selected + 1 < beads.length && has('src'),
      run: () => edit('move-down', (b) => moveDown(b, selected, 'src')),
    },
    {
      id: 'moveUp',
      key: 'Alt+↑',
      icon: '↑',
      enabled: selected > 0 && has('tgt'),
      run: () => edit('move-up', (b) => moveUp(b, selected, 'tgt')),
    },
    {
      id: 'moveDown',
      key: 'Alt+↓',
      icon: '↓',
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
      enabled: partner >= 0,
      run: () => {
        edit('link', (b) => link(b, selected, partner));
        // The linked row is the upper of the two.
        store.getState().selectRow(Math.min(selected, partner));
      },
    },
    {
      id: 'confirm',
      key: 'Alt+C',
      enabled: !!bead,
      run: () => {
        const confirming = !bead?.confirmed;
        edit('confirm', (b) => toggleConfirmed(b, selected));
        // As in a CAT tool's alignment editor: confirming moves on to the next row.
        if (confirming && selected + 1 < beads.length) store.getState().selectRow(selected + 1);
      },
    },
  ];
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLSelectElement ||
        (event.target instanceof Element && event.target.closest('dialog'))
      )
        return;
      const id = actionForKey(event);
      const action = latest.current.find((a) => a.id === id);
      if (!action) return;
      event.preventDefault();
      if (action.enabled) action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const button = (a: Action) => (
    <button
      key={a.id}
      type="button"
      className={a.icon ? 'tool icon-tool' : 'tool'}
      disabled={!alignment || !a.enabled}
      onClick={() => {
        a.run();
        // The keyboard goes on from the selected row (arrow keys, Enter, F8): the button may go
        // disabled with the change (Unlink, Link, a move), which left the focus on the page's
        // body, and a button keeps the arrow keys from the table. The split dialog keeps its own.
        if (a.id !== 'split') refocusSelectedRow();
      }}
      // Confirm is a toggle: pressed (and said so) when the selected row is confirmed.
      aria-pressed={a.id === 'confirm' ? !!bead?.confirmed : undefined}
      title={`${t(a.id === 'confirm' && bead?.confirmed ? 'actions.confirmedHelp' : `actions.${a.id}Help`)} (${a.key})`}
      aria-label={a.icon ? t(`actions.${a.id}`) : undefined}
      aria-keyshortcuts={a.key.replace('↑', 'ArrowUp').replace('↓', 'ArrowDown')}
      data-action={a.id}
    >
      {a.icon ?? t(`actions.${a.id}`)}
    </button>
  );
  const group = (ids: readonly ActionId[], label?: string, name?: string) => {
    const list = actions.filter((a) => ids.includes(a.id));
    return (
      // biome-ignore lint/a11y/useSemanticElements: a labelled group of toolbar buttons, not a form fieldset
      <div className="tool-group" role="group" aria-label={name ?? label}>
        {label ? (
          <span className="tool-group-label" aria-hidden="true">
            {label}
          </span>
        ) : null}
        {list.map(button)}
      </div>
    );
  };
  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('actions.label')}>
        {group(['merge', 'split'])}
        {group(['srcUp', 'srcDown'], t('actions.moveOriginal'), t('actions.moveOriginalGroup'))}
        {group(['moveUp', 'moveDown'], t('actions.moveTranslation'), t('actions.moveTranslationGroup'))}
        {group(['unlink', 'link', 'confirm'])}
      </div>
      <SplitDialog
        row={splitting}
        src={src}
        tgt={tgt}
        level={level}
        onClose={() => {
          setSplitting(null);
          refocusSelectedRow();
        }}
        onSentences={(row) => {
          setSplitting(null);
          const side = row.src.length > 0 ? 'src' : 'tgt';
          const first = row[side][0];
          const paragraph = first ? (side === 'src' ? src : tgt)?.paragraphs[first.index] : undefined;
          if (!paragraph) return;
          setPending({ side, sentence: paragraph.firstSentence });
          store.getState().setLevel('sentence');
        }}
        onApply={(srcAt, tgtAt) => {
          const index = splitting?.index;
          setSplitting(null);
          if (index !== undefined) edit('split', (b) => splitBead(b, index, srcAt, tgtAt));
          refocusSelectedRow();
        }}
      />
    </>
  );
}
