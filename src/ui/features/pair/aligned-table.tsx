/**
 * The aligned table: one row per bead (row number, source, translation, confidence, findings),
 * virtual rows (TanStack Virtual) over a TanStack Table 9 row model. Unpaired passages are
 * rows with an empty side; low-confidence rows are tinted. Arrow keys move the selection,
 * Enter edits the translation (Shift+Enter the source).
 */

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/index.ts';
import { type AlignedRow, findingKey, findingsIn, matchesFindingKey } from '../../../state/derive-rows.ts';
import { canLinkRows, cutOnSide, link, linkedRowIndex, splitBead } from '../../../state/edit-beads.ts';
import { tracedRows } from '../../../state/traced-rows.ts';
import { usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';
import { focusRowLater } from './focus-row-later.ts';
import { type EditingCell, type RowEnv, RowEnvContext, RowSelectedContext, useRowEnv } from './row-env.ts';
import { SideCell } from './side-cell.tsx';
import { sourceEcho } from './source-echo.ts';

const features = tableFeatures({});

// Row height estimate from the text a row holds (styles.css: 13px/1.45 text, 6px cell padding,
// fixed columns of 52 + 72 + 84 px, a dotted rule between segments). Each row is measured once
// on screen anyway; an estimate close to the truth means the measurement rarely changes the
// row's size, so mounting the rows that scroll into view does not re-render the table again
// for each of them, and the scroll bar does not jump.
const LINE_PX = 13 * 1.45;
const CHAR_PX = 6.4;
const FIXED_COLUMNS_PX = 52 + 72 + 84;
const ROW_CHROME_PX = 13;
const SEGMENT_GAP_PX = 9;

/** Estimated height (px) of `row` in a table `width` px wide. */
export function estimateRowHeight(row: AlignedRow, width: number): number {
  const column = Math.max(80, (width - FIXED_COLUMNS_PX) / 2 - 17);
  const perLine = Math.max(10, Math.floor(column / CHAR_PX));
  const side = (segments: AlignedRow['src']) =>
    segments.reduce(
      (h, seg, k) =>
        h + Math.max(1, Math.ceil((seg.end - seg.start) / perLine)) * LINE_PX + (k > 0 ? SEGMENT_GAP_PX : 0),
      0,
    ) || LINE_PX;
  return Math.round(Math.max(side(row.src), side(row.tgt)) + ROW_CHROME_PX);
}
const helper = createColumnHelper<typeof features, AlignedRow>();

function NumberCell({ row }: { row: AlignedRow }) {
  const { t } = useRowEnv();
  return (
    <span className="row-num">
      {row.index + 1}
      {row.bead.confirmed ? (
        <span
          className="confirmed-mark"
          role="img"
          aria-label={t('table.confirmed')}
          title={t('table.confirmed')}
        >
          ✓
        </span>
      ) : null}
    </span>
  );
}

function ConfidenceCell({ row }: { row: AlignedRow }) {
  const env = useRowEnv();
  const { t } = env;
  if (row.src.length === 0 || row.tgt.length === 0) return <span className="muted">—</span>;
  const value = row.bead.confidence;
  const tone = value >= 0.8 ? 'high' : value >= env.lowConfidence ? 'mid' : 'low';
  const traced = row.bead.traced === true;
  return (
    <span
      className={`conf conf-${tone}`}
      title={t(traced ? 'table.confidenceTracedTitle' : 'table.confidenceTitle', {
        value: Math.round(value * 100),
      })}
    >
      <span className="conf-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      <span className="conf-num">{Math.round(value * 100)}</span>
      {traced && (
        <>
          <span className="conf-traced" aria-hidden="true">
            ❞
          </span>
          <span className="sr-only">{t('table.confidenceTraced')}</span>
        </>
      )}
    </span>
  );
}

function FindingsCell({ row }: { row: AlignedRow }) {
  const env = useRowEnv();
  const { t } = env;
  const counts = new Map<string, number>();
  const add = (list: readonly Finding[], refs: AlignedRow['src']) => {
    for (const seg of refs)
      for (const f of findingsIn(list, seg.start, seg.end))
        counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  };
  add(env.srcFindings, row.src);
  add(env.tgtFindings, row.tgt);
  if (counts.size === 0) return null;
  return (
    <span className="badges">
      {[...counts].map(([category, n]) => (
        <span key={category} className={`badge cat-${category}`} title={t(`category.${category}`)}>
          {/* The short code says the category without relying on colour (WCAG 1.4.1), as in the legend. */}
          <span className="badge-code" aria-hidden="true">
            {t(`categoryCode.${category}`)}
          </span>
          {n}
          {/* The code and the tooltip say the category to the eye; this, to a screen reader. */}
          <span className="sr-only"> {t(`category.${category}`)}</span>
        </span>
      ))}
    </span>
  );
}

const columns = helper.columns([
  helper.display({
    id: 'num',
    header: () => <HeaderLabel k="table.number" />,
    cell: (c) => <NumberCell row={c.row.original} />,
  }),
  helper.display({
    id: 'src',
    header: () => <HeaderLabel k="table.source" />,
    cell: (c) => <SideCell row={c.row.original} side="src" />,
  }),
  helper.display({
    id: 'tgt',
    header: () => <HeaderLabel k="table.target" />,
    cell: (c) => <SideCell row={c.row.original} side="tgt" />,
  }),
  helper.display({
    id: 'conf',
    header: () => <HeaderLabel k="table.confidence" full="table.confidenceFull" />,
    cell: (c) => <ConfidenceCell row={c.row.original} />,
  }),
  helper.display({
    id: 'findings',
    header: () => <HeaderLabel k="table.findings" />,
    cell: (c) => <FindingsCell row={c.row.original} />,
  }),
]);

/** A column header; `full`: what an abbreviated header stands for (its tooltip). */
function HeaderLabel({ k, full }: { k: string; full?: string }) {
  const { t } = useTranslation();
  return full ? <abbr title={t(full)}>{t(k)}</abbr> : t(k);
}

type TableRow = ReturnType<
  ReturnType<typeof useTable<typeof features, AlignedRow>>['getRowModel']
>['rows'][number];

interface RowViewProps {
  readonly row: TableRow;
  readonly index: number;
  readonly start: number;
  readonly selected: boolean;
  readonly lowConfidence: number;
  readonly measure: (el: Element | null) => void;
  readonly onSelect: (index: number) => void;
  readonly FlexRender: ReturnType<typeof useTable<typeof features, AlignedRow>>['FlexRender'];
}

/**
 * One row. Memoised: scrolling re-renders the table, but a row already on screen renders
 * again only when it, its selection or the environment changes (cells read the environment
 * from context, so a change there still reaches them).
 */
const RowView = memo(function RowView({
  row,
  index,
  start,
  selected,
  lowConfidence,
  measure,
  onSelect,
  FlexRender,
}: RowViewProps) {
  const aligned = row.original;
  const paired = aligned.src.length > 0 && aligned.tgt.length > 0;
  const classes = [
    'grid-row',
    paired ? '' : 'unpaired',
    paired && aligned.bead.confidence < lowConfidence ? 'low' : '',
    aligned.bead.confirmed ? 'is-confirmed' : '',
    selected ? 'selected' : '',
  ].join(' ');
  return (
    <tr
      data-index={index}
      ref={measure}
      className={classes}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      // Containment (`tbody .grid-row` in styles.css): a row's layout and paint never reach
      // outside it, so mounting the rows that scroll into view does not lay out or repaint the others.
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onSelect(index)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onSelect(index);
      }}
    >
      <RowSelectedContext.Provider value={selected}>
        {row.getAllCells().map((cell) => (
          <td key={cell.id} className={`col-${cell.column.id}`}>
            <FlexRender cell={cell} />
          </td>
        ))}
      </RowSelectedContext.Provider>
    </tr>
  );
});

/** The aligned table of the open pair. */
export function AlignedTable() {
  const { t } = useTranslation();
  const pair = usePair();
  const store = useAppStoreApi();
  const selectedRow = useAppStore((s) => s.selectedRow);
  // What the empty table is waiting for (the top bar shows its progress).
  const job = useAppStore((s) => s.job?.kind ?? null);
  const selectedFinding = useAppStore((s) => s.selectedFinding);
  const lowConfidence = useAppStore((s) => s.caseRecord?.settings.lowConfidence ?? 0.5);
  const quotes = useAppStore((s) => s.quotes);
  const quotesTexts = useAppStore((s) => s.quotesTexts);
  // Rows the quote tracer relates where the aligner left a side empty; only while the traces
  // index the texts shown (an edit re-traces them).
  const traced = useMemo(() => {
    const { src, tgt } = pair;
    if (!src || !tgt || quotesTexts[src.id] !== src.text || quotesTexts[tgt.id] !== tgt.text)
      return new Map();
    return tracedRows(pair.rows, quotes, src.id, tgt.id);
  }, [pair, quotes, quotesTexts]);
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const data = pair.rows as AlignedRow[];
  const table = useTable({ features, columns, data });
  const rows = table.getRowModel().rows;
  // Estimates computed once per row set (one layout read for the width, not one per row), and a
  // stable estimateSize: a new function on every render makes the virtualizer re-estimate every
  // row of a 5,000-row table on each render.
  const estimates = useMemo(() => {
    const width = scrollRef.current?.clientWidth ?? 900;
    return rows.map((r) => estimateRowHeight(r.original, width));
  }, [rows]);
  const estimateSize = useCallback((index: number) => estimates[index] ?? 56, [estimates]);
  // Rows are keyed by pair and level as well as by index: the virtualizer keeps each key's
  // measured height, and row 29 of another pair (or level) is another row, of another height.
  // With index keys alone it placed a new pair's rows at the old pair's heights, and a row
  // brought into view (a quotation's, from the Quotes panel) was left below the fold.
  const view = `${pair.src?.id ?? ''}|${pair.tgt?.id ?? ''}|${pair.level}`;
  // Stable too: the virtualizer lays out every row again when its getItemKey changes (100-300 ms
  // a render for a 140,000-row table, on each finding list that arrived).
  const getItemKey = useCallback((index: number) => `${view}|${rows[index]?.id ?? index}`, [view, rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    getItemKey,
  });

  const selectFinding = useCallback(
    (finding: Finding) => {
      const placed = pair.placed.find((p) => p.finding === finding);
      store.setState({
        selectedFinding: findingKey(finding),
        ...(placed ? { selectedRow: placed.row } : {}),
      });
    },
    [pair.placed, store],
  );

  // A click on a split point between two segments: the same operation as the split dialog's
  // (the other side's cut proposed by length), one undo step. The row keeps the selection (its
  // first half) and the focus, which the split point that had it loses with the re-render.
  const splitRow = useCallback(
    (index: number, side: 'src' | 'tgt', at: number) => {
      const row = pair.rows[index];
      if (!row) return;
      const lengths = (refs: AlignedRow['src']) => refs.map((r) => r.end - r.start);
      const [srcAt, tgtAt] = cutOnSide(lengths(row.src), lengths(row.tgt), side, at);
      const hadFocus = scrollRef.current?.contains(document.activeElement) ?? false;
      store.getState().editBeads('split', (b) => splitBead(b, index, srcAt, tgtAt));
      store.getState().selectRow(index);
      if (hadFocus) focusRowLater(scrollRef, index);
    },
    [pair.rows, store],
  );

  // A cut inside a paragraph asked for at paragraph level (sentence-cut.tsx): the sentence to
  // cut before once the pair is shown sentence by sentence (aligned first if it never was), and
  // whether the focus was in the table (it goes back to the cut row, for the keyboard).
  const [pendingCut, setPendingCut] = useState<{
    side: 'src' | 'tgt';
    sentence: number;
    refocus: boolean;
    /** The pair it was asked on: another pair's sentence numbers mean other sentences. */
    pair: string;
  } | null>(null);
  // Whether the sentence level was shown since the cut was asked: going back to paragraphs
  // before it was made drops it (it must not surprise the person on a later switch).
  const sawSentences = useRef(false);
  const busy = useAppStore((s) => s.job !== null);
  const pairId = `${pair.src?.id ?? ''}|${pair.tgt?.id ?? ''}`;
  const cutInParagraph = useCallback(
    (side: 'src' | 'tgt', sentence: number) => {
      const refocus = scrollRef.current?.contains(document.activeElement) ?? false;
      sawSentences.current = false;
      setPendingCut({ side, sentence, refocus, pair: pairId });
      store.getState().setLevel('sentence');
    },
    [store, pairId],
  );
  useEffect(() => {
    if (!pendingCut) return;
    if (pendingCut.pair !== pairId) {
      setPendingCut(null);
      return;
    }
    if (pair.level !== 'sentence') {
      if (sawSentences.current) setPendingCut(null);
      return;
    }
    sawSentences.current = true;
    if (busy) return;
    const { side, sentence, refocus } = pendingCut;
    const row = pair.rows.find((r) => r.bead[side].includes(sentence));
    if (!row) return;
    setPendingCut(null);
    const at = row.bead[side].indexOf(sentence);
    // The sentence alignment may already start a row there: then there is nothing to cut.
    if (at > 0) splitRow(row.index, side, at);
    else store.getState().selectRow(row.index);
    if (refocus)
      requestAnimationFrame(() => {
        virtualizer.scrollToIndex(row.index, { align: 'auto' });
        focusRowLater(scrollRef, row.index);
      });
  }, [pendingCut, pairId, pair.level, pair.rows, busy, splitRow, store, virtualizer]);

  // Where in the original the selected finding of the translation points (source-echo.ts).
  const echo = useMemo(() => {
    const placed = selectedFinding
      ? pair.placed.find((p) => p.side === 'tgt' && matchesFindingKey(p.finding, selectedFinding))
      : undefined;
    return placed && pair.src ? sourceEcho(placed.finding, pair.src) : null;
  }, [selectedFinding, pair.placed, pair.src]);

  const env = useMemo<RowEnv | null>(
    () =>
      pair.src && pair.tgt
        ? {
            t,
            src: pair.src,
            tgt: pair.tgt,
            srcFindings: pair.srcFindings,
            tgtFindings: pair.tgtFindings,
            selectedFinding,
            sourceEcho: echo,
            lowConfidence,
            editing,
            setEditing,
            commitEdit: (docId, start, end, text) => store.getState().editText(docId, start, end, text),
            selectFinding,
            level: pair.level,
            splitRow,
            cutInParagraph,
            traced,
            goToRow: (row) => store.getState().selectRow(row),
            // The rows are the alignment's beads, one each, in order.
            canPairRows: (row, other) => canLinkRows(pair.alignment?.beads ?? [], row, other),
            pairRows: (row, other) => {
              const at = linkedRowIndex(pair.alignment?.beads ?? [], row, other);
              store.getState().editBeads('link', (beads) => link(beads, row, other));
              store.getState().selectRow(at);
            },
          }
        : null,
    [
      t,
      pair,
      selectedFinding,
      echo,
      lowConfidence,
      editing,
      selectFinding,
      splitRow,
      cutInParagraph,
      store,
      traced,
    ],
  );

  // Bring the selected row into view when something else (the map, the findings, a quotation)
  // selects it, also when it keeps its number in another pair or level (`view`).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `view` is a trigger: another pair's row of that number is another row, elsewhere
  useEffect(() => {
    if (selectedRow < rows.length) virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
    // When the focus was on another row (F8 pressed there), it follows: the focus ring and a
    // screen reader stayed on the row left behind.
    const focused = document.activeElement;
    if (
      focused instanceof HTMLElement &&
      focused.matches('tr[data-index]') &&
      scrollRef.current?.contains(focused) &&
      focused.dataset.index !== String(selectedRow)
    )
      focusRowLater(scrollRef, selectedRow);
  }, [selectedRow, rows.length, virtualizer, view]);

  const onSelectRow = useCallback(
    (index: number) => {
      if (store.getState().selectedRow !== index) store.getState().selectRow(index);
    },
    [store],
  );

  const focusRow = (index: number) => {
    store.getState().selectRow(index);
    focusRowLater(scrollRef, index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed in the editor, or on a button inside a row (a split point: Enter and Space
    // press it), are theirs.
    if (
      event.target instanceof HTMLTextAreaElement ||
      event.target instanceof HTMLButtonElement ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return;
    const last = rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, selectedRow + 1),
      ArrowUp: Math.max(0, selectedRow - 1),
      PageDown: Math.min(last, selectedRow + 10),
      PageUp: Math.max(0, selectedRow - 10),
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusRow(to);
    } else if (event.key === 'Enter') {
      const row = pair.rows[selectedRow];
      const side = event.shiftKey ? 'src' : 'tgt';
      if (row && row[side].length > 0) {
        event.preventDefault();
        // The segment of the selected finding (F8 took the person to it), else the first: in a
        // row of two sentences the second one's finding could not be edited by keyboard.
        const chosen = pair.placed.find(
          (p) =>
            p.row === selectedRow &&
            p.side === side &&
            selectedFinding !== null &&
            matchesFindingKey(p.finding, selectedFinding),
        )?.finding;
        const at = chosen ? row[side].findIndex((seg) => chosen.span[0] < seg.end) : -1;
        setEditing({ row: selectedRow, side, segment: Math.max(0, at) });
      }
    }
  };

  const waiting = job === 'align' ? 'table.aligning' : job === 'import' ? 'table.reading' : null;
  if (!env || rows.length === 0)
    return (
      <div className="table-empty" role="status">
        {t(waiting ?? (env ? 'table.notAligned' : 'table.noPair'))}
      </div>
    );

  return (
    <RowEnvContext.Provider value={env}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the rows it contains */}
      <div className="table-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
        <table className="aligned" aria-label={t('table.label')} aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="grid-row head">
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <RowView
                  key={row.id}
                  row={row}
                  index={item.index}
                  start={item.start}
                  selected={item.index === selectedRow}
                  lowConfidence={lowConfidence}
                  measure={virtualizer.measureElement}
                  onSelect={onSelectRow}
                  FlexRender={table.FlexRender}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </RowEnvContext.Provider>
  );
}
