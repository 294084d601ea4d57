import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { exportPair } from '../../../src/core/exchange/export-pair.ts';
import {
  escapeMarkdown,
  writeCleanMarkdown,
  writeCleanText,
} from '../../../src/core/exchange/write-clean-text.ts';
import type { Finding } from '../../../src/core/model/finding.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const doc = segmentDocument('Titre «œ essai »\n\nLire aussi : nos offres\n\nCorps du texte.', {
  id: 'd',
  name: 'd',
  lang: 'fr',
});
const p = doc.paragraphs;
const findings: Finding[] = [
  {
    rule: 'mojibake',
    category: 'encoding',
    severity: 'error',
    docId: 'd',
    span: [6, 8],
    actual: '«œ',
    expected: '«',
    fix: [{ start: 6, end: 8, text: '«' }],
    params: {},
  },
  {
    rule: 'noise-paragraph',
    category: 'noise',
    severity: 'info',
    docId: 'd',
    span: [p[1]!.start, p[1]!.end],
    actual: 'Lire aussi : nos offres',
    fix: [{ start: p[1]!.start, end: p[1]!.end + 1, text: '' }],
    params: {},
  },
];

describe('writeCleanText', () => {
  it('applies fixes, drops noise paragraphs, keeps one paragraph per block', () => {
    expect(writeCleanText({ doc, findings })).toBe('Titre « essai »\n\nCorps du texte.\n');
  });

  it('keeps noise when asked, and can leave fixes unapplied', () => {
    expect(writeCleanText({ doc, findings }, { dropNoise: false, applyFixes: false })).toBe(
      'Titre «œ essai »\n\nLire aussi : nos offres\n\nCorps du texte.\n',
    );
  });

  it('writes a Windows file back with CRLF line breaks, not LF', () => {
    for (const text of [
      'Titre «œ essai »\r\n\r\nLire aussi : nos offres\r\n\r\nCorps du texte.\r\n',
      // Short lines without blank ones: read as one hard-wrapped paragraph, its breaks kept.
      'Titre «œ essai »\r\nLire aussi : nos offres\r\nCorps du texte.\r\n',
    ]) {
      const windows = segmentDocument(text, { id: 'w', name: 'w', lang: 'fr' });
      const out = writeCleanText({ doc: windows, findings: [] });
      expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(out.replace(/\r\n/g, '\n')).toBe(
        writeCleanText({
          doc: segmentDocument(text.replace(/\r\n/g, '\n'), { id: 'u', name: 'u', lang: 'fr' }),
          findings: [],
        }),
      );
    }
  });
});

describe('writeCleanMarkdown', () => {
  it('is headed by the translation’s name without its file extension, from the export menu and CLI', () => {
    const tgt = segmentDocument('Un texte.', { id: 't', name: '000_5ce1033decd27cb8.txt', lang: 'fr' });
    const src = segmentDocument('A text.', { id: 's', name: 'en.txt', lang: 'en' });
    const input = {
      source: { doc: src },
      target: { doc: tgt },
      alignment: { level: 'paragraph' as const, beads: [{ src: [0], tgt: [0], confidence: 1 }] },
    };
    expect(exportPair(input, 'md')).toBe('# 000\\_5ce1033decd27cb8\n\nUn texte.\n');
    const named = { ...input, target: { doc: { ...tgt, name: 'Amazon veut tout vendre' } } };
    expect(exportPair(named, 'md')).toBe('# Amazon veut tout vendre\n\nUn texte.\n');
    expect(exportPair(input, 'md', { title: 'Mine.txt' })).toBe('# Mine.txt\n\nUn texte.\n');
  });

  it('has a title and escapes markup so that the text renders literally', () => {
    const d = segmentDocument('# not a title\n\n1. not a list\n\n<b>x</b> & *y* [z](u)', {
      id: 'm',
      name: 'm',
      lang: 'en',
    });
    expect(writeCleanMarkdown({ doc: d }, { title: 'Le *titre*' })).toBe(
      '# Le \\*titre\\*\n\n\\# not a title\n\n1\\. not a list\n\n\\<b\\>x\\</b\\> \\& \\*y\\* \\[z\\](u)\n',
    );
  });

  it('escapeMarkdown turns line breaks into hard breaks', () => {
    expect(escapeMarkdown('a\n- b')).toBe('a\\\n\\- b');
  });
});

describe('the fixes the clean text applies', () => {
  it('applies the mechanical fixes, not a number or a name the original has otherwise', () => {
    // WMT: `Le soldat de 1ere classe` (Pfc.) got the number 12 of another sentence of its
    // paragraph, `12ere classe`, with nobody asked; such a fix is for the person to take.
    const text = 'Le soldat de 1ere classe avait 25 ans  .';
    const d = segmentDocument(text, { id: 'n', name: 'n', lang: 'fr' });
    const at = text.indexOf('1ere');
    const fs: Finding[] = [
      {
        rule: 'number-mismatch',
        category: 'numbers',
        severity: 'error',
        docId: 'n',
        span: [at, at + 1],
        actual: '1',
        expected: '12',
        fix: [{ start: at, end: at + 1, text: '12' }],
        params: {},
      },
      {
        rule: 'unwanted-space',
        category: 'typography',
        severity: 'warning',
        docId: 'n',
        span: [text.indexOf('  .'), text.indexOf('  .') + 2],
        actual: '  ',
        fix: [{ start: text.indexOf('  .'), end: text.indexOf('  .') + 2, text: '' }],
        params: {},
      },
    ];
    expect(writeCleanText({ doc: d, findings: fs })).toBe('Le soldat de 1ere classe avait 25 ans.\n');
  });
});

describe('the clean text of the sample', () => {
  const sample = (file: string, lang: string) => {
    const d = segmentDocument(readFileSync(`data/sample/${file}`, 'utf8'), { id: 'x', name: file, lang });
    return { doc: d, findings: runChecks(d) };
  };

  it('repairs the garbled quote of a repeated paragraph (a pull quote) and keeps the paragraph', () => {
    // 000 repeats a sentence as a pull quote, `« œ Il est clairement…`: the repeated paragraph's
    // deletion blocked the repair of its `œ`, and was itself never applied.
    const clean = writeCleanText(sample('000_5ce1033decd27cb8.txt', 'fr'));
    expect(clean).not.toContain('œ Il est');
    expect(clean).toMatch(/^«\u00a0Il est clairement nécessaire que les gouvernements clarifient davantage/m);
  });

  it('prints a headline the page repeated around its banner once, not twice in a row', () => {
    // 001: the headline, the site's tagline (noise), the headline again.
    const side = sample('001_ec0fa46e45b6f4ef.txt', 'fr');
    const headline = 'Amazon lui aussi fait face à la grogne de ses employés pour Rekognition';
    const clean = writeCleanText(side);
    expect(clean.split('\n\n').filter((p) => p === headline)).toHaveLength(1);
    expect(clean.startsWith(`${headline}\n\nL’histoire a un sérieux goût de déjà vu`)).toBe(true);
    expect(
      writeCleanMarkdown(side)
        .split('\n\n')
        .filter((p) => p === headline),
    ).toHaveLength(1);
    // With the noise kept, the banner stands between them: both stay.
    expect(
      writeCleanText(side, { dropNoise: false })
        .split('\n\n')
        .filter((p) => p === headline),
    ).toHaveLength(2);
  });

  it('keeps a noise prefix when noise is kept, drops it with the noise', () => {
    const side = sample('003_9be7f01c49a02bb1.txt', 'en');
    expect(writeCleanText(side)).toMatch(/^Amazon workers protest/m);
    expect(writeCleanText(side, { dropNoise: false })).toMatch(/^article image/m);
  });
});
