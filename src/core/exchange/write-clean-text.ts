/**
 * The cleaned document: its current text in its paragraph layout (one paragraph per block,
 * separated by blank lines), with the fixes of the given findings applied and noise
 * paragraphs dropped (by default) — as plain text or as Markdown (text escaped so that it
 * renders literally). A paragraph is noise when `noise` findings cover at least half of it.
 * Fixes that overlap an earlier one, or cross a paragraph boundary, are skipped, and so are the
 * fixes of numbers and names read against the original: the person takes those one by one
 * (a number of another sentence made `1ere classe` `12ere classe`). A repeated paragraph is
 * kept (it may be a pull quote), unless it comes right after its original once the noise between
 * them is gone (a page's headline printed twice around a site banner: no pull quote stands
 * there); noise prefixes go only with the noise paragraphs.
 */
import { applyEdits } from '../model/apply-edits.ts';
import type { TextEdit } from '../model/document.ts';
import type { Finding } from '../model/finding.ts';
import type { ExportSide } from './pair-rows.ts';

export interface CleanTextOptions {
  /** Drop noise paragraphs (default true). */
  readonly dropNoise?: boolean;
  /** Apply the fixes of `side.findings` (default true). */
  readonly applyFixes?: boolean;
  /** Markdown only: a level-1 heading. */
  readonly title?: string;
}

/** Categories whose fixes are never applied unasked (see the file's comment). */
const JUDGED: ReadonlySet<string> = new Set(['numbers', 'names']);

/**
 * Fixes that delete whole stretches of content. A repeated paragraph may be a deliberate pull
 * quote: never deleted unasked (as `fix` holds it back). Noise paragraphs and prefixes go with
 * `dropNoise`, and stay with it off. Taken as fixes, a repeated paragraph's deletion (which
 * ends past its paragraph, so was never applied) came first and blocked every fix inside it:
 * the sample's pull quote kept its `« œ` garbage in the clean text.
 */
const HELD_BACK: ReadonlySet<string> = new Set(['repeated-paragraph']);
const NOISE_REMOVALS: ReadonlySet<string> = new Set(['noise-paragraph', 'noise-prefix']);

/** The cleaned paragraphs, in order. */
export function cleanParagraphs(side: ExportSide, options: CleanTextOptions = {}): string[] {
  const { doc } = side;
  const findings = side.findings ?? [];
  const noise = findings.filter((f) => f.category === 'noise');
  // Paragraphs that copy an earlier one whole, by where they start.
  const copies = new Set(
    findings.filter((f) => f.rule === 'repeated-paragraph' && f.params.kind === 'copy').map((f) => f.span[0]),
  );
  const fixes: TextEdit[] = [];
  if (options.applyFixes ?? true) {
    let lastEnd = -1;
    const dropNoise = options.dropNoise ?? true;
    const applied = (f: Finding) =>
      !JUDGED.has(f.category) && !HELD_BACK.has(f.rule) && (dropNoise || !NOISE_REMOVALS.has(f.rule));
    const all = findings
      .flatMap((f) => (applied(f) ? (f.fix ?? []) : []))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    for (const e of all) {
      if (e.start < lastEnd) continue;
      fixes.push(e);
      lastEnd = e.end;
    }
  }
  const out: string[] = [];
  let k = 0;
  for (const p of doc.paragraphs) {
    const length = p.end - p.start;
    if (options.dropNoise ?? true) {
      let covered = 0;
      for (const f of noise)
        covered += Math.max(0, Math.min(f.span[1], p.end) - Math.max(f.span[0], p.start));
      if (length > 0 && covered * 2 >= length) continue;
    }
    while (k < fixes.length && fixes[k]!.start < p.start) k++;
    const local: TextEdit[] = [];
    for (let j = k; j < fixes.length && fixes[j]!.start <= p.end; j++) {
      const e = fixes[j]!;
      if (e.end <= p.end) local.push({ start: e.start - p.start, end: e.end - p.start, text: e.text });
    }
    const text = applyEdits(doc.text.slice(p.start, p.end), local);
    // A copy right after the same text: the same paragraph twice in a row, once is enough.
    if (copies.has(p.start) && out.length > 0 && out[out.length - 1] === text) continue;
    out.push(text);
  }
  return out;
}

/**
 * The cleaned document as plain text, with the line breaks of the file it was read from: a
 * Windows file (CRLF) comes back with CRLF throughout, not LF between paragraphs and CRLF
 * inside them.
 */
export function writeCleanText(side: ExportSide, options: CleanTextOptions = {}): string {
  const eol = side.doc.text.includes('\r\n') ? '\r\n' : '\n';
  const paragraphs = cleanParagraphs(side, options).map((p) => p.replace(/\r\n?|\n/g, eol));
  return paragraphs.length === 0 ? '' : `${paragraphs.join(eol + eol)}${eol}`;
}

/** The cleaned document as Markdown. */
export function writeCleanMarkdown(side: ExportSide, options: CleanTextOptions = {}): string {
  const blocks = cleanParagraphs(side, options).map(escapeMarkdown);
  if (options.title !== undefined) blocks.unshift(`# ${escapeMarkdown(options.title)}`);
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * Text that renders literally in CommonMark: inline markup characters are backslash-escaped
 * everywhere (`<` and `&` too: no raw HTML, no entities), block markers (`#`, `>`, `-`, `+`,
 * `1.`) at the start of a line; line breaks inside a paragraph become hard breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/\r\n?/g, '\n')
    .replace(/^([ \t]*)([#>+=-]|\d+(?=[.)]))/gm, (_m, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    )
    .replace(/\n/g, '\\\n');
}
