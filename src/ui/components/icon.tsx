/**
 * Small line icons drawn in SVG (no icon font, no emoji: they render the same everywhere,
 * offline). Decorative: the button around them carries the accessible name.
 */
const PATHS = {
  rename: 'M3 13.5V16h2.5l8-8L11 5.5l-8 8zM12.5 4l2.5 2.5',
  duplicate: 'M6 6h9v9H6zM3 12V3h9',
  delete: 'M4 5h10M7 5V3h4v2M5.5 5l.7 10h5.6l.7-10',
  close: 'M4.5 4.5l9 9M13.5 4.5l-9 9',
} as const;

/** One icon, 18×18 viewBox, stroked in the current colour. */
export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="svg-icon" viewBox="0 0 18 18" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
