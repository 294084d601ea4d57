import type { TFunction } from 'i18next';
import type { StrayBytes } from '../../core/text/decode-bytes.ts';

/**
 * Where a file's stray Windows-1252 bytes are, in words: 'line 3', 'lines 3, 7', 'lines 1, 2, …
 * and 4 more' (the import dialog's notice and the documents panel's encoding tag).
 */
export function strayLines(
  t: TFunction,
  { lines, lineCount }: Pick<StrayBytes, 'lines' | 'lineCount'>,
): string {
  const more = lineCount - lines.length;
  const listed = lines.join(', ');
  return more > 0
    ? t('import.strayLinesMore', { lines: listed, more })
    : t('import.strayLine', { count: lineCount, lines: listed });
}
