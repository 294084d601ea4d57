import { describe, expect, it } from 'vitest';
import { classifyNoise } from '../../../src/core/check/noise-paragraphs.ts';
import { check } from './helpers.ts';

describe('classifyNoise on terse site furniture', () => {
  it('classes copyright lines, bare ad labels, comment counters and cookie notices', () => {
    expect(classifyNoise('© 2019 Tous droits réservés')).toBe('copyright');
    expect(classifyNoise('Copyright Reuters 2013. All rights reserved.')).toBe('copyright');
    expect(classifyNoise('Advertisement')).toBe('promo');
    expect(classifyNoise('Publicité')).toBe('promo');
    expect(classifyNoise('Comments (7)')).toBe('comments');
    expect(classifyNoise('Commentaires (12)')).toBe('comments');
    expect(
      classifyNoise('En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.'),
    ).toBe('cookies');
    expect(classifyNoise('We use cookies to improve your experience. By continuing you agree.')).toBe(
      'cookies',
    );
  });

  it('leaves news sentences about the same things alone', () => {
    for (const line of [
      'The advertisement was withdrawn after complaints.',
      'La publicité a été retirée après des plaintes.',
      'Regulators criticised the use of cookies to track users across sites.',
      'Les cookies tiers seront bloqués par défaut dans Chrome dès 2024.',
      'Comments made by the minister (on Monday) caused an uproar.',
      'The company said it reserved the right to appeal.',
    ])
      expect(classifyNoise(line), line).toBeUndefined();
  });

  it('takes a short call to follow or share on a network for furniture, not a headline ending on one', () => {
    for (const line of [
      'Share on Facebook',
      'Retrouvez-nous sur Facebook !',
      'Suivez Le Monde sur Twitter',
      'Find us on Instagram.',
    ])
      expect(classifyNoise(line), line).toBe('share');
    for (const line of [
      // A WMT headline: the clean export dropped it as site furniture.
      'Les murs ont des yeux: les chercheurs vous étudient sur Facebook',
      'The minister announced his resignation in a short message on Twitter.',
    ])
      expect(classifyNoise(line), line).toBeUndefined();
  });

  it('lets the noise check flag them with the edit that drops the paragraph', () => {
    const text =
      'Le comité s’est réuni lundi à Bruxelles pour discuter du budget.\n© 2019 Le Monde. Tous droits réservés\nPublicité';
    const found = check(text, 'noise').filter((f) => f.rule === 'noise-paragraph');
    expect(found.map((f) => f.params?.kind)).toEqual(['copyright', 'promo']);
    expect(found.every((f) => (f.fix?.length ?? 0) > 0)).toBe(true);
  });

  it('takes a short line that opens or ends with the site name its e-mail or web address gives for its name or tagline', () => {
    const top = '61 rue Henri Barbusse 92110 Clichy Levallois\n\ninfo@issmi.fr\n\n';
    const article = 'Amazon lui aussi fait face à la grogne de ses employés pour Rekognition';
    const kinds = (text: string) =>
      check(text, 'noise')
        .filter((f) => f.rule === 'noise-paragraph')
        .map((f) => f.params?.kind);
    // The sample's 001: the tagline under the address and the e-mail line.
    expect(kinds(`${top}${article}\n\nISSMI, trouver un job chez des grands comptes\n\n${article}.`)).toEqual(
      ['address', 'email', 'branding'],
    );
    // An article sentence naming the site ends with its full stop; a line not opening or ending
    // with the name is not its tagline; a mail provider names no site.
    expect(
      kinds(`${top}ISSMI recrute cent ingénieurs à Lyon cette année.\n\nLe réseau ISSMI en chiffres`),
    ).toEqual(['address', 'email']);
    expect(kinds('contact : jean.dupont@gmail.com\n\nGmail, la messagerie de Google')).toEqual(['email']);
    expect(kinds('ISSMI, trouver un job chez des grands comptes')).toEqual([]);
  });
});
