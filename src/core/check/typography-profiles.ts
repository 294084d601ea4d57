/**
 * French and English typographic conventions as data, so that the typography and quotes rules
 * read a setting instead of hard-coding one country's usage. Sources: Lexique des règles
 * typographiques en usage à l'Imprimerie nationale (fr-FR), OQLF Banque de dépannage
 * linguistique (fr-CA), Guide du typographe romand (fr-CH), Chicago Manual of Style (en).
 */

/** How a space before a mark (or inside a guillemet) is wanted. */
export type SpaceRule = 'required' | 'optional' | 'none';

/** One profile: spaces around high punctuation and guillemets, quotation marks by level. */
export interface TypographyProfile {
  readonly id: string;
  readonly lang: string;
  /** Space wanted before each of `; : ! ?`. */
  readonly before: Readonly<Record<';' | ':' | '!' | '?', SpaceRule>>;
  /** Space wanted after « and before ». */
  readonly insideGuillemets: SpaceRule;
  /** The space a fix inserts, by mark (`:` and guillemets take U+00A0 in fr-FR, the rest U+202F). */
  readonly preferred: Readonly<Record<';' | ':' | '!' | '?' | 'guillemet', string>>;
  /** Spaces that satisfy a required or optional space. */
  readonly accepted: readonly string[];
  /** Quotation marks by nesting level: [open, close] for level 0, level 1. */
  readonly quotes: readonly (readonly [string, string])[];
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The built-in profiles, by id. */
export const TYPOGRAPHY_PROFILES: Readonly<Record<string, TypographyProfile>> = {
  'fr-FR': {
    id: 'fr-FR',
    lang: 'fr',
    before: { ';': 'required', ':': 'required', '!': 'required', '?': 'required' },
    insideGuillemets: 'required',
    preferred: { ';': NNBSP, ':': NBSP, '!': NNBSP, '?': NNBSP, guillemet: NNBSP },
    accepted: [NBSP, NNBSP],
    quotes: [
      ['«', '»'],
      ['“', '”'],
    ],
  },
  // OQLF: a no-break space before the colon and inside guillemets; none (or a thin one) before ; ! ?
  'fr-CA': {
    id: 'fr-CA',
    lang: 'fr',
    before: { ';': 'optional', ':': 'required', '!': 'optional', '?': 'optional' },
    insideGuillemets: 'required',
    preferred: { ';': NNBSP, ':': NBSP, '!': NNBSP, '?': NNBSP, guillemet: NBSP },
    accepted: [NBSP, NNBSP],
    quotes: [
      ['«', '»'],
      ['“', '”'],
    ],
  },
  // Swiss usage: a thin no-break space or none before ; : ! ? and inside guillemets.
  'fr-CH': {
    id: 'fr-CH',
    lang: 'fr',
    before: { ';': 'optional', ':': 'optional', '!': 'optional', '?': 'optional' },
    insideGuillemets: 'optional',
    preferred: { ';': NNBSP, ':': NNBSP, '!': NNBSP, '?': NNBSP, guillemet: NNBSP },
    accepted: [NBSP, NNBSP],
    quotes: [
      ['«', '»'],
      ['‹', '›'],
    ],
  },
  en: {
    id: 'en',
    lang: 'en',
    before: { ';': 'none', ':': 'none', '!': 'none', '?': 'none' },
    insideGuillemets: 'none',
    preferred: { ';': '', ':': '', '!': '', '?': '', guillemet: '' },
    accepted: [],
    quotes: [
      ['“', '”'],
      ['‘', '’'],
    ],
  },
};

/** The profile for an id or a language ('fr' → fr-FR, 'en-GB' → en); fr-FR when unknown. */
export function typographyProfile(idOrLang: string): TypographyProfile {
  const exact = TYPOGRAPHY_PROFILES[idOrLang];
  if (exact) return exact;
  const lang = idOrLang.slice(0, 2).toLowerCase();
  if (lang === 'en') return TYPOGRAPHY_PROFILES.en!;
  return TYPOGRAPHY_PROFILES['fr-FR']!;
}
