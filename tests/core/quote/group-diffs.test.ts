/**
 * The word diff of a quote group shows other words, not the capital or the closing comma that
 * quoting changes: two English reports quoting `Climate change is not a distant threat,” she
 * added` and `“climate change is not a distant threat.”` were listed among the passages quoted
 * differently, their only difference struck and underlined.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/cli/load-lexicons.ts';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.ts';
import { traceQuotations } from '../../../src/core/quote/trace-quotations.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const lexicons = [loadLexicon('fr', 'en'), loadLexicon('en', 'fr')].filter(
  (l): l is Lexicon => l !== undefined,
);

describe('quote group diffs', () => {
  it('leave out case and punctuation, and keep the words one report drops', async () => {
    const one =
      '“We will invest 450 million dollars in the new container terminal over the next five years,” Governor Helen Marsh said.\n\n“Climate change is not a distant threat,” she added.';
    const two =
      '“We will invest 450 million dollars in the new terminal,” Marsh told reporters.\n\nAccording to the governor, “climate change is not a distant threat.”';
    const trace = await traceQuotations(
      {
        documents: [
          segmentDocument(one, { id: 'a', name: 'a', lang: 'en' }),
          segmentDocument(two, { id: 'b', name: 'b', lang: 'en' }),
        ],
      },
      { lexicons },
    );
    const changed = (text: RegExp) => {
      const q = trace.quotations.find((x) => x.docId === 'a' && text.test(x.text))!;
      const group = trace.groups.find((g) => g.id === q.group)!;
      return group.diffs.flatMap((d) =>
        d.parts.filter((p) => p.added || p.removed).map((p) => p.value.trim()),
      );
    };
    expect(changed(/^Climate/)).toEqual([]);
    expect(changed(/^We will invest/)).toEqual(['container', 'over the next five years']);
  });
});
