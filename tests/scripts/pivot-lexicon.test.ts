import { describe, expect, it } from 'vitest';
import { dataLicence, familiesOf, ROUTES } from '../../scripts/lib/pivot-build.ts';
import {
  apertiumPos,
  freedictPos,
  type PivotPair,
  type PivotRoute,
  pivotCandidates,
  selectPivotPairs,
} from '../../scripts/lib/pivot-lexicon.ts';

const p = (word: string, pivot: string, pos: PivotPair['pos'] = 'n'): PivotPair => ({ word, pivot, pos });
const route = (name: string, mt: boolean, fr: PivotPair[], en: PivotPair[]): PivotRoute => ({
  name,
  mtDictionaries: mt,
  fr,
  en,
});
const keys = (cs: readonly { fr: string; en: string }[]) => cs.map((c) => `${c.fr}>${c.en}`).sort();

describe('pivot lexicon induction', () => {
  // Spanish "venta" and German "verkauf" both join vente–sale; Spanish "salida" is polysemous
  // (exit, sale of goods) and joins sortie–sale only through one dictionary.
  const es = route(
    'es',
    false,
    [p('vente', 'venta'), p('sortie', 'salida')],
    [p('sale', 'venta'), p('exit', 'salida'), p('sale', 'salida'), p('outlet', 'salida')],
  );
  const de = route(
    'de',
    false,
    [p('vente', 'verkauf'), p('sortie', 'ausgang')],
    [p('sale', 'verkauf'), p('exit', 'ausgang')],
  );

  it('keeps pairs that two independent routes join and drops single-route polysemy', () => {
    const kept = selectPivotPairs(pivotCandidates([es, de]));
    expect(keys(kept)).toEqual(['sortie>exit', 'vente>sale']);
  });

  it('requires parts of speech to agree along a path', () => {
    const verb = route('es2', false, [p('vendre', 'vender', 'v')], [p('sale', 'vender', 'n')]);
    expect(pivotCandidates([verb])).toEqual([]);
  });

  it('keeps a single machine-translation path only when it is one-to-one both ways', () => {
    const mt = route(
      'apertium',
      true,
      [p('croissance', 'crecimiento'), p('banque', 'banco'), p('banc', 'banco')],
      [p('growth', 'crecimiento'), p('bank', 'banco'), p('bench', 'banco')],
    );
    expect(keys(selectPivotPairs(pivotCandidates([mt])))).toEqual(['croissance>growth']);
    const notMt = { ...mt, mtDictionaries: false };
    expect(selectPivotPairs(pivotCandidates([notMt]))).toEqual([]);
  });

  it('caps the translations of a word, keeping the best supported', () => {
    const routes = ['a', 'b', 'c'].map((name, i) =>
      route(
        name,
        false,
        ['x', 'y', 'z'].slice(0, i + 1).map((e) => p('mot', `${name}${e}`)),
        ['x', 'y', 'z'].slice(0, i + 1).map((e) => p(`word${e}`, `${name}${e}`)),
      ),
    );
    // wordx is joined by 3 routes, wordy by 2, wordz by 1.
    const kept = selectPivotPairs(pivotCandidates(routes), {
      minRoutes: 2,
      keepUnambiguous: false,
      maxPerWord: 1,
    });
    expect(keys(kept)).toEqual(['mot>wordx']);
  });

  it('ignores proper nouns and anything that is not a word', () => {
    const r1 = route(
      'a',
      false,
      [p('paris', 'parís', 'np'), p('3h33', '3h33', 'num')],
      [p('paris', 'parís', 'np'), p('3h33', '3h33', 'num')],
    );
    expect(pivotCandidates([r1, { ...r1, name: 'b' }])).toEqual([]);
  });

  it('maps source tags to coarse parts of speech', () => {
    expect(apertiumPos(['vblex', 'inf'])).toBe('v');
    expect(apertiumPos(['n', 'f'])).toBe('n');
    expect(apertiumPos(['cnjsub'])).toBe('cnj');
    expect(freedictPos('n, masc')).toBe('n');
    expect(freedictPos('masc, n, sg')).toBe('n');
    expect(freedictPos('v, trans')).toBe('v');
    expect(freedictPos('pn, fem')).toBe('np');
    expect(freedictPos(undefined)).toBeUndefined();
  });
});

describe('dataLicence', () => {
  const copyright = [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    '',
    'Files: *',
    'Copyright: 2000-2022 FreeDict contributors',
    'License: GPL-2+',
    '',
    'Files: fra-pol/*',
    'Copyright: 2000-2022 FreeDict contributors',
    'License: CC-BY-SA-3.0',
  ].join('\n');

  it("reads the licence of the package's own dictionary, else the default stanza", () => {
    expect(dataLicence(copyright, 'fra-pol')).toBe('CC-BY-SA-3.0');
    expect(dataLicence(copyright, undefined)).toBe('GPL-2+');
    expect(dataLicence('no stanza', undefined)).toBe('unknown');
  });
});

describe('licence families', () => {
  const names = (licences: string[]) => familiesOf(licences).map((f) => f.name);

  it('puts GPL-2+ data in both GPL families and GPL-2-only or GPL-3+ data in one', () => {
    expect(names(['GPL-2+'])).toEqual(['gpl-3', 'gpl-2']);
    expect(names(['GPL-2+', 'GPL-3+'])).toEqual(['gpl-3']);
    expect(names(['GPL-2', 'GPL-2+'])).toEqual(['gpl-2']);
    expect(names(['CC-BY-SA-3.0'])).toEqual(['cc-by-sa']);
  });

  it('fits no family when a route mixes GPL-2-only with GPL-3+, or any GPL with CC-BY-SA-3.0', () => {
    expect(names(['GPL-2', 'GPL-3+'])).toEqual([]);
    expect(names(['CC-BY-SA-3.0', 'GPL-3+'])).toEqual([]);
    expect(names(['CC-BY-SA-3.0', 'GPL-2+'])).toEqual([]);
    expect(names(['unknown'])).toEqual([]);
  });

  it('has distinct route names', () => {
    expect(new Set(ROUTES.map((r) => r.name)).size).toBe(ROUTES.length);
  });
});
