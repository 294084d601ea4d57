/**
 * A file name in a narrow list: it wraps between its parts (after `-`, `_`, `.`, a space) rather
 * than being cut at the list's edge, and a name too long for its lines is cut in its middle
 * (elide-file-name.ts), so that its start and end stay. How many characters fit is measured
 * from the element's width and font (the list is wider when the side panel sits below the work
 * area); `max` serves until then. Assistive technology reads the whole name; the pointer's
 * tooltip shows it too.
 */
import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import { elideFileName, fileNameParts } from './elide-file-name.ts';

/** Characters a line may lose by breaking at a separator rather than at its very end. */
const BREAK_SLACK = 6;
/** The fewest characters a name is cut to (its start, "…", its end). */
const MIN_ROOM = 12;

/**
 * `name` in at most `lines` lines of its element (`max` characters until they are measured),
 * with a line-break opportunity after each separator.
 */
export function FileName({
  name,
  max,
  lines = 2,
  className,
}: {
  name: string;
  max: number;
  lines?: number;
  className?: string;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const [room, setRoom] = useState<number | null>(null);
  const measuredWidth = useRef(0);
  // The room from the element's width: characters a line times lines, less what breaking at
  // separators may lose. Again on a change of width only (the fit below changes the height).
  useLayoutEffect(() => {
    const element = ref.current;
    // No layout to measure (jsdom): `max` stands.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = element.clientWidth;
      if (width === measuredWidth.current) return;
      measuredWidth.current = width;
      const perLine = Math.floor(width / averageCharWidth(getComputedStyle(element).font));
      if (perLine > 0) setRoom(Math.max(MIN_ROOM, perLine * lines - BREAK_SLACK * (lines - 1)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [lines]);
  // The fit: where the name still takes more lines (its parts broke badly), a little less room,
  // until it fits; before the browser paints, so no frame shows the longer form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height read depends on the name rendered
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || room === null || room <= MIN_ROOM) return;
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight);
    if (element.getBoundingClientRect().height > lines * lineHeight + 1) setRoom(room - 3);
  }, [room, name, lines]);
  const shown = elideFileName(name, room ?? max);
  const parts = fileNameParts(shown).map((part, k, all) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
    <Fragment key={k}>
      {part}
      {k < all.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
  return (
    <span ref={ref} className={className} title={name}>
      {shown === name ? (
        parts
      ) : (
        <>
          <span aria-hidden="true">{parts}</span>
          <span className="sr-only">{name}</span>
        </>
      )}
    </span>
  );
}

const charWidths = new Map<string, number>();

/** The mean advance of a file name's characters in `font` (a CSS font shorthand), in px. */
function averageCharWidth(font: string): number {
  let width = charWidths.get(font);
  if (width === undefined) {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return Number.POSITIVE_INFINITY;
    context.font = font;
    // A sample of what names are made of: in a monospace font every character measures the same.
    const sample = 'rapport-amazon_2018-06-22.txt';
    width = context.measureText(sample).width / sample.length;
    charWidths.set(font, width);
  }
  return width;
}
