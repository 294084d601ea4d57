/**
 * A file name in a narrow list: it wraps between its parts (after `-`, `_`, `.`, a space) rather
 * than being cut at the panel's edge, and a name too long for the room is cut in its middle
 * (elide-file-name.ts), so that its start and end stay. Assistive technology reads the whole
 * name; the pointer's tooltip shows it too.
 */
import { Fragment } from 'react';
import { elideFileName, fileNameParts } from './elide-file-name.ts';

/** `name`, at most `max` characters shown, with a line-break opportunity after each separator. */
export function FileName({ name, max, className }: { name: string; max: number; className?: string }) {
  const shown = elideFileName(name, max);
  const parts = fileNameParts(shown).map((part, k, all) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
    <Fragment key={k}>
      {part}
      {k < all.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
  if (shown === name) {
    return (
      <span className={className} title={name}>
        {parts}
      </span>
    );
  }
  return (
    <span className={className} title={name}>
      <span aria-hidden="true">{parts}</span>
      <span className="sr-only">{name}</span>
    </span>
  );
}
