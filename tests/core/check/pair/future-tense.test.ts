/**
 * French future and conditional verbs reach their infinitive in the pair checks' lexicon look-up
 * (`perdront` → perdre → lose, `deviendront` → devenir → become): a translated sentence in the
 * future was read as unexplained by its source and reported as an addition.
 */
import { describe, expect, it } from 'vitest';
import { loadPairLexicon } from '../../../../src/cli/load-lexicons.ts';
import { lexicalCoverage } from '../../../../src/core/check/pair/lexical-coverage.ts';
import { orientLexicon } from '../../../../src/core/check/pair/orient-lexicon.ts';
import { indexWords } from '../../../../src/core/check/pair/word-index.ts';
import { checkAdditions } from '../../../../src/core/check/rules/addition.ts';
import { makePair } from './make-pair.ts';

const lexicon = loadPairLexicon('en', 'fr');

const EN = [
  'The council met on Monday to discuss the new budget.',
  'The reform will change the way parishes work.',
  'Some will lose or sell churches; others will become stronger.',
  'The bishops will be consulted before the vote.',
  'The mayor thanked the teachers for their work.',
];
const FR = [
  'Le conseil s’est réuni lundi pour discuter du nouveau budget.',
  'La réforme changera le fonctionnement des paroisses.',
  'Certaines d’entre elles perdront ou vendront leurs églises, hélas.',
  'D’autres, en revanche, deviendront bien plus fortes.',
  'Les évêques seront consultés avant le vote.',
  'Le maire a remercié les enseignants pour leur travail.',
];

describe('French verbs in the future', () => {
  it('are covered by their source through the infinitive', () => {
    const source = 'Some will lose members, others will become stronger and they will establish new rules.';
    const index = indexWords([{ start: 0, end: source.length, text: source } as never]);
    const reverse = orientLexicon(lexicon, 'fr', 'en');
    const coverage = lexicalCoverage(
      'Certains perdront des membres, d’autres deviendront plus forts et seront plus actifs; ils établiront des règles.',
      'fr',
      index,
      reverse,
    );
    expect(coverage.uncovered).not.toContain('perdront');
    expect(coverage.uncovered).not.toContain('deviendront');
    expect(coverage.uncovered).not.toContain('établiront');
    // The auxiliary, a function word as `sont` and `will` are.
    expect(coverage.uncovered).not.toContain('seront');
  });

  it('leave a source sentence translated as two unflagged as an addition', () => {
    const ctx = makePair(EN, FR, {
      beads: [
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1], tgt: [1], confidence: 1 },
        { src: [2], tgt: [2, 3], confidence: 1 },
        { src: [3], tgt: [4], confidence: 1 },
        { src: [4], tgt: [5], confidence: 1 },
      ],
      ...(lexicon ? { lexicon } : {}),
    });
    expect(checkAdditions(ctx)).toEqual([]);
  });
});
