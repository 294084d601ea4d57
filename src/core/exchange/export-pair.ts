/**
 * One entry for the workbench's export buttons and the CLI: an aligned pair in any export
 * format, as a string (encode it with TextEncoder for a download; the TSV/CSV BOM option is
 * part of the string). The case file has its own writer (`serializeCaseFile`).
 */
import { type BuildUnitsOptions, buildBilingualUnits } from './build-bilingual-units.ts';
import type { ExportInput } from './pair-rows.ts';
import { type CleanTextOptions, writeCleanMarkdown, writeCleanText } from './write-clean-text.ts';
import { type DelimitedOptions, writeCsv, writeTsv } from './write-delimited.ts';
import { writeReviewReportMarkdown } from './write-review-markdown.ts';
import { type ReviewReportOptions, writeReviewReportHtml } from './write-review-report.ts';
import { writeTmx } from './write-tmx.ts';
import { writeXliff2 } from './write-xliff2.ts';
import { writeXliff12 } from './write-xliff12.ts';

/** Export formats of a pair. `txt`/`md`: the cleaned target document; `html`/`report-md`: the review report. */
export type PairExportFormat =
  | 'tmx'
  | 'xliff'
  | 'xliff12'
  | 'tsv'
  | 'csv'
  | 'txt'
  | 'md'
  | 'html'
  | 'report-md';

/**
 * File extension, name suffix and MIME type of each export format (the case file: `.json`).
 * The suffix tells apart the formats that share an extension (XLIFF 2.0 and 1.2, the cleaned
 * translation and the review report in Markdown) and says what a file is where its extension
 * does not (`-clean.txt` beside the original `.txt`): no two formats give the same file name.
 */
export const EXPORT_FORMATS: Readonly<
  Record<
    PairExportFormat | 'case',
    { readonly extension: string; readonly suffix: string; readonly mime: string }
  >
> = {
  tmx: { extension: '.tmx', suffix: '', mime: 'application/x-tmx+xml' },
  xliff: { extension: '.xlf', suffix: '', mime: 'application/xliff+xml' },
  xliff12: { extension: '.xlf', suffix: '-xliff12', mime: 'application/x-xliff+xml' },
  tsv: { extension: '.tsv', suffix: '', mime: 'text/tab-separated-values;charset=utf-8' },
  csv: { extension: '.csv', suffix: '', mime: 'text/csv;charset=utf-8' },
  txt: { extension: '.txt', suffix: '-clean', mime: 'text/plain;charset=utf-8' },
  md: { extension: '.md', suffix: '-clean', mime: 'text/markdown;charset=utf-8' },
  html: { extension: '.html', suffix: '-report', mime: 'text/html;charset=utf-8' },
  'report-md': { extension: '.md', suffix: '-report', mime: 'text/markdown;charset=utf-8' },
  case: { extension: '.json', suffix: '', mime: 'application/json' },
};

export type ExportPairOptions = BuildUnitsOptions & DelimitedOptions & CleanTextOptions & ReviewReportOptions;

/** `input` in `format`. */
export function exportPair(
  input: ExportInput,
  format: PairExportFormat,
  options: ExportPairOptions = {},
): string {
  switch (format) {
    case 'tmx':
      return writeTmx(buildBilingualUnits(input, options));
    case 'xliff':
      return writeXliff2(buildBilingualUnits(input, options));
    case 'xliff12':
      return writeXliff12(buildBilingualUnits(input, options));
    case 'tsv':
      return writeTsv(buildBilingualUnits(input, options), options);
    case 'csv':
      return writeCsv(buildBilingualUnits(input, options), options);
    case 'txt':
      return writeCleanText(input.target, options);
    case 'md':
      // Headed by the document's name without its file extension (`# 000_….txt` read as a file,
      // not as the title of a text).
      return writeCleanMarkdown(input.target, {
        ...options,
        title:
          options.title ?? input.target.doc.name.replace(/\.(?:txt|text|md|markdown|html?|xhtml|docx)$/i, ''),
      });
    case 'html':
      return writeReviewReportHtml(input, options);
    case 'report-md':
      return writeReviewReportMarkdown(input, options);
  }
}
