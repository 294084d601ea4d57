/**
 * The button of a cut mark in a row's text (a split point, a cut inside a paragraph): it acts
 * on the row without selecting or editing it (the row's own click and double-click do that).
 * Its pill (the words shown on hover and focus) is the button's next sibling, so that it can be
 * placed in a gap of the text rather than over it (pair.css), and its words come from CSS
 * (`attr(data-label)`), so that they are not in the text a selection copies.
 */
import { type SyntheticEvent, useState } from 'react';
import { pillSide } from './pill-side.ts';
import './pair.css';

/**
 * A cut mark's button and pill. `shape`: `between` is a rule across the gap between two
 * segments (its pill is in that gap); `in-text` a mark between two sentences inside a
 * segment's text (its pill is in the gap above or below the segment: see pill-side.ts).
 */
export function CutButton({
  shape,
  label,
  action,
  pillLabel,
  tabIndex,
  onCut,
}: {
  shape: 'between' | 'in-text';
  label: string;
  action: string;
  pillLabel: string;
  tabIndex?: number;
  onCut: () => void;
}) {
  const [side, setSide] = useState<'above' | 'below'>('above');
  // Measured as the pill is about to show (hover, focus), not on every render.
  const place = (e: SyntheticEvent<HTMLButtonElement>) => {
    if (shape !== 'in-text') return;
    const segment = e.currentTarget.closest('.seg');
    const view = e.currentTarget.closest('.table-scroll');
    if (!segment || !view) return;
    const head = view.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const v = view.getBoundingClientRect();
    setSide(
      pillSide(e.currentTarget.getBoundingClientRect(), segment.getBoundingClientRect(), {
        top: v.top + head,
        bottom: v.bottom,
      }),
    );
  };
  return (
    <>
      <button
        type="button"
        className={`cut-mark cut-${shape}`}
        aria-label={label}
        title={label}
        tabIndex={tabIndex}
        data-action={action}
        onPointerEnter={place}
        onFocus={place}
        onClick={(e) => {
          e.stopPropagation();
          onCut();
        }}
        onDoubleClick={(e) => e.stopPropagation()}
      />
      <span
        className={`cut-pill cut-${shape}${shape === 'in-text' ? ` ${side}` : ''}`}
        aria-hidden="true"
        data-label={pillLabel}
      />
    </>
  );
}
