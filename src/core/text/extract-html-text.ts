/**
 * Plain text of an HTML page or fragment, for segmentation: one paragraph per line. Parsed with
 * htmlparser2 (a tokenizer, pure JavaScript: it runs in Node, workers and the page and never
 * builds a DOM, loads a resource or executes a script).
 */
import { Parser } from 'htmlparser2';

// Elements whose content is not text of the document.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'head',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
]);
// Elements that start and end a paragraph (HTML's block-level and sectioning elements).
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre ' +
    'section summary table tbody td tfoot th thead title tr ul legend option'
  ).split(' '),
);
// Table cells stay on their row's line, separated by a tab-like gap.
const CELLS = new Set(['td', 'th']);

/** True for an element the page hides: `hidden`, `aria-hidden="true"`, inline `display:none`. */
function isHidden(attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const style = attribs.style?.replace(/\s+/g, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Extract the text of `html`: block elements become paragraphs (one per line), `<br>` a line
 * break, script/style/noscript/template/iframe, `<head>` and hidden elements are dropped,
 * entities decoded and runs of spaces collapsed (U+00A0 is kept: French typography needs it).
 */
export function extractHtmlText(html: string): string {
  const lines: string[] = [];
  let current = '';
  // One entry per open element: whether its content is dropped. htmlparser2 reports a close
  // for every open (implied ones and void elements included), so the stack stays balanced.
  const dropped: boolean[] = [];
  let preDepth = 0;
  const isDropped = (): boolean => dropped[dropped.length - 1] === true;
  const flush = (): void => {
    const line = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line !== '' && !/^[\s\u200b]*$/u.test(line)) lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const drop = isDropped() || DROPPED.has(name) || isHidden(attribs);
        dropped.push(drop);
        if (drop) return;
        if (name === 'br') {
          flush();
        } else if (CELLS.has(name) || name === 'img') {
          current += ' ';
        } else if (BLOCKS.has(name)) {
          flush();
          if (name === 'pre') preDepth++;
        }
      },
      ontext(data) {
        if (isDropped()) return;
        if (preDepth > 0 && /[\n\r]/.test(data)) {
          // Preformatted text keeps its lines.
          data.split(/\r\n|[\n\r]/).forEach((part, i) => {
            if (i > 0) flush();
            current += part;
          });
          return;
        }
        current += data;
      },
      onclosetag(name) {
        const drop = dropped.pop() === true;
        if (drop) return;
        if (CELLS.has(name)) current += ' ';
        else if (BLOCKS.has(name)) {
          flush();
          if (name === 'pre' && preDepth > 0) preDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}
