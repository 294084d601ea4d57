/**
 * Where the pill of a cut mark inside a segment's text goes: in the gap above the segment or in
 * the gap below it (pair.css), whichever is nearer the mark, so that the words are near the
 * mark they name; but never in one that is scrolled out of the table's view while the other
 * is in it (a long paragraph, its top under the header).
 */

/** A vertical extent in viewport pixels. */
export interface Extent {
  readonly top: number;
  readonly bottom: number;
}

/** `above` or `below` the segment `segment`, for a mark at `mark`, in a table showing `view`. */
export function pillSide(mark: Extent, segment: Extent, view: Extent): 'above' | 'below' {
  const aboveSeen = segment.top >= view.top && segment.top <= view.bottom;
  const belowSeen = segment.bottom >= view.top && segment.bottom <= view.bottom;
  if (aboveSeen !== belowSeen) return aboveSeen ? 'above' : 'below';
  const middle = (mark.top + mark.bottom) / 2;
  return middle - segment.top <= segment.bottom - middle ? 'above' : 'below';
}
