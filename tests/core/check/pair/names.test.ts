import { describe, expect, it } from 'vitest';
import { checkNames } from '../../../../src/core/check/rules/names.ts';
import { lexiconOf, makePair } from './make-pair.ts';

const lexicon = lexiconOf([
  ['apple', 'pomme'],
  ['baker', 'boulanger'],
  ['amazon', 'amazone'],
  ['said', 'dit'],
  ['official', 'responsable'],
]);

describe('checkNames', () => {
  it('finds names and acronyms as written, as known renderings and as cognates', () => {
    const ctx = makePair(
      [
        'Employees told Bezos that Amazon sold Rekognition to ICE and the DHS, the ACLU said.',
        'U.S. officials met NATO staff in London with American and Syrian diplomats.',
      ],
      [
        'Les employés ont dit à Bezos qu’Amazon vendait Rekognition à l’ICE et au DHS, selon l’ACLU.',
        'Des responsables des États-Unis ont vu le personnel de l’OTAN à Londres avec des diplomates américains et syriens.',
      ],
      { lexicon },
    );
    expect(checkNames(ctx)).toEqual([]);
  });

  it('flags a missing acronym over the translation', () => {
    const ctx = makePair(
      ['Amazon sold Rekognition to ICE and DHS, the ACLU said.'],
      ['Amazon a vendu Rekognition à l’ICE, a dit l’ACLU.'],
      { lexicon },
    );
    const findings = checkNames(ctx);
    expect(findings.map((f) => [f.params.issue, f.expected])).toEqual([['missing', 'DHS']]);
  });

  it('flags a name replaced by another, on the newcomer', () => {
    const ctx = makePair(
      ['The letter from Bezos reached Palantir.'],
      ['La lettre de Kowalczyk est arrivée chez Palantir.'],
      {
        lexicon,
      },
    );
    const [f, ...rest] = checkNames(ctx);
    expect(rest).toEqual([]);
    expect([f?.actual, f?.expected, f?.params.issue]).toEqual(['Kowalczyk', 'Bezos', 'changed']);
  });

  it('flags a name translated as a common noun, with a fix', () => {
    const ctx = makePair(
      ['Shares of Apple fell.', 'Analysts expect Apple to recover.', 'The report by James Baker said so.'],
      [
        'Les actions de pomme ont baissé.',
        'Les analystes attendent une reprise de pomme.',
        'Le rapport de James boulanger le disait.',
      ],
      { lexicon },
    );
    const findings = checkNames(ctx);
    expect(findings.map((f) => [f.actual, f.expected, f.params.issue])).toEqual([
      ['pomme', 'Apple', 'translated'],
      ['pomme', 'Apple', 'translated'],
      ['boulanger', 'Baker', 'translated'],
    ]);
    expect(findings[0]?.fix?.[0]?.text).toBe('Apple');
  });

  it('leaves offices and capitalised common words translated as common nouns alone', () => {
    const ctx = makePair(
      ['The Mayor said the Official Report was late.', 'The Mayor repeated it.'],
      ['Le maire a dit que le rapport officiel était en retard.', 'Le maire l’a répété.'],
      {
        lexicon: lexiconOf([
          ['mayor', 'maire'],
          ['report', 'rapport'],
          ['official', 'officiel'],
        ]),
      },
    );
    expect(checkNames(ctx)).toEqual([]);
  });

  it('does not read headline capitals as names', () => {
    const ctx = makePair(
      ['Amazon Workers Protest Facial Recognition Sale', 'Amazon workers protested on Friday.'],
      ['Des salariés d’Amazon protestent contre la vente', 'Des salariés d’Amazon ont protesté vendredi.'],
      { lexicon },
    );
    expect(checkNames(ctx)).toEqual([]);
  });
});
