import { describe, expect, it } from 'vitest';
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
});

describe('writeCleanMarkdown', () => {
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
