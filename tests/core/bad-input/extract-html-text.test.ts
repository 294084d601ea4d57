import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../../src/core/text/extract-html-text.ts';

describe('extractHtmlText on hostile HTML', () => {
  it('drops scripts and event handlers and keeps the text around them', () => {
    const html =
      '<p>Avant <script>alert(1)</script>après.</p><p>Image <img src=x onerror="alert(2)"> piégée.</p>' +
      '<p><a href="javascript:alert(3)" onclick="alert(4)">Lien</a></p><svg onload=alert(5)><script>alert(6)</script></svg>';
    const text = extractHtmlText(html);
    expect(text).not.toMatch(/alert|onerror|onclick|javascript:/);
    expect(text.split('\n')).toEqual(['Avant après.', 'Image piégée.', 'Lien']);
  });

  it('is not fooled by a fake end tag in a script string, comments or upper case', () => {
    const html =
      '<p>Un</p><SCRIPT>var s = "<p>faux</p>"; alert(1)</SCRIPT><!-- <script>alert(2)</script> --><p>Deux</p>' +
      '<style>p::after{content:"</p>caché"}</style><noscript><p>Sans JS</p></noscript>';
    expect(extractHtmlText(html).split('\n')).toEqual(['Un', 'Deux']);
  });

  it('drops everything after an unclosed script instead of reading code as text', () => {
    const text = extractHtmlText('<p>Texte</p><script>alert(1); document.write("<p>x</p>")');
    expect(text).toBe('Texte');
  });

  it('keeps escaped markup as literal text (the caller escapes it on output)', () => {
    expect(extractHtmlText('<p>Le code &lt;script&gt;alert(1)&lt;/script&gt; est cité.</p>')).toBe(
      'Le code <script>alert(1)</script> est cité.',
    );
  });

  it('survives broken markup: unclosed tags, stray end tags, bad entities, NUL', () => {
    const html = '<div><p>Un <b>gras <i>mal</b> fermé</p></td></table>&bogus; &#0; &#xD800; \u0000fin';
    const text = extractHtmlText(html);
    expect(text).toContain('Un gras mal fermé');
    expect(text).toContain('fin');
  });

  it('handles 5,000 nested elements without a stack overflow', () => {
    const html = `${'<div><span>'.repeat(2_500)}profond${'</span></div>'.repeat(2_500)}`;
    expect(extractHtmlText(html)).toBe('profond');
  });

  it('returns empty text for empty, white-space and tag-only input', () => {
    for (const html of [
      '',
      '   ',
      '<p></p><div>\u00a0</div>',
      '<script></script>',
      '<!DOCTYPE html><html></html>',
    ]) {
      expect(extractHtmlText(html).trim()).toBe('');
    }
  });
});
