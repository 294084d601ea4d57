import { describe, expect, it } from 'vitest';
import { extractHtmlText, looksLikeHtml } from '../../../src/core/text/extract-html-text.ts';

describe('extractHtmlText', () => {
  it('makes one line per block element and drops scripts, styles and the head', () => {
    const html = `<!doctype html><html><head><title>Site</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body>
      <h1>Amazon veut tout   vendre</h1>
      <div><p>Certains employés <b>d’Amazon</b> s’opposent.</p><p>Maintenant,
      les manifestations s’intensifient.</p></div>
      <noscript>Activez JavaScript</noscript><template><p>hidden</p></template>
      <iframe src="https://example.com"></iframe>
      <ul><li>Cesser de vendre</li><li>Cesser de fournir</li></ul></body></html>`;
    expect(extractHtmlText(html).split('\n')).toEqual([
      'Amazon veut tout vendre',
      'Certains employés d’Amazon s’opposent.',
      'Maintenant, les manifestations s’intensifient.',
      'Cesser de vendre',
      'Cesser de fournir',
    ]);
  });

  it('decodes entities and keeps non-breaking spaces', () => {
    expect(extractHtmlText('<p>&laquo;&nbsp;Non&nbsp;&raquo; &amp; &#8217;&#x2019;</p>')).toBe(
      '«\u00a0Non\u00a0» & ’’',
    );
  });

  it('turns <br> into a line break and skips lines that hold only spaces', () => {
    expect(extractHtmlText('<p>One<br>Two<br/>&nbsp;<br>Three</p>')).toBe('One\nTwo\nThree');
  });

  it('never executes anything and survives broken markup', () => {
    const html = '<p onclick="boom()">Text <img src=x onerror="boom()"> here<script>boom()</p><p>after';
    expect(extractHtmlText(html)).toBe('Text here');
    expect(extractHtmlText('<div><p>Unclosed <b>bold</div> tail')).toBe('Unclosed bold\ntail');
    expect(extractHtmlText('')).toBe('');
  });

  it('drops hidden elements', () => {
    const html =
      '<p>Shown</p><div hidden><p>Hidden</p></div><p aria-hidden="true">Icon</p>' +
      '<p style="display: none">Gone</p><p>Also <span style="visibility:hidden">x</span>shown</p>';
    expect(extractHtmlText(html)).toBe('Shown\nAlso shown');
  });

  it('reads a page that never closes its head, and </br> as a line break', () => {
    expect(extractHtmlText('<html><head><title>T</title><meta charset=utf-8><p>Body text</p></br>Next')).toBe(
      'Body text\nNext',
    );
  });

  it('ignores stray closing tags and closes what is left open at the end', () => {
    expect(extractHtmlText('</div></p>Start<div>One<span>two</div></li>Three')).toBe('Start\nOnetwo\nThree');
  });

  it("reads 100,000 nested elements (linear: htmlparser2's Parser is quadratic here)", () => {
    const html = `${'<div><span>'.repeat(50_000)}deep text${'</span></div>'.repeat(50_000)}<p>after</p>`;
    expect(extractHtmlText(html)).toBe('deep text\nafter');
  });

  it('keeps the lines of preformatted text', () => {
    expect(extractHtmlText('<pre>line one\nline two</pre>')).toBe('line one\nline two');
  });

  it('reads a text file named .html (no tag at all) one paragraph a line, not as one paragraph', () => {
    expect(
      extractHtmlText('Premier paragraphe.\r\n\r\nDeuxième  paragraphe.\nTroisième &amp; dernier.\n'),
    ).toBe('Premier paragraphe.\nDeuxième paragraphe.\nTroisième & dernier.');
    // One tag is enough to read the file as HTML.
    expect(extractHtmlText('Un.\nDeux.<br>Trois.')).toBe('Un. Deux.\nTrois.');
  });

  it('tells an HTML page from text by its beginning, whatever the file is called', () => {
    for (const page of [
      '<!DOCTYPE html><html><body>x</body></html>',
      '\ufeff\n  <html lang="fr">\n<p>x',
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved --><!doctype HTML>',
    ])
      expect(looksLikeHtml(page), page).toBe(true);
    for (const text of ['Écrire <html> en tête.', '<p>Un fragment</p>', '<htmlx>', '<tmx version="1.4">'])
      expect(looksLikeHtml(text), text).toBe(false);
  });
});
