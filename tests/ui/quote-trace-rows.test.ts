/**
 * The review report's quotation table says where each quotation is, who speaks and what
 * diverges from its source: it gave the verdict alone ('Omission', 'Name changed'), without the
 * words left out or changed, the line, the speaker or the flags.
 */

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/cli/load-lexicons.ts';
import { writeReviewReportMarkdown } from '../../src/core/exchange/write-review-markdown.ts';
import { writeReviewReportHtml } from '../../src/core/exchange/write-review-report.ts';
import type { Lexicon } from '../../src/core/lexicon/lexicon.ts';
import type { TracedQuotation } from '../../src/core/quote/quotation.ts';
import { traceQuotations } from '../../src/core/quote/trace-quotations.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { divergenceEvidence } from '../../src/ui/components/divergence-words.ts';
import { quoteTraceRows } from '../../src/ui/features/export/quote-trace-rows.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { fr } from '../../src/ui/i18n/fr.ts';
import { sampleInput } from '../core/exchange/sample-input.ts';

const EN = [
  'We will invest 450 million dollars in the new container terminal over the next five years, and we expect to create 1,200 permanent jobs.',
  'I want to thank Minister David Chen for his tireless work on this project.',
].join('\n\n');
const FR = [
  'Le plan est vaste.',
  '« Nous investirons 450 millions de dollars dans le nouveau terminal à conteneurs au cours des cinq prochaines années », a déclaré Helen Marsh.',
  '« Je tiens à remercier le ministre Daniel Chen pour son travail inlassable sur ce projet », a-t-elle ajouté.',
].join('\n\n');

let quotations: TracedQuotation[];
// The interface's catalogues, as i18n.ts loads them (that module needs a page).
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  const lexicons = [loadLexicon('fr', 'en'), loadLexicon('en', 'fr')].filter(
    (l): l is Lexicon => l !== undefined,
  );
  const documents = [
    segmentDocument(FR, { id: 'fr', name: 'rapport.txt', lang: 'fr' }),
    segmentDocument(EN, { id: 'en', name: 'speech.txt', lang: 'en' }),
  ];
  const trace = await traceQuotations({ documents }, { lexicons });
  quotations = trace.quotations.filter((q) => q.verdict !== null);
}, 60_000);

describe('the review report’s quotation table', () => {
  it('gives each quotation’s line, speaker and evidence', async () => {
    await i18n.changeLanguage('en');
    const rows = quoteTraceRows(quotations, (id) => (id === 'fr' ? 'rapport.txt' : 'speech.txt'), i18n.t);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      document: 'rapport.txt',
      line: 3,
      speaker: 'Helen Marsh',
      verdict: 'Omission',
    });
    expect(rows[0]!.evidence).toEqual([
      'Left out of the quotation: “and we expect to create 1,200 permanent jobs”',
      'cut without an ellipsis',
    ]);
    expect(rows[1]).toMatchObject({ line: 5, speaker: 'elle', verdict: 'Name changed' });
    expect(rows[1]!.evidence).toEqual(['Name changed: David → Daniel']);
    const md = writeReviewReportMarkdown(sampleInput(), { quotes: rows });
    expect(md).toContain('| Evidence |');
    expect(md).toMatch(
      /\| 2 \| Je tiens .* ce projet<br>— elle \| rapport\.txt, line 5 \| .* \| Name changed \| Name changed: David → Daniel \|/,
    );
    const html = writeReviewReportHtml(sampleInput(), { quotes: rows });
    expect(html).toContain('<td>rapport.txt, line 3</td>');
    // The speaker apart from the quotation's words (after them, `années — Helen Marsh` read as their end).
    expect(html).toContain('prochaines années<br><span class="speaker">— Helen Marsh</span></td>');
    expect(html).toContain(
      '<td dir="auto">Left out of the quotation: “and we expect to create 1,200 permanent jobs”<br>cut without an ellipsis</td>',
    );
  });

  it('words the evidence in French with the French interface', async () => {
    await i18n.changeLanguage('fr');
    const rows = quoteTraceRows(quotations, (id) => id, i18n.t);
    await i18n.changeLanguage('en');
    expect(rows[0]!.evidence).toEqual([
      'Absent de la citation\u00a0: «\u00a0and we expect to create 1,200 permanent jobs\u00a0»',
      'coupure sans points de suspension',
    ]);
    // In the verdict's words ('Nom modifié'), not others ('Nom changé').
    expect(rows[1]!.verdict).toBe('Nom modifié');
    expect(rows[1]!.evidence).toEqual(['Nom modifié\u00a0: David → Daniel']);
  });

  it('says a cut marked with an ellipsis is marked', () => {
    const cut = {
      kind: 'omission',
      sourceSpan: [40, 88],
      sourceText: 'It is already flooding our streets and our homes',
      targetSpan: null,
      targetText: '',
      marked: true,
    } as const;
    expect(divergenceEvidence(cut, i18n.t)).toBe(
      'Cut marked with an ellipsis in the quotation: “It is already flooding our streets and our homes”',
    );
  });
});
