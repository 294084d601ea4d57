/**
 * A small, strict XML 1.0 writer. It refuses what would make a file malformed instead of
 * writing it: bad names, closing the wrong element, characters XML 1.0 cannot carry (most C0
 * controls, U+FFFE, U+FFFF, lone surrogates). Formats split such characters out first with
 * `splitXmlText` and write each one as their own inline code (TMX `<ph>`, XLIFF 2.0 `<cp>`).
 *
 * Elements holding text are "mixed": once text is written into one, its descendants are
 * written inline, so that no indentation whitespace ever enters a segment.
 */

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
/** An XML Name (BMP characters only: names outside the BMP are not used by any format here). */
export const XML_NAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`);

/** Code units XML 1.0 cannot hold, even as character references; surrogates only when unpaired. */
export const FORBIDDEN_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN_XML_CHAR.source, 'g');
/** A cheap first test (no look-around): false means no forbidden character; true means look closer. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Index of the first character XML 1.0 cannot hold, or -1. Fast on text without surrogates. */
export function findForbiddenXmlChar(text: string): number {
  if (!MAYBE_FORBIDDEN.test(text)) return -1;
  const m = FORBIDDEN_XML_CHAR.exec(text);
  return m ? m.index : -1;
}

/**
 * Split text into runs XML can carry (strings) and single forbidden code units (numbers),
 * in order. Text with nothing forbidden comes back as one string.
 */
export function splitXmlText(text: string): (string | number)[] {
  if (findForbiddenXmlChar(text) === -1) return [text];
  const out: (string | number)[] = [];
  let last = 0;
  for (const m of text.matchAll(FORBIDDEN_GLOBAL)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[0].charCodeAt(0));
    last = m.index + 1;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Escape character data. CR is written as `&#13;`, since parsers turn a literal CR into LF. */
export function escapeXmlText(text: string): string {
  assertXmlChars(text);
  if (!/[&<>\r]/.test(text)) return text;
  return text.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

/** Escape an attribute value (double-quoted). Tab, LF and CR become references, since parsers normalise them to spaces. */
export function escapeXmlAttr(text: string): string {
  assertXmlChars(text);
  if (!/[&<>"\t\n\r]/.test(text)) return text;
  return text.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function assertXmlChars(text: string): void {
  const at = findForbiddenXmlChar(text);
  if (at !== -1) {
    const hex = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    throw new RangeError(`U+${hex} cannot be written in XML 1.0 (at index ${at})`);
  }
}

/** Attribute list: written in the given order; `undefined` values are skipped. */
export type XmlAttrs = Readonly<Record<string, string | undefined>>;

interface Open {
  readonly name: string;
  mixed: boolean;
  empty: boolean;
}

/** Builds one XML document as a string. */
export class XmlWriter {
  private readonly parts: string[] = [];
  private readonly stack: Open[] = [];
  /** How many open elements are mixed: inside one, nothing is indented. */
  private mixedDepth = 0;
  private rootClosed = false;

  constructor(doctype?: string) {
    this.parts.push('<?xml version="1.0" encoding="UTF-8"?>');
    if (doctype !== undefined) this.parts.push(`\n${doctype}`);
  }

  /** Open an element; a `mixed` one (a segment) has all its content written inline. */
  start(name: string, attrs: XmlAttrs = {}, mixed = false): this {
    this.beforeChild();
    this.parts.push(`<${checkName(name)}${formatAttrs(attrs)}`);
    this.stack.push({ name, mixed, empty: true });
    if (mixed) this.mixedDepth++;
    return this;
  }

  /** Close the innermost open element, which must be `name`. */
  end(name: string): this {
    const top = this.stack.pop();
    if (!top || top.name !== name)
      throw new Error(`closing <${name}> but <${top?.name ?? '(none)'}> is open`);
    if (top.mixed) this.mixedDepth--;
    if (top.empty) {
      this.parts.push('/>');
    } else {
      if (!top.mixed && this.mixedDepth === 0) this.newline(this.stack.length);
      this.parts.push(`</${name}>`);
    }
    if (this.stack.length === 0) this.rootClosed = true;
    return this;
  }

  /** An element with only text (or nothing) inside. */
  leaf(name: string, attrs: XmlAttrs = {}, text = ''): this {
    this.start(name, attrs, true);
    if (text !== '') this.text(text);
    return this.end(name);
  }

  /** Character data inside the current element (which becomes mixed). */
  text(text: string): this {
    const top = this.stack.at(-1);
    if (!top) throw new Error('text outside the root element');
    if (text === '') return this;
    if (top.empty) {
      this.parts.push('>');
      top.empty = false;
    }
    if (!top.mixed) {
      top.mixed = true;
      this.mixedDepth++;
    }
    this.parts.push(escapeXmlText(text));
    return this;
  }

  /** The document. Every element must be closed. */
  toString(): string {
    if (this.stack.length > 0) throw new Error(`<${this.stack.at(-1)?.name}> is not closed`);
    return `${this.parts.join('')}\n`;
  }

  private beforeChild(): void {
    if (this.rootClosed) throw new Error('a second root element');
    const top = this.stack.at(-1);
    if (top?.empty) {
      this.parts.push('>');
      top.empty = false;
    }
    if (this.mixedDepth === 0) this.newline(this.stack.length);
  }

  private newline(depth: number): void {
    this.parts.push(`\n${'  '.repeat(depth)}`);
  }
}

const checkedNames = new Set<string>();

function checkName(name: string): string {
  if (checkedNames.has(name)) return name;
  if (!XML_NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
  if (checkedNames.size < 1000) checkedNames.add(name);
  return name;
}

function formatAttrs(attrs: XmlAttrs): string {
  let out = '';
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined) continue;
    out += ` ${checkName(key)}="${escapeXmlAttr(value)}"`;
  }
  return out;
}
