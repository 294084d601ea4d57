/**
 * Plain text of an HTML page or fragment, for segmentation: one paragraph per line. Read with
 * htmlparser2's tokenizer (pure JavaScript: it runs in Node, workers and the page and never
 * builds a DOM, loads a resource or executes a script).
 *
 * The tokenizer is driven directly rather than through htmlparser2's `Parser`: the parser keeps
 * its open elements with `Array.unshift` and scans them from the front, which makes a page of
 * 100,000 nested elements take a minute (quadratic). Here the open elements are a plain stack
 * (push/pop), and a closing tag looks for its element among the top few only, so the time is
 * linear in the page size whatever its nesting.
 */
import { Tokenizer } from 'htmlparser2';

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
  'textarea',
  'noembed',
  'noframes',
]);
// Elements that start and end a paragraph (HTML's block-level and sectioning elements).
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre ' +
    'section summary table tbody td tfoot th thead title tr ul legend option'
  ).split(' '),
);
// Table cells stay on their row's line, separated by a space.
const CELLS = new Set(['td', 'th']);
// Elements without content or closing tag.
const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);
// What may stay inside <head>; any other element closes it (as in browsers, so that a page
// without `</head><body>` does not lose its body).
const HEAD_CONTENT = new Set('title meta link style script base noscript template'.split(' '));
/** A closing tag is matched against this many open elements at most (error recovery bound). */
const CLOSE_SEARCH = 64;

interface Open {
  readonly name: string;
  /** Its content is dropped (it or an ancestor is dropped or hidden). */
  readonly dropped: boolean;
}

/** True for an element the page hides: `hidden`, `aria-hidden="true"`, inline `display:none`. */
function isHidden(attribs: ReadonlyMap<string, string>): boolean {
  if (attribs.has('hidden')) return true;
  if (attribs.get('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = attribs.get('style')?.replace(/\s+/g, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Whether `text` is an HTML page whatever its file's name (a web page saved as .txt): it begins,
 * after white space, an XML declaration and comments, with `<!DOCTYPE html` or `<html`.
 */
export function looksLikeHtml(text: string): boolean {
  return /^\ufeff?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(
    text.slice(0, 4096),
  );
}

/**
 * Extract the text of `html`: block elements become paragraphs (one per line), `<br>` a line
 * break, script/style/noscript/template/iframe, `<head>` and hidden elements are dropped,
 * entities decoded and runs of spaces collapsed (U+00A0 is kept: French typography needs it).
 */
export function extractHtmlText(html: string): string {
  // No tag, comment or doctype at all: a text file named .html (a report saved under the wrong
  // name). Read as HTML, its line breaks were spaces and every paragraph ran into one: each
  // line is a paragraph (entities still decoded, spaces collapsed).
  if (!/<[A-Za-z!?/]/.test(html)) {
    return extractHtmlText(
      html
        .split(/\r\n?|\n/)
        .map((line) => `<p>${line}</p>`)
        .join(''),
    );
  }
  const lines: string[] = [];
  let current = '';
  const stack: Open[] = [];
  // Open <head> elements on the stack (kept as a count: scanning the stack would be quadratic).
  let heads = 0;
  let preDepth = 0;
  // The tag being read: its name and attributes.
  let tagName = '';
  let attribs = new Map<string, string>();
  let attribName = '';
  let attribValue = '';

  const isDropped = (): boolean => stack[stack.length - 1]?.dropped === true;
  const flush = (): void => {
    const line = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line !== '' && !/^[\s\u200b]*$/u.test(line)) lines.push(line);
    current = '';
  };
  const addText = (data: string): void => {
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
  };
  /** Pop the top element and apply the effects of its end on the text. */
  const pop = (): void => {
    const el = stack.pop();
    if (!el) return;
    if (el.name === 'head') heads--;
    if (el.dropped) return;
    if (CELLS.has(el.name)) current += ' ';
    else if (BLOCKS.has(el.name)) {
      flush();
      if (el.name === 'pre' && preDepth > 0) preDepth--;
    }
  };
  const closeElement = (name: string): void => {
    // The nearest open element of that name among the top few; a stray closing tag is ignored.
    const lowest = Math.max(0, stack.length - CLOSE_SEARCH);
    for (let i = stack.length - 1; i >= lowest; i--) {
      if (stack[i]!.name !== name) continue;
      while (stack.length > i) pop();
      return;
    }
  };
  const openElement = (name: string, attrs: ReadonlyMap<string, string>): void => {
    if (heads > 0 && (name === 'body' || !HEAD_CONTENT.has(name))) closeElement('head');
    const dropped = isDropped() || DROPPED.has(name) || isHidden(attrs);
    if (!dropped) {
      if (name === 'br') flush();
      else if (CELLS.has(name) || name === 'img') current += ' ';
      else if (BLOCKS.has(name)) {
        flush();
        if (name === 'pre') preDepth++;
      }
    }
    if (VOID.has(name)) return;
    stack.push({ name, dropped });
    if (name === 'head') heads++;
  };

  const endAttribute = (): void => {
    if (attribName !== '') attribs.set(attribName, attribValue);
    attribName = '';
    attribValue = '';
  };
  const slice = (start: number, end: number): string => html.slice(start, end);
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (start, end) => addText(slice(start, end)),
      ontextentity: (cp) => addText(String.fromCodePoint(cp)),
      onopentagname: (start, end) => {
        tagName = slice(start, end).toLowerCase();
        attribs = new Map();
      },
      onattribname: (start, end) => {
        attribName = slice(start, end).toLowerCase();
        attribValue = '';
      },
      onattribdata: (start, end) => {
        attribValue += slice(start, end);
      },
      onattribentity: (cp) => {
        attribValue += String.fromCodePoint(cp);
      },
      onattribend: () => endAttribute(),
      onopentagend: () => openElement(tagName, attribs),
      // HTML ignores the slash of `<div/>`: the element stays open (void ones never open).
      onselfclosingtag: () => openElement(tagName, attribs),
      onclosetag: (start, end) => {
        const name = slice(start, end).toLowerCase();
        if (name === 'br')
          flush(); // `</br>` is read as `<br>` by browsers
        else closeElement(name);
      },
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  flush();
  return lines.join('\n');
}
