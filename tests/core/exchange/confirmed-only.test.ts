/**
 * "Confirmed pairs only": the rows a person confirmed that pair an original with its translation.
 * A row unlinked by hand is confirmed too (the person said the two do not pair), but it is no
 * pair: exported, it was a translation unit with an empty side in the translation memory.
 */
import { describe, expect, it } from 'vitest';
import { buildBilingualUnits } from '../../../src/core/exchange/build-bilingual-units.ts';
import { exportPair } from '../../../src/core/exchange/export-pair.ts';
import type { ExportInput } from '../../../src/core/exchange/pair-rows.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const en = segmentDocument('The minister arrived.\nLibya’s Victory\nThe talks failed.', {
  id: 'en',
  name: 'en.txt',
  lang: 'en',
});
const fr = segmentDocument('La ministre est arrivée.\nVictoire libyenne\nLes discussions ont échoué.', {
  id: 'fr',
  name: 'fr.txt',
  lang: 'fr',
});
const bead = (src: number[], tgt: number[], confirmed: boolean) => ({ src, tgt, confidence: 1, confirmed });
const input: ExportInput = {
  source: { doc: en },
  target: { doc: fr },
  alignment: {
    level: 'paragraph',
    // Row 2 unlinked by hand: two confirmed one-sided rows.
    beads: [bead([0], [0], true), bead([1], [], true), bead([], [1], true), bead([2], [2], false)],
  },
};

describe('confirmed pairs only', () => {
  it('exports the confirmed rows that pair both sides, not a confirmed unlinked row', () => {
    const units = buildBilingualUnits(input, { confirmedOnly: true }).units;
    expect(units.map((u) => [u.source, u.target])).toEqual([
      ['The minister arrived.', 'La ministre est arrivée.'],
    ]);
    const tmx = exportPair(input, 'tmx', { confirmedOnly: true });
    expect(tmx).not.toContain('<seg/>');
  });
});
