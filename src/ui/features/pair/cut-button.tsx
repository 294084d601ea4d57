/**
 * The button of a cut mark in a row's text (a split point, a cut inside a paragraph): it acts
 * on the row without selecting or editing it (the row's own click and double-click do that),
 * and its pill's words come from CSS (`attr(data-label)`), so that they are not in the text a
 * selection copies.
 */
import './pair.css';

/** A cut mark's button; `className` styles the mark, `pillClassName` its hover/focus pill. */
export function CutButton({
  label,
  action,
  className,
  pillClassName,
  pillLabel,
  tabIndex,
  onCut,
}: {
  label: string;
  action: string;
  className: string;
  pillClassName: string;
  pillLabel: string;
  tabIndex?: number;
  onCut: () => void;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      title={label}
      tabIndex={tabIndex}
      data-action={action}
      onClick={(e) => {
        e.stopPropagation();
        onCut();
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <span className={pillClassName} aria-hidden="true" data-label={pillLabel} />
    </button>
  );
}
