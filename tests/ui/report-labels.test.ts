// @vitest-environment jsdom
/**
 * The review report exported from the French interface names the findings' categories and
 * severities in French, as the workbench does (it printed the codes: `typography`,
 * `warning: repetition/…`). Rule codes stay codes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_LABELS, type ReviewLabels } from '../../src/core/exchange/review-labels.ts';
import { writeReviewReportMarkdown } from '../../src/core/exchange/write-review-markdown.ts';
import { writeReviewReportHtml } from '../../src/core/exchange/write-review-report.ts';
import { CATEGORIES } from '../../src/core/model/finding.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { fr } from '../../src/ui/i18n/fr.ts';
import { sampleInput } from '../core/exchange/sample-input.ts';

// As the export menu builds them from the catalogue's `report` object.
const french: ReviewLabels = { ...DEFAULT_REVIEW_LABELS, ...fr.report };

describe('the review report’s category and severity words', () => {
  it('are the interface’s, in English and in French', () => {
    for (const c of CATEGORIES) {
      expect(en.report.categories[c]).toBe(en.category[c]);
      expect(fr.report.categories[c]).toBe(fr.category[c]);
    }
    for (const s of ['error', 'warning', 'info'] as const) {
      expect(en.report.severities[s]).toBe(en.severity[s]);
      expect(fr.report.severities[s]).toBe(fr.severity[s]);
    }
  });

  it('name categories and severities in French in the HTML report: summary, notes and highlights', () => {
    const input = sampleInput();
    const dom = new DOMParser().parseFromString(
      writeReviewReportHtml(input, { labels: french }),
      'text/html',
    );
    const summary = [...dom.querySelectorAll('dl.summary mark')].map((m) => m.textContent);
    expect(summary.length).toBeGreaterThan(1);
    expect(summary.every((w) => Object.values(fr.category).includes(w as never))).toBe(true);
    const notes = [...dom.querySelectorAll('ul.notes li:not(.fix) mark')].map((m) => m.textContent);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((w) => !Object.values(fr.category).includes(w as never))).toEqual([]);
    const titles = [...dom.querySelectorAll('td.text mark[title]')].map((m) => m.getAttribute('title') ?? '');
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/^(Erreur|Avertissement|Remarque): /);
    expect(titles.join('\n')).not.toMatch(/(^|\n)(error|warning|info): /);
  });

  it('write French colons and decimals in the HTML report in French', () => {
    const dom = new DOMParser().parseFromString(
      writeReviewReportHtml(sampleInput(), { labels: french, labelLang: 'fr' }),
      'text/html',
    );
    const titles = [...dom.querySelectorAll('td.text mark[title]')].map((m) => m.getAttribute('title') ?? '');
    expect(titles.length).toBeGreaterThan(0);
    // `Avertissement : Typographie/…`, with a no-break space, as the interface writes it.
    for (const title of titles)
      expect(title).toMatch(/^(Erreur|Avertissement|Remarque)\u00a0: [^:]+\u00a0: /);
    const notes = [...dom.querySelectorAll('ul.notes li')].map((li) => li.textContent ?? '');
    expect(notes.length).toBeGreaterThan(0);
    // `Typographie missing-space : …`, `✓ mojibake : …`: the colon after the rule code.
    expect(notes.filter((n) => /^\S+ [a-z-]+: /.test(n))).toEqual([]);
    const confidences = [...dom.querySelectorAll('td.conf')].map((td) => td.textContent ?? '');
    expect(confidences.some((c) => c.includes(','))).toBe(true);
    expect(confidences.filter((c) => c.includes('.'))).toEqual([]);
  });

  it('write French colons and decimals in the Markdown report in French', () => {
    const md = writeReviewReportMarkdown(sampleInput(), { labels: french, labelLang: 'fr' });
    // `Avertissement Typographie/missing-space : «…»`, `0,999`.
    expect(md).toMatch(/\/[a-z-]+\u00a0: «/);
    expect(md).not.toMatch(/\/[a-z-]+: «/);
    expect(md).toMatch(/\| 0,\d+ \|/);
    expect(md).not.toMatch(/\| 0\.\d+ \|/);
    // The summary too: `**Lignes :** 12`, not `**Lignes:** 12`.
    expect(md).toMatch(/^- \*\*Lignes\u00a0:\*\* \d+$/m);
    expect(md).not.toMatch(/^- \*\*[^*\n]*[^\u00a0]:\*\*/m);
  });

  it('name them in French in the Markdown report', () => {
    const md = writeReviewReportMarkdown(sampleInput(), { labels: french });
    expect(md).toMatch(/<br>(Erreur|Avertissement|Remarque) [A-ZÉ][^/]*\/[a-z-]+: «/);
    expect(md).not.toMatch(/<br>(error|warning|info) [a-z]+\//);
  });

  it('name the invisible characters the HTML report’s notes mark in French', () => {
    const dom = new DOMParser().parseFromString(
      writeReviewReportHtml(sampleInput(), { labels: french }),
      'text/html',
    );
    const names = [...dom.querySelectorAll('ul.notes span.ws')].map((m) => m.getAttribute('title'));
    expect(names).toContain('espace insécable');
    expect(names.filter((n) => !Object.values(fr.findings.space).includes(n as never))).toEqual([]);
  });
});
