/**
 * The sample case (data/sample/000_): every garbled or unbalanced quotation is found, and the
 * garbled openers get a correct fix. The offsets below were read off the file by hand:
 *
 * - garbled openers `«œ` / `« œ` (the œ is what is left of a lost “): 907 `«œ prendre`,
 *   1741 `« œ Il`, 1852 `«œComme`, 2139 `«œ Il`, 4602 `«œ nous`, 4869 `«œ Ce`,
 *   5035 `«œ vous`, 6914 `«œ violer` → `«` + the profile's space, the œ removed;
 * - 5810 `œlielas ''`: an opening “ lost at a word start → `“lielas`, and its makeshift
 *   closer `''` (5818) → `”`; 6946 `autres» œ en`: a stray remnant, deleted;
 * - 4601 `«œ nous nous sentons…` never closed (the next « opens a new sentence's quotation);
 * - 5213 `jamais« ce…`: « written for a closing mark; 5240 `travail ».` then closes nothing;
 * - 5840 `glace  »)`, 6164 `l’homme »et` (also glued to the next word) and 6840 `fin  » à`:
 *   closing guillemets with no opener; 6783 `réputation '' peuvent`: a makeshift mark never closed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWordList } from '../../../src/cli/load-lexicons.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const text = readFileSync(new URL('../../../data/sample/000_5ce1033decd27cb8.txt', import.meta.url), 'utf8');
const doc = segmentDocument(text, { id: '000', name: '000', lang: 'fr' });
const findings = runChecks(doc, { categories: ['encoding', 'quotes'], profile: 'fr-FR' });
const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.span[0]);
const excerpt = (start: number, before = 3, after = 12) => text.slice(start - before, start + after);

describe('sample case 000: garbled and unbalanced quotations', () => {
  it('finds the ten œ remnants of lost “ and none in œuvre', () => {
    expect(at('lost-quote-mark')).toEqual([907, 1741, 1852, 2139, 4602, 4869, 5035, 5810, 6914, 6946]);
    expect(excerpt(4317, 10, 5)).toBe('Mettre en œuvre');
    expect(findings.some((f) => f.span[0] <= 4317 && 4317 < f.span[1])).toBe(false);
  });

  it('repairs each garbled opener into a French opening guillemet', () => {
    const repaired = (start: number) => {
      const f = findings.find((x) => x.rule === 'lost-quote-mark' && x.span[0] === start)!;
      const from = Math.min(f.span[0], ...f.fix!.map((e) => e.start)) - 1;
      const fixed = applyEdits(text, f.fix!);
      return fixed.slice(from, from + 10);
    };
    expect(repaired(907)).toBe('«\u202fprendre ');
    expect(repaired(1741)).toBe('«\u00a0Il est c');
    expect(repaired(1852)).toBe('«\u202fComme no');
    expect(repaired(2139)).toBe('«\u202fIl est c');
    expect(repaired(4602)).toBe('«\u202fnous nou');
    expect(repaired(6914)).toBe('«\u202fvioler l');
    // A remnant standing for a quote that opened nothing else: the lost “ itself.
    expect(applyEdits(text, findings.find((f) => f.span[0] === 5810)!.fix!).slice(5801, 5822)).toBe(
      "appelées “lielas '' o",
    );
    // A stray remnant after a closing guillemet is deleted.
    expect(applyEdits(text, findings.find((f) => f.span[0] === 6946)!.fix!).slice(6935, 6955)).toBe(
      'es autres» en alimen',
    );
  });

  it('finds the unbalanced, reversed and makeshift quotation marks', () => {
    expect(at('unclosed-quote')).toEqual([4601, 6783]);
    expect(at('unopened-quote')).toEqual([5240, 5840, 6164, 6840]);
    expect(at('reversed-quote')).toEqual([5213]);
    expect(at('makeshift-quote')).toEqual([5818, 6783]);
    expect(at('glued-guillemet')).toEqual([6164]);
    expect(excerpt(4601, 1, 4)).toBe(' «œ n');
    expect(excerpt(5213, 6, 3)).toBe('jamais« c');
    expect(excerpt(6164, 6, 3)).toBe('homme »et');
    // The '' that closes the restored “lielas takes the matching ”.
    expect(findings.find((f) => f.rule === 'makeshift-quote' && f.span[0] === 5818)?.expected).toBe('”');
  });

  it('reports nothing else in those categories', () => {
    expect(findings).toHaveLength(10 + 2 + 4 + 1 + 2 + 1);
  });
});

describe('sample case 000: the other damage, with the shipped word lists', () => {
  const fr = loadWordList('fr')!;
  const en = loadWordList('en')!;
  const all = runChecks(doc, { words: { fr, en }, profile: 'fr-FR' });
  const pick = (rule: string) =>
    all.filter((f) => f.rule === rule).map((f) => [f.actual, f.expected ?? null]);

  it('finds the glued name, the odd capitals, the lower-case name and the pull quote', () => {
    expect(pick('glued-words')).toEqual([['Palantirdirectement', 'Palantir directement']]);
    expect(pick('odd-capitals')).toEqual([['JEff', 'Jeff']]);
    expect(pick('lowercase-name')).toEqual([['amazon', 'Amazon']]);
    expect(all.filter((f) => f.rule === 'repeated-paragraph').map((f) => f.span[0])).toEqual([1739]);
  });

  it('reports the garbled English word as untranslated, and only recirculée (which wfrench lacks) as spelling', () => {
    expect(pick('unknown-word').map(([w]) => w)).toEqual(['recirculée']);
    expect(
      all.filter((f) => f.category === 'untranslated').map((f) => [f.rule, f.actual, f.params.lang]),
    ).toEqual([['untranslated-words', 'supperititios', 'en']]);
  });
});
