/**
 * A small, strict, non-validating XML 1.0 parser for exchange files (TMX, XLIFF). It builds a
 * light tree and rejects anything not well-formed, with the line and column of the fault:
 * mismatched or unclosed tags, duplicate attributes, bare `&` or `<`, undefined entities,
 * characters XML forbids, text outside the root, `--` in comments, `]]>` in text.
 *
 * Safety: no entity is ever expanded except the five predefined ones and character
 * references, and a DOCTYPE that declares entities is refused outright — so "billion laughs"
 * expansion bombs and external-entity (XXE) reads cannot happen. External DTDs are never
 * fetched; a DOCTYPE's other declarations (attribute defaults) are ignored. Nesting is capped.
 * Line ends are normalised to LF as XML requires; offsets are into the normalised text.
 */
import {
  ExchangeError,
  type ExchangeErrorParams,
  type ExchangeErrorReason,
  lineColumnAt,
} from './exchange-error.ts';
import { findForbiddenXmlChar } from './xml-writer.ts';

/** An element: its name as written (with any prefix), attributes, children, and where it starts. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** Offset of its `<` in `XmlDocument.text`. */
  readonly offset: number;
}

/** A child: an element or a run of character data (adjacent runs are merged). */
export type XmlNode = XmlElement | string;

/** A parsed document. */
export interface XmlDocument {
  readonly root: XmlElement;
  /** The parsed text, line ends normalised to LF. */
  readonly text: string;
  /** The `encoding` of the XML declaration, lower-cased, if any. */
  readonly declaredEncoding: string | undefined;
}

export interface ParseXmlOptions {
  /** Deepest nesting accepted (default 256). */
  readonly maxDepth?: number;
  /**
   * Called when an element closes, with its open ancestors (root first) and the parsed text
   * (for error positions). Return true to drop the element from the tree: readers handle each
   * unit as it closes and let it go, so that memory stays flat on files of 100,000 units.
   */
  readonly onClose?: (element: XmlElement, ancestors: readonly XmlElement[], text: string) => boolean;
}

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'y');
const SPACE = /[ \t\n]*/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Parse `input` (already decoded text), or throw an `ExchangeError` with line and column. */
export function parseXml(input: string, options: ParseXmlOptions = {}): XmlDocument {
  return new Parser(input, options.maxDepth ?? 256, options.onClose).parse();
}

class Parser {
  private readonly text: string;
  private pos = 0;
  private readonly stack: XmlElement[] = [];
  private root: XmlElement | undefined;
  private declaredEncoding: string | undefined;
  private doctypeSeen = false;

  constructor(
    input: string,
    private readonly maxDepth: number,
    private readonly onClose: ParseXmlOptions['onClose'],
  ) {
    let text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.text = text;
  }

  parse(): XmlDocument {
    const { text } = this;
    const bad = findForbiddenXmlChar(text);
    if (bad !== -1) {
      const hex = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
      this.fail(bad, 'xml-forbidden-char', { hex });
    }
    if (text.startsWith('<?xml') && /[ \t\n?]/.test(text[5] ?? '')) this.declaration();
    const n = text.length;
    while (this.pos < n) {
      const lt = text.indexOf('<', this.pos);
      const end = lt === -1 ? n : lt;
      if (end > this.pos) this.characters(this.pos, end);
      if (lt === -1) break;
      this.pos = lt;
      const c = text.charCodeAt(lt + 1);
      if (c === 0x2f /* / */) this.endTag();
      else if (c === 0x21 /* ! */) this.markup();
      else if (c === 0x3f /* ? */) this.processingInstruction();
      else this.startTag();
    }
    if (this.stack.length > 0) {
      const open = this.stack.at(-1)!;
      this.fail(n, 'xml-eof-in-element', { name: open.name, ...this.opened(open.offset) });
    }
    if (!this.root) this.fail(n, 'xml-no-root');
    return { root: this.root, text, declaredEncoding: this.declaredEncoding };
  }

  private declaration(): void {
    const close = this.text.indexOf('?>');
    if (close === -1) this.fail(0, 'xml-unterminated-declaration');
    const decl = this.text.slice(5, close);
    const version = /\bversion\s*=\s*(["'])([^"']*)\1/.exec(decl);
    if (!version) this.fail(0, 'xml-declaration-no-version');
    if (!/^1\.\d+$/.test(version[2] ?? '')) this.fail(0, 'xml-version', { version: version[2] ?? '' });
    const encoding = /\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(decl);
    this.declaredEncoding = encoding?.[2]?.toLowerCase();
    this.pos = close + 2;
  }

  private characters(from: number, to: number): void {
    const top = this.stack.at(-1);
    if (!top) {
      for (let i = from; i < to; i++) {
        const c = this.text.charCodeAt(i);
        if (c !== 0x20 && c !== 0x0a && c !== 0x09) {
          this.fail(i, this.root ? 'xml-text-after-root' : 'xml-text-before-root');
        }
      }
      return;
    }
    const raw = this.text.slice(from, to);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd !== -1) this.fail(from + cdataEnd, 'xml-cdata-end-in-text');
    const value = raw.includes('&') ? this.decodeRefs(raw, from) : raw;
    const last = top.children.length - 1;
    if (last >= 0 && typeof top.children[last] === 'string') top.children[last] += value;
    else top.children.push(value);
  }

  private decodeRefs(raw: string, base: number): string {
    let out = '';
    let last = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', last)) {
      const semi = raw.indexOf(';', amp);
      if (semi === -1 || semi - amp > 40) this.fail(base + amp, 'xml-bare-ampersand');
      const ref = raw.slice(amp + 1, semi);
      out += raw.slice(last, amp);
      if (ref.startsWith('#')) {
        const code = /^#x[0-9A-Fa-f]+$/.test(ref)
          ? Number.parseInt(ref.slice(2), 16)
          : /^#[0-9]+$/.test(ref)
            ? Number.parseInt(ref.slice(1), 10)
            : Number.NaN;
        if (!isXmlCodePoint(code)) this.fail(base + amp, 'xml-bad-char-ref', { ref });
        out += String.fromCodePoint(code);
      } else {
        const value = PREDEFINED[ref];
        if (value === undefined) {
          this.fail(base + amp, 'xml-undefined-entity', { ref });
        }
        out += value;
      }
      last = semi + 1;
    }
    return out + raw.slice(last);
  }

  private name(at: number, reason: ExchangeErrorReason, params: ExchangeErrorParams = {}): string {
    NAME.lastIndex = at;
    const m = NAME.exec(this.text);
    if (!m) this.fail(at, reason, params);
    return m[0];
  }

  private skipSpace(at: number): number {
    SPACE.lastIndex = at;
    SPACE.exec(this.text);
    return SPACE.lastIndex;
  }

  private startTag(): void {
    const { text } = this;
    const lt = this.pos;
    const parent = this.stack.at(-1);
    if (!parent && this.root) this.fail(lt, 'xml-second-root');
    const name = this.name(lt + 1, 'xml-expected-element-name');
    const attrs: Record<string, string> = {};
    let p = lt + 1 + name.length;
    for (;;) {
      const afterSpace = this.skipSpace(p);
      const c = text[afterSpace];
      if (c === '>' || (c === '/' && text[afterSpace + 1] === '>')) {
        p = afterSpace;
        break;
      }
      if (c === undefined) this.fail(afterSpace, 'xml-eof-in-tag', { name });
      if (afterSpace === p) this.fail(p, 'xml-expected-space', { name });
      const attr = this.name(afterSpace, 'xml-expected-attribute-name', { name });
      let q = this.skipSpace(afterSpace + attr.length);
      if (text[q] !== '=') this.fail(q, 'xml-expected-equals', { attr });
      q = this.skipSpace(q + 1);
      const quote = text[q];
      if (quote !== '"' && quote !== "'") this.fail(q, 'xml-unquoted-value', { attr });
      const close = text.indexOf(quote, q + 1);
      if (close === -1) this.fail(q, 'xml-unterminated-value', { attr });
      const raw = text.slice(q + 1, close);
      const lessThan = raw.indexOf('<');
      if (lessThan !== -1) this.fail(q + 1 + lessThan, 'xml-less-than-in-value', { attr });
      if (Object.hasOwn(attrs, attr)) this.fail(afterSpace, 'xml-duplicate-attribute', { attr });
      // Attribute-value normalisation (XML 1.0 §3.3.3): literal white space becomes a space.
      const spaced = /[\t\n]/.test(raw) ? raw.replace(/[\t\n]/g, ' ') : raw;
      const value = spaced.includes('&') ? this.decodeRefs(spaced, q + 1) : spaced;
      // A plain object is fastest; `__proto__` must not reach its setter.
      if (attr === '__proto__') Object.defineProperty(attrs, attr, { value, enumerable: true });
      else attrs[attr] = value;
      p = close + 1;
    }
    const element: XmlElement = { name, attrs, children: [], offset: lt };
    if (parent) parent.children.push(element);
    else this.root = element;
    if (text[p] === '/') {
      this.pos = p + 2;
      if (parent && this.onClose?.(element, this.stack, text)) parent.children.pop();
      return;
    }
    if (this.stack.length >= this.maxDepth) this.fail(lt, 'xml-too-deep', { depth: this.maxDepth });
    this.stack.push(element);
    this.pos = p + 1;
  }

  private endTag(): void {
    const lt = this.pos;
    const name = this.name(lt + 2, 'xml-expected-end-tag-name');
    const p = this.skipSpace(lt + 2 + name.length);
    if (this.text[p] !== '>') this.fail(p, 'xml-expected-end-tag-close', { name });
    const open = this.stack.pop();
    if (!open) this.fail(lt, 'xml-closes-nothing', { name });
    if (open.name !== name) {
      this.fail(lt, 'xml-mismatched-tag', { name, open: open.name, ...this.opened(open.offset) });
    }
    this.pos = p + 1;
    const parent = this.stack.at(-1);
    if (parent && this.onClose?.(open, this.stack, this.text)) parent.children.pop();
  }

  private markup(): void {
    const { text } = this;
    const lt = this.pos;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close === -1) this.fail(lt, 'xml-unterminated-comment');
      const dashes = text.indexOf('--', lt + 4);
      if (dashes < close) this.fail(dashes, 'xml-double-dash-in-comment');
      this.pos = close + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const top = this.stack.at(-1);
      if (!top) this.fail(lt, 'xml-cdata-outside-root');
      const close = text.indexOf(']]>', lt + 9);
      if (close === -1) this.fail(lt, 'xml-unterminated-cdata');
      const value = text.slice(lt + 9, close);
      const last = top.children.length - 1;
      if (last >= 0 && typeof top.children[last] === 'string') top.children[last] += value;
      else top.children.push(value);
      this.pos = close + 3;
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      this.doctype();
    } else {
      this.fail(lt, 'xml-unexpected-markup');
    }
  }

  private doctype(): void {
    const { text } = this;
    const lt = this.pos;
    if (this.root || this.doctypeSeen) this.fail(lt, 'xml-misplaced-doctype');
    this.doctypeSeen = true;
    let p = lt + '<!DOCTYPE'.length;
    let quote = '';
    let subsetStart = -1;
    for (; p < text.length; p++) {
      const c = text[p];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '[' && subsetStart === -1) {
        subsetStart = p;
        p = this.internalSubset(p + 1);
      } else if (c === '>') {
        this.pos = p + 1;
        return;
      }
    }
    this.fail(lt, 'xml-unterminated-doctype');
  }

  /** Scan an internal subset; refuse entity declarations. Returns the offset of its closing `]`. */
  private internalSubset(from: number): number {
    const { text } = this;
    let quote = '';
    for (let p = from; p < text.length; p++) {
      const c = text[p];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (text.startsWith('<!--', p)) {
        const close = text.indexOf('-->', p + 4);
        if (close === -1) this.fail(p, 'xml-unterminated-comment');
        p = close + 2;
      } else if (text.startsWith('<!ENTITY', p)) {
        const { line, column } = lineColumnAt(text, p);
        throw new ExchangeError('entity', 'xml-entity-declared', {}, line, column);
      } else if (c === ']') {
        return p;
      }
    }
    this.fail(from, 'xml-unterminated-subset');
  }

  private processingInstruction(): void {
    const lt = this.pos;
    const target = this.name(lt + 2, 'xml-expected-pi-target');
    if (target.toLowerCase() === 'xml') this.fail(lt, 'xml-misplaced-declaration');
    const close = this.text.indexOf('?>', lt + 2);
    if (close === -1) this.fail(lt, 'xml-unterminated-pi');
    this.pos = close + 2;
  }

  /** Where an element was opened, as message parameters. */
  private opened(offset: number): { openLine: number; openColumn: number } {
    const { line, column } = lineColumnAt(this.text, offset);
    return { openLine: line, openColumn: column };
  }

  private fail(offset: number, reason: ExchangeErrorReason, params: ExchangeErrorParams = {}): never {
    const { line, column } = lineColumnAt(this.text, offset);
    throw new ExchangeError('malformed', reason, params, line, column);
  }
}

function isXmlCodePoint(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** The local part of a (possibly prefixed) name: `xml:lang` → `lang`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Child elements of `el`, optionally only those with local name `name`. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children)
    if (typeof c !== 'string' && (name === undefined || localName(c.name) === name)) out.push(c);
  return out;
}

/** All character data inside `el`, descendants included. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textContent(c);
  return out;
}
