import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../../src/core/align/align-segments.ts';
import { isFurniture } from '../../../src/core/align/is-furniture.ts';

const EN = [
  'The committee met on Monday in Brussels to discuss the budget.',
  'Ministers from twelve countries attended the meeting.',
  'They agreed to raise spending on research by 4 percent in 2019.',
  'The agreement still needs the approval of the European Parliament.',
];
const FR = [
  'Le comité s’est réuni lundi à Bruxelles pour discuter du budget.',
  'Des ministres de douze pays ont assisté à la réunion.',
  'Ils ont accepté d’augmenter de 4 pour cent les dépenses de recherche en 2019.',
  'L’accord doit encore être approuvé par le Parlement européen.',
];

describe('isFurniture', () => {
  it('recognises share buttons, related links, copyright lines, ad labels, comment counters, cookie notices', () => {
    for (const line of [
      'Share on Facebook',
      'Lire aussi : la réforme en cinq questions',
      '© 2019 Tous droits réservés',
      'Advertisement',
      'Publicité',
      'Comments (7)',
      'En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.',
    ])
      expect(isFurniture(line), line).toBe(true);
  });

  it('takes article text, headlines and quotations for content', () => {
    for (const line of [
      'Ministers from twelve countries attended the meeting.',
      'Armed man holds up chemist’s in Friedenau',
      '« Nous partageons cette analyse », a-t-il dit.',
      'The advertisement was withdrawn after complaints.',
    ])
      expect(isFurniture(line), line).toBe(false);
  });
});

describe('alignSegments with site furniture', () => {
  it('leaves furniture at both ends unpaired instead of pairing it across', async () => {
    const src = ['Share on Facebook', ...EN, '© 2019 All rights reserved'];
    const tgt = ['Publicité', ...FR, 'Commentaires (12)'];
    const alignment = await alignSegments(src, tgt, { level: 'paragraph', mode: 'parallel' });
    const pairs = alignment.beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
    expect(pairs.map((b) => `${b.src}:${b.tgt}`)).toEqual(['1:1', '2:2', '3:3', '4:4']);
  });
});
