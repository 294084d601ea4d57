/**
 * The bilingual review report as one standalone, printable HTML file: a summary, the pairs
 * side by side, findings highlighted in the text (coloured by category, message in a
 * tooltip and listed under the pair), corrections as tracked changes (word diff), applied
 * fixes, and the quote tracing table.
 *
 * Safety: every piece of document text, name and label goes through `escapeHtml`, and the
 * page carries a Content-Security-Policy that forbids every script, so a document holding
 * HTML or `<script>` can neither run nor break the page. No external resource is loaded.
 */
import { DEFAULT_CASE_SETTINGS } from '../model/case-file.ts';
import type { Finding } from '../model/finding.ts';
import { visibleSpaceRuns, visibleSpaces } from '../text/visible-spaces.ts';
import { formatConfidence } from './bilingual-units.ts';
import { buildPairRows, type ExportInput, isPairedRow, type PairRow, type RowSide } from './pair-rows.ts';
import { reportDate } from './report-date.ts';
import { reportSummary } from './report-summary.ts';
import { DEFAULT_REVIEW_LABELS, type QuoteTraceRow, type ReviewLabels } from './review-labels.ts';
import { trackedRuns } from './tracked-text.ts';

export interface ReviewReportOptions {
  readonly title?: string;
  /** Report words (the workbench passes its translations); English by default. */
  readonly labels?: ReviewLabels;
  /** The language of the labels, for `<html lang>` (default `en`). */
  readonly labelLang?: string;
  /** Rows of the quote tracing table (the table is left out when absent). */
  readonly quotes?: readonly QuoteTraceRow[];
  /** Leave out pairs with no finding, fix or change (default false: every pair). */
  readonly onlyFlagged?: boolean;
  /**
   * Rows below this confidence are tinted as doubtful, as the workbench tints them: the case's
   * `settings.lowConfidence` (default `DEFAULT_CASE_SETTINGS.lowConfidence`, 0.5).
   */
  readonly lowConfidence?: number;
}

/** Escape text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Category colours (light backgrounds that print). */
const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  encoding: '#ffc9c9',
  quotes: '#ffd8a8',
  typography: '#ffec99',
  spacing: '#e9fac8',
  spelling: '#d3f9d8',
  casing: '#c3fae8',
  repetition: '#c5f6fa',
  noise: '#dee2e6',
  untranslated: '#d0ebff',
  numbers: '#dbe4ff',
  names: '#e5dbff',
  omission: '#f3d9fa',
  addition: '#fcc2d7',
  mistranslation: '#ffa8a8',
  consistency: '#fff3bf',
};

const STYLE = `
:root { color-scheme: light; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em; color: #212529; }
h1 { font-size: 1.6em; margin: 0 0 .3em; }
h2 { font-size: 1.2em; margin: 1.5em 0 .5em; border-bottom: 1px solid #dee2e6; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #dee2e6; padding: .35em .5em; vertical-align: top; text-align: left; }
thead th { background: #f1f3f5; }
table.pairs td.text { width: 42%; white-space: pre-wrap; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; width: 3em; }
tr.unpaired td.text:empty { background: repeating-linear-gradient(45deg, #f8f9fa, #f8f9fa 6px, #fff 6px, #fff 12px); }
tr.low td.conf { color: #c92a2a; font-weight: 600; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.sev-error { outline: 1px solid #c92a2a; }
del { color: #c92a2a; background: #fff5f5; }
ins { color: #2b8a3e; background: #ebfbee; text-decoration: underline; }
del.ws, ins.ws { outline: 1px dotted currentColor; white-space: pre; }
ul.notes { margin: .4em 0 0; padding-left: 1.2em; font-size: .9em; white-space: normal; }
ul.notes li.error { color: #c92a2a; }
ul.notes li.warning { color: #e67700; }
ul.notes li.info { color: #495057; }
ul.notes code { white-space: pre-wrap; overflow-wrap: anywhere; background: #f1f3f5; padding: 0 .2em; border-radius: 2px; }
ul.notes span.ws { color: #868e96; }
.badge { display: inline-block; font-size: .85em; padding: 0 .4em; border-radius: 3px; background: #e9ecef; }
.badge.confirmed, .badge.final { background: #d3f9d8; }
.badge.unpaired { background: #fff3bf; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dl.summary dt { font-weight: 600; }
.legend span { display: inline-block; margin-right: .8em; }
@media print {
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  mark, del, ins, .badge, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The report as one HTML document. */
export function writeReviewReportHtml(input: ExportInput, options: ReviewReportOptions = {}): string {
  const L = options.labels ?? DEFAULT_REVIEW_LABELS;
  const lang = options.labelLang ?? 'en';
  const low = options.lowConfidence ?? DEFAULT_CASE_SETTINGS.lowConfidence;
  const all = buildPairRows(input);
  const rows = all.filter((r) => !options.onlyFlagged || isFlagged(r));
  const src = input.source.doc;
  const tgt = input.target.doc;
  const title = options.title ?? L.title;
  const { paired, confirmed, fixes, findings, byCategory } = reportSummary(all);
  const e = escapeHtml;
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${e(options.labelLang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The translation's name in the page title: browser tabs, and the file name a printer to PDF
    // proposes, told one report from another (all were 'Bilingual review report').
    `<title>${e(options.title ?? `${L.title} — ${tgt.name}`)}</title>`,
    `<style>${STYLE}${categoryStyles()}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(title)}</h1>`,
    `<h2>${e(L.summary)}</h2>`,
    '<dl class="summary">',
    `<dt>${e(L.source)}</dt><dd>${e(src.name)} <span class="badge">${e(src.lang)}</span></dd>`,
    `<dt>${e(L.target)}</dt><dd>${e(tgt.name)} <span class="badge">${e(tgt.lang)}</span></dd>`,
    ...(input.date === undefined
      ? []
      : [
          `<dt>${e(L.date)}</dt><dd><time datetime="${e(input.date)}">${e(reportDate(input.date, lang))}</time></dd>`,
        ]),
    `<dt>${e(L.rows)}</dt><dd>${all.length}</dd>`,
    `<dt>${e(L.paired)}</dt><dd>${paired}</dd>`,
    `<dt>${e(L.confirmed)}</dt><dd>${confirmed}</dd>`,
    // Findings, then the fixes applied, in the Markdown report's order.
    `<dt>${e(L.findings)}</dt><dd>${findings}${
      byCategory.length === 0
        ? ''
        : ` — ${byCategory
            .map(([c, n]) => `<mark class="cat-${e(c)}">${e(L.categories[c] ?? c)}</mark> ${n}`)
            .join(', ')}`
    }</dd>`,
    `<dt>${e(L.fixes)}</dt><dd>${fixes}</dd>`,
    '</dl>',
    `<p class="legend">${e(L.legend)} <span><del>${e(L.deleted)}</del></span><span><ins>${e(L.inserted)}</ins></span></p>`,
    `<h2>${e(L.pairs)}</h2>`,
    '<table class="pairs">',
    `<thead><tr><th class="num">#</th><th>${e(L.source)} (${e(src.lang)})</th><th>${e(L.target)} (${e(tgt.lang)})</th><th>${e(L.confidence)}</th><th>${e(L.status)}</th></tr></thead>`,
    '<tbody>',
  );
  for (const row of rows) {
    // A row with one side empty pairs nothing: its confidence is no pairing's, and is not shown
    // (the workbench's table shows a dash there too).
    const pairedRow = isPairedRow(row);
    const cls = [row.status, pairedRow && row.confidence < low ? 'low' : ''].filter(Boolean).join(' ');
    out.push(
      `<tr class="${cls}" id="pair-${row.index + 1}">`,
      `<td class="num">${row.index + 1}</td>`,
      `<td class="text" lang="${e(src.lang)}" dir="auto">${sideHtml(row.source, 'source', L, lang)}</td>`,
      `<td class="text" lang="${e(tgt.lang)}" dir="auto">${sideHtml(row.target, 'target', L, lang)}</td>`,
      `<td class="conf num">${pairedRow ? decimalOf(formatConfidence(row.confidence), lang) : '—'}</td>`,
      `<td><span class="badge ${row.status}">${e(L.statuses[row.status])}</span></td>`,
      '</tr>',
    );
  }
  out.push('</tbody>', '</table>');
  if (options.quotes) {
    out.push(
      `<h2>${e(L.quoteTracing)}</h2>`,
      '<table class="quotes">',
      `<thead><tr><th class="num">#</th><th>${e(L.quote)}</th><th>${e(L.document)}</th><th>${e(L.traced)}</th><th>${e(L.similarity)}</th><th>${e(L.verdict)}</th><th>${e(L.evidence)}</th></tr></thead>`,
      '<tbody>',
    );
    for (const [i, q] of options.quotes.entries()) {
      out.push(
        '<tr>',
        `<td class="num">${i + 1}</td>`,
        // The speaker on a line of its own: after the unmarked quotation it read as its last words.
        `<td dir="auto">${e(q.quote)}${q.speaker ? `<br><span class="speaker">— ${e(q.speaker)}</span>` : ''}</td>`,
        `<td>${e(q.document ?? '')}${q.line === undefined ? '' : `${q.document ? ', ' : ''}${e(L.line)} ${q.line}`}</td>`,
        `<td dir="auto">${q.source === undefined ? `<em>${e(L.notFound)}</em>` : e(q.source)}${
          q.sourceDocument === undefined ? '' : ` <span class="badge">${e(q.sourceDocument)}</span>`
        }</td>`,
        `<td class="num">${q.similarity === undefined ? '' : decimalOf(formatConfidence(q.similarity), lang)}</td>`,
        `<td>${e(q.verdict ?? '')}</td>`,
        `<td dir="auto">${(q.evidence ?? []).map(e).join('<br>')}</td>`,
        '</tr>',
      );
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function categoryStyles(): string {
  return Object.entries(CATEGORY_COLOURS)
    .map(([c, colour]) => `mark.cat-${c} { background: ${colour}; }`)
    .join('\n');
}

export function isFlagged(row: PairRow): boolean {
  const side = (s: RowSide) => s.findings.length > 0 || s.fixes.length > 0 || s.original !== s.text;
  return side(row.source) || side(row.target);
}

/** A colon as the report's language writes it (French: a no-break space before). */
export function colonOf(lang: string): string {
  return lang === 'fr' || lang.startsWith('fr-') ? '\u00a0: ' : ': ';
}

/** A decimal as the report's language writes it (French: 0,999). */
export function decimalOf(text: string, lang: string): string {
  return lang === 'fr' || lang.startsWith('fr-') ? text.replace('.', ',') : text;
}

/**
 * A finding in one line (a highlight's tooltip): severity and category in the report's words,
 * with the colons of its language (`lang`, English by default).
 */
export function findingTitle(
  f: Finding,
  labels: ReviewLabels = DEFAULT_REVIEW_LABELS,
  lang = 'en',
  message?: string,
): string {
  const expected = f.expected === undefined ? '' : ` → ${visibleSpaces(f.expected)}`;
  const severity = labels.severities[f.severity] ?? f.severity;
  const colon = colonOf(lang);
  const category = labels.categories[f.category] ?? f.category;
  // Its words when given (they say what is wrong); else the rule code and the passage.
  if (message !== undefined) return `${severity}${colon}${category}${colon}${message}`;
  return `${severity}${colon}${category}/${f.rule}${colon}${visibleSpaces(f.actual)}${expected}`;
}

/** A note's text, escaped, its invisible characters marked and named (`⍽` no-break space…). */
/** What a passage becomes: its text, or the word for a deletion (an empty box said nothing). */
function replacementHtml(text: string, L: ReviewLabels): string {
  return text === '' ? `<em>(${escapeHtml(L.deleted)})</em>` : `<code>${noteHtml(text, L)}</code>`;
}

function noteHtml(text: string, L: ReviewLabels): string {
  return visibleSpaceRuns(text)
    .map((r) => {
      if (typeof r === 'string') return escapeHtml(r);
      const name = escapeHtml(L.spaces?.[r.name] ?? DEFAULT_REVIEW_LABELS.spaces[r.name]);
      return `<span class="ws" role="img" aria-label="${name}" title="${name}">${r.mark}</span>`;
    })
    .join('');
}

function sideHtml(side: RowSide, name: string, L: ReviewLabels, lang: string): string {
  const e = escapeHtml;
  const messages = new Map(side.findings.map((x) => [x.finding, x.message]));
  let html = '';
  for (const run of trackedRuns(side.original, side.text, side.findings, side.unchanged)) {
    let piece = e(run.text);
    // White space alone (a no-break space put in, a double space taken out) gets a visible box.
    const ws = run.text.trim() === '' ? ' class="ws"' : '';
    if (run.kind === 'deleted') piece = `<del${ws}>${piece}</del>`;
    else if (run.kind === 'inserted') piece = `<ins${ws}>${piece}</ins>`;
    const f = run.findings[0];
    if (f) {
      const severe = run.findings.some((x) => x.severity === 'error') ? ' sev-error' : '';
      const titles = run.findings.map((x) => findingTitle(x, L, lang, messages.get(x)));
      piece = `<mark class="cat-${e(f.category)}${severe}" title="${e(titles.join('\n'))}">${piece}</mark>`;
    }
    html += piece;
  }
  const notes = [
    // A finding in words when it has them (the rule code in the tooltip), else its rule code.
    ...side.findings.map(
      ({ finding: f, message }) =>
        `<li class="${e(f.severity)}"${message === undefined ? '' : ` title="${e(f.rule)}"`}><mark class="cat-${e(f.category)}">${e(L.categories[f.category] ?? f.category)}</mark> ${e(message ?? f.rule)}${colonOf(lang)}<code>${noteHtml(f.actual, L)}</code>${
          f.expected === undefined ? '' : ` → ${replacementHtml(f.expected, L)}`
        }</li>`,
    ),
    ...side.fixes.map(
      (f) =>
        `<li class="fix">✓ ${e(f.rule)}${colonOf(lang)}<code>${noteHtml(f.before, L)}</code> → ${replacementHtml(f.after, L)}</li>`,
    ),
  ];
  if (notes.length > 0) html += `<ul class="notes" data-side="${name}">${notes.join('')}</ul>`;
  return html;
}
