/**
 * "Confirmed pairs only": the rows a person confirmed that pair an original with its translation.
 * A row unlinked by hand is confirmed too (the person said the two do not pair), but it is no
 * pair: exported, it was a translation unit with an empty side in the translation memory.
 */
import { describe, expect, it } from 'vitest';
import { buildBilingualUnits } from '../../../src/core/exchange/build-bilingual-units.ts';
import { exportPair } from '../../../src/core/exchange/export-pair.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import type { ExportInput } from '../../../src/core/exchange/pair-rows.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { HAVE_XMLLINT, validateTmx, validateXliff } from './validate-xml.ts';

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

describe('a TMX row with one side empty', () => {
  it('has one <tuv>, not an empty <seg/> (an empty translation to a CAT tool), and reads back the same', () => {
    const tmx = exportPair(input, 'tmx');
    expect(tmx).not.toContain('<seg/>');
    const tus = tmx.split('<tu ').slice(1);
    expect(tus.map((tu) => tu.match(/<tuv xml:lang="(\w+)"/g)?.length)).toEqual([2, 1, 1, 2]);
    expect(tus[1]).toContain('<tuv xml:lang="en">');
    expect(tus[2]).toContain('<tuv xml:lang="fr">');
    if (HAVE_XMLLINT) expect(validateTmx(tmx)).toEqual([]);
    const back = importBilingual(tmx).units;
    expect(back.map((u) => [u.source, u.target, u.status])).toEqual(
      buildBilingualUnits(input).units.map((u) => [u.source, u.target, u.status]),
    );
  });

  it('keeps both <tuv>s when the two languages are the same (told apart by order)', () => {
    const fr2 = segmentDocument('Une autre version.\nEncore.', { id: 'f2', name: 'f2.txt', lang: 'fr' });
    const same: ExportInput = {
      source: { doc: fr },
      target: { doc: fr2 },
      alignment: {
        level: 'paragraph',
        beads: [bead([0, 1], [0], false), bead([2], [], false), bead([], [1], false)],
      },
    };
    // fr and fr, and fr and fr-CA (readers take fr-CA for fr).
    for (const tgtLang of ['fr', 'fr-CA']) {
      const back = importBilingual(exportPair(same, 'tmx', { tgtLang })).units;
      expect(back.map((u) => [u.source, u.target])).toEqual(
        buildBilingualUnits(same).units.map((u) => [u.source, u.target]),
      );
    }
  });
});

describe('an XLIFF row with no target text (all rows exported, not paired rows only)', () => {
  it('claims no reviewed state and has no empty <target>, validates, and reads back the same', async () => {
    // Row 2, unlinked by hand, is confirmed: it was `reviewed` (2.0) or approved and
    // `signed-off` (1.2) with an empty <target/>, an approved empty translation to a CAT tool.
    const xliff2 = exportPair(input, 'xliff');
    const segments2 = xliff2.split('<segment ').slice(1);
    expect(segments2.map((s) => /state="([\w-]+)"/.exec(s)?.[1])).toEqual([
      'reviewed',
      'initial',
      'reviewed',
      'translated',
    ]);
    expect(segments2[1]).not.toContain('<target');
    expect(segments2[1]).toContain('subState="vis-a-vis:confirmed"');
    expect(xliff2).not.toContain('<target xml:space="preserve"/>');
    const xliff12 = exportPair(input, 'xliff12');
    const units12 = xliff12.split('<trans-unit ').slice(1);
    expect(units12.map((u) => /approved="(\w+)"/.exec(u)?.[1])).toEqual(['yes', 'no', 'yes', 'no']);
    expect(units12[1]).not.toContain('<target');
    expect(units12[1]).not.toContain('signed-off');
    expect(await validateXliff(xliff2, '2.0')).toEqual([]);
    expect(await validateXliff(xliff12, '1.2')).toEqual([]);
    // Our own files keep the status (a hand-unlinked row stays confirmed).
    const expected = buildBilingualUnits(input).units.map((u) => [u.source, u.target, u.status]);
    for (const file of [xliff2, xliff12]) {
      expect(importBilingual(file).units.map((u) => [u.source, u.target, u.status])).toEqual(expected);
    }
  });
});
