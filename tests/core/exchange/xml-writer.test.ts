import { describe, expect, it } from 'vitest';
import { parseXml, textContent } from '../../../src/core/exchange/parse-xml.ts';
import {
  escapeXmlAttr,
  escapeXmlText,
  splitXmlText,
  XmlWriter,
} from '../../../src/core/exchange/xml-writer.ts';

describe('XmlWriter', () => {
  it('indents structure but writes mixed content inline, and self-closes empty elements', () => {
    const w = new XmlWriter();
    w.start('a', { x: '1' })
      .start('b', {}, true)
      .text('t ')
      .leaf('c', { d: 'e' })
      .text(' u')
      .end('b')
      .leaf('f')
      .end('a');
    expect(w.toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b>t <c d="e"/> u</b>\n  <f/>\n</a>\n',
    );
  });

  it('refuses to write a malformed document', () => {
    expect(() => new XmlWriter().start('a').end('b')).toThrow(/closing <b> but <a> is open/);
    expect(() => new XmlWriter().start('a').toString()).toThrow(/not closed/);
    expect(() => new XmlWriter().start('1a')).toThrow(/not an XML name/);
    expect(() => new XmlWriter().start('a', { 'b c': 'x' })).toThrow(/not an XML name/);
    expect(() => new XmlWriter().start('a').text('\u0001')).toThrow(/U\+0001 cannot be written/);
    expect(() => new XmlWriter().leaf('a').leaf('b')).toThrow(/second root/);
  });

  it('escapes text and attributes so that a parser gives back the same strings', () => {
    const text = 'a < b && c > d ]]> \r\n "q" \'s\' \t';
    const w = new XmlWriter();
    w.start('r', { v: text }, true).text(text).end('r');
    const { root } = parseXml(w.toString());
    expect(root.attrs.v).toBe(text);
    expect(textContent(root)).toBe(text);
    expect(escapeXmlText('x\ry')).toBe('x&#13;y');
    expect(escapeXmlAttr('\t\n')).toBe('&#9;&#10;');
  });

  it('splitXmlText isolates the code units XML cannot carry, keeping pairs of surrogates', () => {
    expect(splitXmlText('a\u0000b😀\ud800c\uffff')).toEqual(['a', 0, 'b😀', 0xd800, 'c', 0xffff]);
    expect(splitXmlText('plain « texte »')).toEqual(['plain « texte »']);
  });
});

describe('parseXml', () => {
  it('reads CDATA, character references, comments, processing instructions and a plain DOCTYPE', () => {
    const { root } = parseXml(
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- c --><?pi x?><r>&#x1F600;&#233;<![CDATA[<&>]]>&amp;</r>',
    );
    expect(textContent(root)).toBe('😀é<&>&');
  });

  it('normalises line ends to LF, and white space in attribute values to spaces', () => {
    const { root } = parseXml('<r a="x\r\ny\tz">1\r\n2\r3</r>');
    expect(root.attrs.a).toBe('x y z');
    expect(textContent(root)).toBe('1\n2\n3');
  });

  it('does not let an attribute named __proto__ touch the prototype', () => {
    const { root } = parseXml('<r __proto__="x" constructor="y"/>');
    expect(Object.getPrototypeOf(root.attrs)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(root.attrs, '__proto__')?.value).toBe('x');
    expect(root.attrs.constructor).toBe('y');
  });

  it('caps nesting depth', () => {
    expect(() => parseXml(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toThrow(/nested deeper than 256/);
  });
});
