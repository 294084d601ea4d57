/**
 * The bilingual review report in Markdown: the same content as the HTML report (summary,
 * pairs side by side in a table, findings in bold with their list, tracked changes as
 * `<del>`/`<ins>`, applied fixes, quote tracing). Findings are bold by `<strong>`, not `**`:
 * CommonMark's `**` does not open before punctuation that follows a letter (`mais**«**`) and
 * two marked runs side by side make a `****`, which left the asterisks on the page. All document text is escaped (see
 * `escapeMarkdown`; `|` and line breaks too, for table cells), so it renders literally and
 * cannot inject HTML.
 */

import { visibleSpaces } from '../text/visible-spaces.ts';
import { formatConfidence } from './bilingual-units.ts';
import { buildPairRows, type ExportInput, isPairedRow, type RowSide } from './pair-rows.ts';
import { reportDate } from './report-date.ts';
import { reportSummary } from './report-summary.ts';
import { DEFAULT_REVIEW_LABELS, type ReviewLabels } from './review-labels.ts';
import { trackedRuns } from './tracked-text.ts';
import { escapeMarkdown } from './write-clean-text.ts';
import { colonOf, decimalOf, isFlagged, type ReviewReportOptions } from './write-review-report.ts';

/** Markdown text for one table cell: escaped, on one line. */
function cell(text: string): string {
  return escapeMarkdown(text.replace(/\r\n?|\n/g, ' ')).replace(/\\\n/g, ' ');
}

/** The report as Markdown (GitHub-flavoured tables). */
export function writeReviewReportMarkdown(input: ExportInput, options: ReviewReportOptions = {}): string {
  const L = options.labels ?? DEFAULT_REVIEW_LABELS;
  const lang = options.labelLang ?? 'en';
  const all = buildPairRows(input);
  const rows = all.filter((r) => !options.onlyFlagged || isFlagged(r));
  const src = input.source.doc;
  const tgt = input.target.doc;
  const { paired, confirmed, fixes, findings, byCategory } = reportSummary(all);
  const categories = byCategory.map(([c, n]) => `${cell(L.categories[c] ?? c)} ${n}`).join(', ');
  // The summary's labels end with the colon of the report's language (French: `**Lignes :**`).
  const colon = colonOf(lang).trimEnd();
  const out: string[] = [
    `# ${cell(options.title ?? L.title)}`,
    '',
    `## ${cell(L.summary)}`,
    '',
    `- **${cell(L.source)}${colon}** ${cell(src.name)} (${cell(src.lang)})`,
    `- **${cell(L.target)}${colon}** ${cell(tgt.name)} (${cell(tgt.lang)})`,
    ...(input.date === undefined
      ? []
      : [`- **${cell(L.date)}${colon}** ${cell(reportDate(input.date, lang))}`]),
    `- **${cell(L.rows)}${colon}** ${all.length}`,
    `- **${cell(L.paired)}${colon}** ${paired}`,
    `- **${cell(L.confirmed)}${colon}** ${confirmed}`,
    `- **${cell(L.findings)}${colon}** ${findings}${categories === '' ? '' : ` — ${categories}`}`,
    `- **${cell(L.fixes)}${colon}** ${fixes}`,
    '',
    `${cell(L.legend)} <del>${cell(L.deleted)}</del> <ins>${cell(L.inserted)}</ins>`,
    '',
    `## ${cell(L.pairs)}`,
    '',
    `| # | ${cell(L.source)} (${cell(src.lang)}) | ${cell(L.target)} (${cell(tgt.lang)}) | ${cell(L.confidence)} | ${cell(L.status)} |`,
    '|---:|---|---|---:|---|',
  ];
  for (const row of rows) {
    out.push(
      `| ${row.index + 1} | ${side(row.source, L, lang)} | ${side(row.target, L, lang)} | ${isPairedRow(row) ? decimalOf(formatConfidence(row.confidence), lang) : '—'} | ${cell(L.statuses[row.status])} |`,
    );
  }
  if (options.quotes) {
    out.push(
      '',
      `## ${cell(L.quoteTracing)}`,
      '',
      `| # | ${cell(L.quote)} | ${cell(L.document)} | ${cell(L.traced)} | ${cell(L.similarity)} | ${cell(L.verdict)} | ${cell(L.evidence)} |`,
      '|---:|---|---|---|---:|---|---|',
    );
    for (const [i, q] of options.quotes.entries()) {
      const traced = q.source === undefined ? `*${cell(L.notFound)}*` : cell(q.source);
      const doc = q.sourceDocument === undefined ? '' : ` (${cell(q.sourceDocument)})`;
      const similarity = q.similarity === undefined ? '' : decimalOf(formatConfidence(q.similarity), lang);
      // The speaker on a line of its own: after the unmarked quotation it read as its last words.
      const quote = cell(q.quote) + (q.speaker ? `<br>— ${cell(q.speaker)}` : '');
      const place =
        cell(q.document ?? '') +
        (q.line === undefined ? '' : `${q.document ? ', ' : ''}${cell(L.line)} ${q.line}`);
      const evidence = (q.evidence ?? []).map(cell).join('<br>');
      out.push(
        `| ${i + 1} | ${quote} | ${place} | ${traced}${doc} | ${similarity} | ${cell(q.verdict ?? '')} | ${evidence} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function side(s: RowSide, L: ReviewLabels, lang: string): string {
  let md = '';
  for (const run of trackedRuns(s.original, s.text, s.findings, s.unchanged)) {
    let piece = cell(run.text);
    if (piece.trim() === '') {
      // White space alone: as it is when unchanged; a change shows its marks (`<ins>⍽</ins>` for
      // a no-break space put in, as the HTML report boxes it). Written raw, a typography fix's
      // change did not show and a deleted space read as still there.
      if (run.kind === 'same') {
        md += piece;
        continue;
      }
      piece = cell(visibleSpaces(run.text));
    }
    if (run.kind === 'deleted') piece = `<del>${piece}</del>`;
    else if (run.kind === 'inserted') piece = `<ins>${piece}</ins>`;
    if (run.findings.length > 0) piece = `<strong>${piece}</strong>`;
    md += piece;
  }
  // What a passage becomes: its text, or the word for a deletion (empty marks said nothing).
  const replacement = (text: string) =>
    text === '' ? `*(${cell(L.deleted)})*` : `«${cell(visibleSpaces(text))}»`;
  const notes = [
    // A finding in words when it has them, else its rule code.
    ...s.findings.map(
      ({ finding: f, message }) =>
        `${cell(L.severities[f.severity] ?? f.severity)} ${cell(L.categories[f.category] ?? f.category)}${message === undefined ? `/${cell(f.rule)}` : `${colonOf(lang)}${cell(message)}`}${colonOf(lang)}«${cell(visibleSpaces(f.actual))}»${
          f.expected === undefined ? '' : ` → ${replacement(f.expected)}`
        }`,
    ),
    ...s.fixes.map(
      (f) => `✓ ${cell(f.rule)}${colonOf(lang)}«${cell(visibleSpaces(f.before))}» → ${replacement(f.after)}`,
    ),
  ];
  return notes.length === 0 ? md : `${md}<br><br>${notes.join('<br>')}`;
}
