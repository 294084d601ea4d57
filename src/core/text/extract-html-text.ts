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

/**
 * Extract the text of `html`: block elements become paragraphs (one per line), `<br>` a line
 * break, script/style/noscript/template/iframe (and `<head>`) are dropped, entities decoded and
 * runs of spaces collapsed (U+00A0 is kept: French typography needs it).
 */
export function extractHtmlText(html: string): string {
  const lines: string[] = [];
  let current = '';
  let dropDepth = 0;
  let preDepth = 0;
  const flush = (): void => {
    const line = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line !== '' && !/^[\s\u200b]*$/u.test(line)) lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) {
          dropDepth++;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'br') {
          flush();
        } else if (CELLS.has(name)) {
          current += ' ';
        } else if (BLOCKS.has(name)) {
          flush();
          if (name === 'pre') preDepth++;
        } else if (name === 'img') {
          current += ' ';
        }
      },
      ontext(data) {
        if (dropDepth > 0) return;
        if (preDepth > 0 && data.includes('\n')) {
          // Preformatted text keeps its lines.
          const parts = data.split(/\r\n|[\n\r]/);
          parts.forEach((part, i) => {
            if (i > 0) flush();
            current += part;
          });
          return;
        }
        current += data;
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          if (dropDepth > 0) dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (CELLS.has(name)) current += ' ';
        else if (BLOCKS.has(name)) {
          flush();
          if (name === 'pre' && preDepth > 0) preDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}
