/**
 * One side of a row: its segments, findings highlighted; double-click (or Enter on the row)
 * edits a segment in place. Line breaks are not allowed inside a segment, so that an edit
 * never changes the paragraph structure the alignment is built on.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AlignedRow } from '../../../state/derive-rows.ts';
import { findingsIn } from '../../../state/derive-rows.ts';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { useRowEnv } from './row-env.ts';
import { SplitPoint } from './split-point.tsx';

export function SideCell({ row, side }: { row: AlignedRow; side: 'src' | 'tgt' }) {
  const env = useRowEnv();
  const { t } = env;
  const doc = side === 'src' ? env.src : env.tgt;
  const findings = side === 'src' ? env.srcFindings : env.tgtFindings;
  const segments = row[side];
  if (segments.length === 0) {
    return <span className="gap-label">{t('table.unpaired')}</span>;
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
        <HighlightedText
          text={doc.text}
          start={seg.start}
          end={seg.end}
          findings={findingsIn(findings, seg.start, seg.end)}
          selectedKey={env.selectedFinding}
          onSelect={env.selectFinding}
        />
      </div>
    );
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
    onDone(result);
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
