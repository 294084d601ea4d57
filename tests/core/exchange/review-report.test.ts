// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ExportInput } from '../../../src/core/exchange/pair-rows.ts';
import { writeReviewReportMarkdown } from '../../../src/core/exchange/write-review-markdown.ts';
import { escapeHtml, writeReviewReportHtml } from '../../../src/core/exchange/write-review-report.ts';
import type { Finding } from '../../../src/core/model/finding.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { sampleInput } from './sample-input.ts';

const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned=2">',
  '</td></tr></table><h1>broken</h1>',
  '"><svg onload=alert(1)>',
  "' onmouseover='x",
  '&lt;already escaped&gt; &amp;',
  '<!-- comment --> <style>body{display:none}</style>',
  '| pipe | **bold** [link](javascript:alert(1))',
];

function hostileInput(): ExportInput {
  const srcText = HOSTILE.join('\n\n');
  const tgtText = HOSTILE.map((h) => `FR ${h}`).join('\n\n');
  const src = segmentDocument(srcText, { id: 's', name: '<b>evil</b>.txt', lang: 'en' });
  const tgt = segmentDocument(tgtText, { id: 't', name: 'x" onload="y.txt', lang: 'fr' });
  const p = tgt.paragraphs[0]!;
  const finding: Finding = {
    rule: 'html<rule>',
    category: 'noise',
    severity: 'error',
    docId: 't',
    span: [p.start + 3, p.start + 11],
    actual: '<script>',
    expected: '"></mark><script>',
    params: {},
  };
  return {
    source: { doc: src },
    // The original text differs: tracked changes must be escaped too.
    target: {
      doc: tgt,
      findings: [finding],
      originalText: tgtText.replace('FR <script>', 'FR <scr1pt>'),
      edits: [
        {
          start: p.start + 3,
          end: p.start + 11,
          text: '<script>',
          origin: 'manual',
          at: '2026-01-01T00:00:00.000Z',
        },
      ],
    },
    alignment: {
      level: 'paragraph',
      beads: src.paragraphs.map((_, i) => ({ src: [i], tgt: [i], confidence: 0.5 })),
    },
  };
}

describe('writeReviewReportHtml', () => {
  it('escapes every document text: hostile HTML neither runs nor changes the page structure', () => {
    const input = hostileInput();
    const html = writeReviewReportHtml(input, {
      quotes: [{ quote: '<script>q</script>', source: '<i>s</i>', document: '"d"', similarity: 0.5 }],
    });
    const dom = new DOMParser().parseFromString(html, 'text/html');
    expect(dom.querySelectorAll('script, img, svg, iframe, h1 ~ h1').length).toBe(0);
    expect(dom.querySelectorAll('style').length).toBe(1);
    expect(dom.querySelectorAll('h1').length).toBe(1);
    expect(dom.querySelectorAll('table.pairs tbody tr').length).toBe(HOSTILE.length);
    // Every attribute in the page is one we wrote.
    const attrs = new Set(
      [...dom.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)),
    );
    for (const a of attrs)
      expect([
        'lang',
        'charset',
        'http-equiv',
        'content',
        'name',
        'class',
        'id',
        'dir',
        'title',
        'data-side',
      ]).toContain(a);
    // The texts come out exactly as they went in (deleted runs aside).
    const cells = [...dom.querySelectorAll('table.pairs tbody tr')].map(
      (tr) => tr.querySelectorAll('td.text')[0]!.textContent,
    );
    expect(cells).toEqual(HOSTILE);
    const quote = dom.querySelector('table.quotes tbody td:nth-child(2)')!;
    expect(quote.textContent).toBe('<script>q</script>');
  });

  it('forbids scripts by Content-Security-Policy and loads nothing from outside', () => {
    const html = writeReviewReportHtml(sampleInput());
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
  });

  it('shows corrections as tracked changes and findings as highlights with their message', () => {
    const input = sampleInput();
    const dom = new DOMParser().parseFromString(writeReviewReportHtml(input), 'text/html');
    const fixes = input.target.edits!;
    expect(fixes.length).toBeGreaterThan(0);
    // Each applied fix shows as a deletion and/or an insertion.
    expect(dom.querySelectorAll('td.text del, td.text ins').length).toBeGreaterThanOrEqual(fixes.length);
    const marks = [...dom.querySelectorAll('td.text mark')].filter((m) => !m.closest('ul'));
    expect(marks.length).toBeGreaterThan(0);
    expect(
      marks.every((m) => /^cat-[a-z]+/.test(m.className) && (m.getAttribute('title') ?? '').length > 0),
    ).toBe(true);
    expect(dom.querySelectorAll('ul.notes li.fix').length).toBe(fixes.length);
  });

  it('makes the spaces of notes and tooltips visible, each mark named', () => {
    const dom = new DOMParser().parseFromString(writeReviewReportHtml(spacesInput()), 'text/html');
    const notes = [...dom.querySelectorAll('ul.notes li')].map((li) => li.textContent ?? '');
    expect(notes).toContain('Spacing nbsp-word-space: ⍽ → ␣');
    expect(notes).toContain('Spacing double-space: ␣␣ → ␣');
    const marks = [...dom.querySelectorAll('ul.notes span.ws')].map((m) => [
      m.textContent,
      m.getAttribute('title'),
    ]);
    expect(marks).toContainEqual(['⍽', 'no-break space']);
    expect(marks).toContainEqual(['␣', 'space']);
    const titles = [...dom.querySelectorAll('td.text mark[title]')].map((m) => m.getAttribute('title'));
    expect(titles).toContain('Note: Spacing/nbsp-word-space: ⍽ → ␣');
  });

  it('says its column headers in the report’s language, the texts’ cells in the documents’', () => {
    const dom = new DOMParser().parseFromString(writeReviewReportHtml(sampleInput()), 'text/html');
    expect(dom.documentElement.lang).toBe('en');
    // `Translation (fr)` is English words: tagged fr, a screen reader read it with a French voice.
    const heads = [...dom.querySelectorAll('table.pairs thead th')];
    expect(heads.map((th) => th.getAttribute('lang'))).toEqual([null, null, null, null, null]);
    const cells = [...dom.querySelectorAll('table.pairs tbody tr:first-child td.text')];
    expect(cells.map((td) => td.getAttribute('lang'))).toEqual(['en', 'fr']);
  });

  it('dates the report for a person, in its language: to the minute, UTC', () => {
    const input = { ...sampleInput(), date: '2026-11-24T05:27:38.454Z' };
    const md = writeReviewReportMarkdown(input, { labelLang: 'fr' });
    expect(md).toMatch(/^- \*\*Date\u00a0:\*\* 24 novembre 2026( à|,) 05:27 UTC$/m);
    expect(writeReviewReportMarkdown(input)).toMatch(
      /^- \*\*Date:\*\* November 24, 2026( at|,) 5:27\s?AM UTC$/m,
    );
    const dom = new DOMParser().parseFromString(
      writeReviewReportHtml(input, { labelLang: 'fr' }),
      'text/html',
    );
    const time = dom.querySelector('dl.summary time')!;
    expect(time.getAttribute('datetime')).toBe('2026-11-24T05:27:38.454Z');
    expect(time.textContent).toMatch(/^24 novembre 2026( à|,) 05:27 UTC$/);
  });

  it('is printable: print styles keep header rows and pairs whole', () => {
    const html = writeReviewReportHtml(sampleInput());
    expect(html).toMatch(/@media print \{[^}]*body/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; }');
  });

  it('tints the rows below the case’s confidence threshold, not below a fixed 0.5', () => {
    const input = paragraphPair(
      'One.\n\nTwo.\n\nThree.',
      'Un.\n\nDeux.\n\nTrois.',
      [0.3, 0.6, 0.9].map((confidence, i) => ({ src: [i], tgt: [i], confidence })),
    );
    const lowRows = (html: string) =>
      [...html.matchAll(/<tr class="([^"]*)" id="pair-(\d+)">/g)]
        .filter((m) => m[1]!.split(' ').includes('low'))
        .map((m) => Number(m[2]));
    expect(lowRows(writeReviewReportHtml(input))).toEqual([1]);
    expect(lowRows(writeReviewReportHtml(input, { lowConfidence: 0.7 }))).toEqual([1, 2]);
    expect(lowRows(writeReviewReportHtml(input, { lowConfidence: 0.2 }))).toEqual([]);
  });

  it('gives no confidence for a row with one side empty (it pairs nothing), in HTML and Markdown', () => {
    const input = paragraphPair('One.\n\nTwo.', 'Un.', [
      { src: [0], tgt: [0], confidence: 0.8 },
      { src: [1], tgt: [], confidence: 0.3 },
    ]);
    const html = writeReviewReportHtml(input);
    expect([...html.matchAll(/<td class="conf num">([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(['0.8', '—']);
    // Not tinted as a doubtful pairing either.
    expect(html).toContain('<tr class="unpaired" id="pair-2">');
    const md = writeReviewReportMarkdown(input);
    expect(md).toMatch(/\| 1 \| One\. \| Un\. \| 0\.8 \| /);
    expect(md).toMatch(/\| 2 \| Two\. \| {2}\| — \| /);
  });

  it('names the translation in its page title (browser tabs, the PDF a print proposes)', () => {
    expect(writeReviewReportHtml(sampleInput())).toMatch(
      /<title>Bilingual review report — [^<]+\.txt<\/title>/,
    );
    expect(writeReviewReportHtml(hostileInput())).toContain(
      '<title>Bilingual review report — x&quot; onload=&quot;y.txt</title>',
    );
    expect(writeReviewReportHtml(sampleInput(), { title: 'Mine' })).toContain('<title>Mine</title>');
  });

  it('says each finding in the words it is given (escaped), the rule code where it has none', () => {
    const input = spacesInput();
    const worded: ExportInput = {
      ...input,
      target: { ...input.target, messages: ['A no-break space <used> as a word space', 'Several spaces'] },
    };
    const html = writeReviewReportHtml(worded);
    const notes = [
      ...html.matchAll(/<li class="info"( title="[^"]*")?><mark[^>]*>Spacing<\/mark> ([^:]*):/g),
    ];
    expect(notes.map((m) => [m[1] ?? '', m[2]])).toEqual([
      [' title="nbsp-word-space"', 'A no-break space &lt;used&gt; as a word space'],
      [' title="double-space"', 'Several spaces'],
      // The third finding has no words: its rule code, as before.
      ['', 'missing-space'],
    ]);
    // The highlights' tooltips say them too.
    expect(html).toContain('title="Note: Spacing: A no-break space &lt;used&gt; as a word space"');
    const md = writeReviewReportMarkdown(worded);
    expect(md).toContain('Note Spacing: Several spaces: «');
    expect(md).toContain('Note Spacing/missing-space: «');
    // Without words, the codes.
    expect(writeReviewReportHtml(input)).not.toContain('Several spaces');
  });

  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

/** An English and a French text, one paragraph a line pair, aligned by `beads`. */
function paragraphPair(en: string, fr: string, beads: ExportInput['alignment']['beads']): ExportInput {
  return {
    source: { doc: segmentDocument(en, { id: 's', name: 's.txt', lang: 'en' }) },
    target: { doc: segmentDocument(fr, { id: 't', name: 't.txt', lang: 'fr' }) },
    alignment: { level: 'paragraph', beads },
  };
}

/** A pair whose findings are about spaces a reader cannot see. */
function spacesInput(): ExportInput {
  const text = 'Un\u00a0mot,  deux a\u00a0: fin.';
  const doc = segmentDocument(text, { id: 't', name: 't.txt', lang: 'fr' });
  const finding = (rule: string, actual: string, expected: string): Finding => {
    const at = text.indexOf(actual);
    return {
      rule,
      category: 'spacing',
      severity: 'info',
      docId: 't',
      span: [at, at + actual.length],
      actual,
      expected,
      params: {},
    };
  };
  return {
    source: { doc: segmentDocument('A word', { id: 's', name: 's.txt', lang: 'en' }) },
    target: {
      doc,
      findings: [
        finding('nbsp-word-space', '\u00a0', ' '),
        finding('double-space', '  ', ' '),
        finding('missing-space', 'a\u00a0:', 'a:'),
      ],
    },
    alignment: { level: 'paragraph', beads: [{ src: [0], tgt: [0], confidence: 1 }] },
  };
}

describe('a deletion in the reports', () => {
  it('says "deleted" where a finding or a fix leaves nothing, not an empty box', () => {
    const input = spacesInput();
    const text = input.target.doc.text;
    const deletion: Finding = {
      rule: 'double-space',
      category: 'spacing',
      severity: 'info',
      docId: 't',
      span: [text.indexOf('  '), text.indexOf('  ') + 1],
      actual: ' ',
      expected: '',
      params: {},
    };
    const withDeletion: ExportInput = { ...input, target: { ...input.target, findings: [deletion] } };
    const html = writeReviewReportHtml(withDeletion);
    expect(html).not.toContain('<code></code>');
    expect(html).toMatch(/→ <em>\(deleted\)<\/em>/);
    const md = writeReviewReportMarkdown(withDeletion);
    expect(md).not.toContain('→ «»');
    expect(md).toContain('→ *(deleted)*');
  });
});

describe('writeReviewReportMarkdown', () => {
  it('escapes hostile text: no raw tag, no table break, no link', () => {
    const md = writeReviewReportMarkdown(hostileInput());
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.length).toBe(HOSTILE.length);
    // Each row has exactly 5 unescaped cell separators plus the two borders.
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
    const body = md.replace(/<\/?(del|ins|br)>/g, '');
    expect(body).not.toMatch(/(?<!\\)<(script|img|svg|style|h1|!--)/);
    expect(body).not.toMatch(/(?<!\\)\[link\]/);
  });

  it('carries the summary, the pairs and the quote tracing table', () => {
    const md = writeReviewReportMarkdown(sampleInput(), { quotes: [{ quote: 'q', verdict: 'faithful' }] });
    expect(md).toMatch(/^# Bilingual review report/);
    expect(md).toContain('## Quote tracing');
    expect(md).toContain('| 1 | q |  | *no source found* |  | faithful |');
    expect(md).toContain('<del>');
  });

  it('marks findings so that CommonMark renders them bold: after a letter, before punctuation, side by side', () => {
    const text = 'Il a dit mais«œ bonjour».';
    const doc = segmentDocument(text, { id: 't', name: 't.txt', lang: 'fr' });
    const finding = (actual: string, at: number): Finding => ({
      rule: 'quote-marks',
      category: 'quotes',
      severity: 'warning',
      docId: 't',
      span: [at, at + actual.length],
      actual,
      params: {},
    });
    const at = text.indexOf('«');
    const md = writeReviewReportMarkdown({
      source: { doc: segmentDocument('He said', { id: 's', name: 's.txt', lang: 'en' }) },
      target: { doc, findings: [finding('«', at), finding('œ', at + 1)] },
      alignment: { level: 'paragraph', beads: [{ src: [0], tgt: [0], confidence: 1 }] },
    });
    const row = md.split('\n').find((l) => l.startsWith('| 1 |'))!;
    // `mais**«**` does not open (a ** before punctuation after a letter), `**«****œ**` is one run of four.
    expect(row).toContain('mais<strong>«</strong><strong>œ</strong> bonjour».');
    expect(row).not.toContain('**');
  });

  it('makes the spaces of notes visible: a no-break space put for a space no longer reads « » → « »', () => {
    const md = writeReviewReportMarkdown(spacesInput());
    expect(md).toContain('nbsp-word-space: «⍽» → «␣»');
    expect(md).toContain('double-space: «␣␣» → «␣»');
    // A space inside words stays a space; the no-break space is marked.
    expect(md).toContain('missing-space: «a⍽:» → «a:»');
  });

  it('counts rows and paired rows apart: a partly parallel pair has many rows, few pairs', () => {
    const input = sampleInput();
    const beads = input.alignment.beads;
    const paired = beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).length;
    expect(paired).toBeGreaterThan(0);
    expect(paired).toBeLessThan(beads.length);
    const md = writeReviewReportMarkdown(input);
    expect(md).toContain(`- **Rows:** ${beads.length}`);
    expect(md).toContain(`- **Paired:** ${paired}`);
    const html = writeReviewReportHtml(input);
    expect(html).toContain(`<dt>Rows</dt><dd>${beads.length}</dd>`);
    expect(html).toContain(`<dt>Paired</dt><dd>${paired}</dd>`);
  });

  it('shows a change of white space alone as a tracked change, its spaces marked', () => {
    // A no-break space put before the colon, a double space made single.
    const original = 'Il a dit: oui.  Fin.';
    const text = 'Il a dit\u00a0: oui. Fin.';
    const doc = segmentDocument(text, { id: 't', name: 't.txt', lang: 'fr' });
    const md = writeReviewReportMarkdown({
      source: { doc: segmentDocument('He said: yes. End.', { id: 's', name: 's.txt', lang: 'en' }) },
      target: {
        doc,
        originalText: original,
        edits: [
          {
            start: 8,
            end: 8,
            text: '\u00a0',
            origin: 'fix',
            rule: 'missing-space',
            at: '2026-01-01T00:00:00.000Z',
          },
          {
            start: 15,
            end: 16,
            text: '',
            origin: 'fix',
            rule: 'double-space',
            at: '2026-01-01T00:00:00.000Z',
          },
        ],
      },
      alignment: { level: 'paragraph', beads: [{ src: [0], tgt: [0], confidence: 1 }] },
    });
    const row = md.split('\n').find((l) => l.startsWith('| 1 |'))!;
    const translation = row.split(' | ')[2]!.split('<br>')[0]!;
    expect(translation).toContain('dit<ins>⍽</ins>:');
    // The deleted space is marked, not left in the text as if it were still there.
    expect(translation).not.toContain('oui.  ');
    expect(translation).toContain('oui.<del>␣␣</del><ins>␣</ins>Fin.');
  });

  it('counts the findings by category in the summary, as the HTML report does', () => {
    const input = sampleInput();
    const md = writeReviewReportMarkdown(input);
    const html = new DOMParser().parseFromString(writeReviewReportHtml(input), 'text/html');
    const dt = [...html.querySelectorAll('dl.summary dt')].find((d) => d.textContent === 'Findings')!;
    const summary = dt.nextElementSibling!.textContent!;
    // `57 — Typography 23, Encoding 10, …`
    expect(summary).toMatch(/^\d+ — [A-Z]/);
    expect(md).toContain(`- **Findings:** ${summary}\n`);
  });

  it('counts confirmed pairs: a row unlinked by hand (confirmed, pairing nothing) is no confirmed pair', () => {
    const input = paragraphPair('One.\n\nTwo.\n\nThree.', 'Un.\n\nDeux.\n\nTrois.', [
      { src: [0], tgt: [0], confidence: 1, confirmed: true },
      { src: [1], tgt: [1], confidence: 0.8 },
      // The third pair, unlinked by hand: two rows, each confirmed.
      { src: [2], tgt: [], confidence: 1, confirmed: true },
      { src: [], tgt: [2], confidence: 1, confirmed: true },
    ]);
    const md = writeReviewReportMarkdown(input);
    expect(md).toContain('- **Paired:** 2');
    expect(md).toContain('- **Confirmed:** 1');
    expect(writeReviewReportHtml(input)).toContain('<dt>Confirmed</dt><dd>1</dd>');
  });
});
