/**
 * Quote groups put side by side the quotations that render one source sentence: a quotation
 * and the quotation nested in it are one report's words, not two renderings. Each was listed
 * under the other as 'Same source: 1 other quotation'.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/cli/load-lexicons.ts';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.ts';
import { traceQuotations } from '../../../src/core/quote/trace-quotations.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const lexicons = [loadLexicon('fr', 'en'), loadLexicon('en', 'fr')].filter(
  (l): l is Lexicon => l !== undefined,
);
const EN = 'As my grandmother used to say, "a harbour is only as strong as its people."';
const NESTED =
  'Elle a cité sa grand-mère : « Comme le disait ma grand-mère, "un port n’est fort que par ses habitants". »';

describe('quote groups and nested quotations', () => {
  it('does not group a quotation with the one nested in it', async () => {
    const trace = await traceQuotations(
      {
        documents: [
          segmentDocument(NESTED, { id: 'fr', name: 'fr', lang: 'fr' }),
          segmentDocument(EN, { id: 'en', name: 'en', lang: 'en' }),
        ],
      },
      { lexicons },
    );
    const french = trace.quotations.filter((q) => q.docId === 'fr');
    expect(french).toHaveLength(2);
    expect(french[1]!.parent).toBe(french[0]!.id);
    expect(french.every((q) => q.source?.docId === 'en')).toBe(true);
    expect(french.map((q) => q.group)).toEqual([null, null]);
  });

  it('still groups them with another report’s rendering of the sentence', async () => {
    const trace = await traceQuotations(
      {
        documents: [
          segmentDocument(NESTED, { id: 'fr', name: 'fr', lang: 'fr' }),
          segmentDocument('« Un port n’est fort que par ses habitants », a-t-elle dit.', {
            id: 'fr2',
            name: 'fr2',
            lang: 'fr',
          }),
          segmentDocument(EN, { id: 'en', name: 'en', lang: 'en' }),
        ],
      },
      { lexicons },
    );
    const other = trace.quotations.find((q) => q.docId === 'fr2')!;
    expect(other.group).not.toBeNull();
    const group = trace.groups.find((g) => g.id === other.group)!;
    expect(group.members).toContain(other.id);
  });
});
