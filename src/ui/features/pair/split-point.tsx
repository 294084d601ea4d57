/**
 * A split point between two segments of one side of a row, as CAT alignment editors show it:
 * a thin line that appears when the row is hovered or selected, with a "Split here" button on
 * it. It sits in the gap between the two segments (no text of its own in the flow, not
 * selectable), so that selecting text and editing a segment in place work as before. Only the
 * selected row's split points are in the tab order (after the row itself): tabbing through a
 * table of thousands of rows does not stop at every sentence boundary.
 */
import { useContext } from 'react';
import { CutButton } from './cut-button.tsx';
import { RowSelectedContext, useRowEnv } from './row-env.ts';
import './pair.css';

/** The split point after segment `at` (1-based count of segments before it) of `side` in `row`. */
export function SplitPoint({ row, side, at }: { row: number; side: 'src' | 'tgt'; at: number }) {
  const env = useRowEnv();
  const selected = useContext(RowSelectedContext);
  const { t } = env;
  const label = t(
    side === 'src'
      ? env.level === 'paragraph'
        ? 'table.splitSrcParagraph'
        : 'table.splitSrcSentence'
      : env.level === 'paragraph'
        ? 'table.splitTgtParagraph'
        : 'table.splitTgtSentence',
    { row: row + 1, n: at },
  );
  return (
    <div className="split-point">
      {/* The row's own click selects it; the split keeps it selected (its first half). */}
      <CutButton
        shape="between"
        label={label}
        action="split-here"
        pillLabel={t('table.splitHere')}
        tabIndex={selected ? 0 : -1}
        onCut={() => env.splitRow(row, side, at)}
      />
    </div>
  );
}
