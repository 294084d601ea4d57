/**
 * One side of a row: its segments, findings highlighted; double-click (or Enter on the row)
 * edits a segment in place. Line breaks are not allowed inside a segment, so that an edit
 * never changes the paragraph structure the alignment is built on.
 */
import { Fragment, useContext, useEffect, useId, useRef, useState } from 'react';
import type { AlignedRow } from '../../../state/derive-rows.ts';
import { findingsIn } from '../../../state/derive-rows.ts';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { probabilityPercent } from '../../components/probability-percent.ts';
import { RowSelectedContext, useRowEnv } from './row-env.ts';
import { SentenceCut } from './sentence-cut.tsx';
import { SplitPoint } from './split-point.tsx';

/**
 * Accept the tracer's word: pair this unpaired row with the row its quotation was traced to.
 * When a pair lies between the two rows (pairing would cross it), the reason instead (a
 * disabled button would keep it to a tooltip that a disabled element does not show).
 */
function PairTraced({ row, other }: { row: number; other: number }) {
  const env = useRowEnv();
  if (!env.canPairRows(row, other))
    return <span className="pair-traced-blocked">{env.t('table.pairTracedBlocked')}</span>;
  return (
    <button
      type="button"
      className="link-button pair-traced"
      onClick={(event) => {
        event.stopPropagation();
        env.pairRows(row, other);
      }}
    >
      {env.t('table.pairTraced', { row: other + 1 })}
    </button>
  );
}

export function SideCell({ row, side }: { row: AlignedRow; side: 'src' | 'tgt' }) {
  const env = useRowEnv();
  const selected = useContext(RowSelectedContext);
  const { t } = env;
  const doc = side === 'src' ? env.src : env.tgt;
  const findings = side === 'src' ? env.srcFindings : env.tgtFindings;
  const segments = row[side];
  if (segments.length === 0) {
    const traced = env.traced.get(row.index);
    return (
      <>
        <span className="gap-label">{t('table.unpaired')}</span>
        {traced ? (
          <button
            type="button"
            className="link-button traced-row"
            onClick={(event) => {
              event.stopPropagation();
              env.goToRow(traced.row);
            }}
          >
            {t(side === 'src' ? 'table.tracedFrom' : 'table.tracedTo', {
              row: traced.row + 1,
              percent: probabilityPercent(traced.probability),
            })}
          </button>
        ) : null}
        {traced ? <PairTraced row={row.index} other={traced.row} /> : null}
      </>
    );
  }
  return (
    <div className="segments" lang={doc.lang}>
      {segments.flatMap((seg, k) => {
        const cell = segmentCell(seg, k);
        // Between two segments: a split point (see split-point.tsx).
        return k === 0
          ? [cell]
          : [<SplitPoint key={`cut-${seg.index}`} row={row.index} side={side} at={k} />, cell];
      })}
    </div>
  );

  function segmentCell(seg: AlignedRow['src'][number], k: number) {
    const editing = env.editing?.row === row.index && env.editing.side === side && env.editing.segment === k;
    if (editing) {
      return (
        <SegmentEditor
          key={seg.index}
          initial={doc.text.slice(seg.start, seg.end)}
          label={t(side === 'src' ? 'table.editSource' : 'table.editTarget')}
          hint={t('table.editHint')}
          onDone={(value) => {
            env.setEditing(null);
            if (value !== null) env.commitEdit(doc.id, seg.start, seg.end, value);
          }}
        />
      );
    }
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: double-click is the mouse path; Enter on the row edits by keyboard
      <div
        key={seg.index}
        className="seg"
        onDoubleClick={() => env.setEditing({ row: row.index, side, segment: k })}
      >
        {pieces(seg).map((piece, n) => [
          n > 0 ? (
            <SentenceCut
              key={`cut-${piece.sentence}`}
              row={row.index}
              side={side}
              sentence={piece.sentence}
              paragraph={seg.index + 1}
              n={n}
            />
          ) : null,
          <Fragment key={piece.sentence}>{echoed(piece.start, piece.end)}</Fragment>,
        ])}
      </div>
    );
  }

  function highlighted(start: number, end: number) {
    return (
      <HighlightedText
        key={start}
        text={doc.text}
        start={start}
        end={end}
        findings={findingsIn(findings, start, end)}
        selectedKey={env.selectedFinding}
        onSelect={env.selectFinding}
      />
    );
  }

  /**
   * The text of [start, end), with the stretch of the original the selected finding points to
   * (a number said missing, a name said changed) marked when it lies there.
   */
  function echoed(start: number, end: number) {
    const echo = side === 'src' ? env.sourceEcho : null;
    if (!echo || echo.end <= start || echo.start >= end) return highlighted(start, end);
    const a = Math.max(start, echo.start);
    const b = Math.min(end, echo.end);
    return [
      start < a ? highlighted(start, a) : null,
      <mark key="echo" className="source-echo" title={t('table.sourceEcho')}>
        {highlighted(a, b)}
      </mark>,
      b < end ? highlighted(b, end) : null,
    ];
  }

  /**
   * The stretches of a segment to render: the whole segment, or, for a paragraph of the
   * selected row at paragraph level, one stretch per sentence (from its start to the next
   * sentence's start, so the gap between them stays in the text) with cut points between them.
   */
  function pieces(seg: AlignedRow['src'][number]): { start: number; end: number; sentence: number }[] {
    const paragraph = env.level === 'paragraph' && selected ? doc.paragraphs[seg.index] : undefined;
    if (!paragraph || paragraph.sentenceCount < 2) return [{ start: seg.start, end: seg.end, sentence: -1 }];
    const out: { start: number; end: number; sentence: number }[] = [];
    for (let k = 0; k < paragraph.sentenceCount; k++) {
      const index = paragraph.firstSentence + k;
      const next = doc.sentences[index + 1];
      out.push({
        start: k === 0 ? seg.start : (doc.sentences[index]?.start ?? seg.start),
        end: k + 1 < paragraph.sentenceCount && next ? next.start : seg.end,
        sentence: index,
      });
    }
    return out;
  }
}

function SegmentEditor({
  initial,
  label,
  hint,
  onDone,
}: {
  initial: string;
  label: string;
  /** How to save and cancel, shown under the editor (a person who double-clicked must not guess). */
  hint: string;
  onDone: (value: string | null) => void;
}) {
  const hintId = useId();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.style.height = `${el.scrollHeight}px`;
  }, []);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    // Saved or cancelled from the keyboard (not left by a click elsewhere): the focus goes back
    // to the row, whose arrow keys and Enter work on; the editor going away would leave it on
    // the page's body, where they do nothing.
    const el = ref.current;
    const row = el && document.activeElement === el ? el.closest<HTMLElement>('tr[data-index]') : null;
    const table = row?.closest<HTMLElement>('.table-scroll');
    const index = row?.dataset.index;
    onDone(result);
    if (!row) return;
    row.focus();
    // The row may be rendered anew once the edit is applied: then its new element gets it.
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      table?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus();
    });
  };
  return (
    <div className="seg-editing">
      <textarea
        ref={ref}
        className="seg-editor"
        aria-label={label}
        aria-describedby={hintId}
        value={value}
        onChange={(e) => {
          setValue(e.target.value.replace(/[\r\n]+/g, ' '));
          e.target.style.height = `${e.target.scrollHeight}px`;
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(value);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(null);
          }
        }}
        onBlur={() => finish(value)}
      />
      <div id={hintId} className="seg-editor-hint">
        {hint}
      </div>
    </div>
  );
}
