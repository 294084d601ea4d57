import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  rankLanguages,
  toIso6391,
  toIso6393,
} from '../../../src/core/text/detect-language.ts';

describe('detectLanguage', () => {
  it('tells French, English and German sentences apart among the candidates', () => {
    const c = ['en', 'fr', 'de'];
    expect(
      detectLanguage('Les employés d’Amazon demandent à leurs collègues d’augmenter la pression.', c),
    ).toBe('fr');
    expect(
      detectLanguage('We refuse to build the platform that powers ICE and the tools that violate rights.', c),
    ).toBe('en');
    expect(
      detectLanguage(
        'Die Mitarbeiter haben einen Brief an den Vorstand geschrieben und eine Antwort verlangt.',
        c,
      ),
    ).toBe('de');
  });

  it('answers only with a candidate language', () => {
    expect(
      detectLanguage('Los trabajadores de Amazon escribieron una carta al director general.', ['en', 'fr']),
    ).toMatch(/^(en|fr)$/);
  });

  it("answers 'und' below the minimum length", () => {
    expect(detectLanguage('Jeff Bezos.', ['en', 'fr'])).toBe('und');
    expect(detectLanguage('', ['en', 'fr'])).toBe('und');
    expect(detectLanguage('12 345 678 — 2018/06/22', ['en', 'fr'])).toBe('und');
    expect(rankLanguages('Bonjour', ['en', 'fr'])).toEqual([]);
  });

  it('maps ISO 639-1 and 639-3 codes both ways', () => {
    expect(toIso6393('fr')).toBe('fra');
    expect(toIso6391('deu')).toBe('de');
    expect(toIso6391('xyz')).toBe('und');
  });
});
