/**
 * Site furniture scraped with an article: log-in prompts, comment forms, share and like
 * prompts, "Lire aussi" blocks, postal addresses and e-mail lines, tag lists, photo credits,
 * navigation, copyright lines, bare advertising labels, comment counters, cookie notices. Told
 * apart by patterns on short paragraphs (content paragraphs are long and end in sentence
 * punctuation); a related-article title right after "Lire aussi :" is noise too, and so is a
 * short line that opens or ends with the site name its e-mail or web address gives away.
 * The aligner and the exporters leave these paragraphs out unless the user keeps them.
 */
import type { TextDocument } from '../model/document.ts';

/** What kind of furniture a paragraph is. */
export type NoiseKind =
  | 'login'
  | 'comments'
  | 'share'
  | 'related'
  | 'address'
  | 'email'
  | 'tags'
  | 'credit'
  | 'navigation'
  | 'promo'
  | 'copyright'
  | 'cookies'
  | 'branding';

/** One noise paragraph. */
export interface NoiseParagraph {
  readonly index: number;
  readonly kind: NoiseKind;
}

// Patterns tried in order on paragraphs of at most MAX_LENGTH characters.
const PATTERNS: readonly (readonly [NoiseKind, RegExp])[] = [
  [
    'login',
    /forgot (?:your )?password|remember me|\b(?:log ?in|log ?out|sign ?(?:in|up))\b|^(?:se connecter|connexion|mot de passe oublié|s['’]inscrire|créer un compte|mon compte|abonnez-vous|subscribe)\b/iu,
  ],
  [
    'comments',
    /^(?:comments?|commentaires?|\d+ comment(?:aire)?s?)$|^(?:comments?|commentaires?|kommentare?)\s*\(\d+\)$|leave a (?:reply|comment)|laisser un commentaire|please enter your (?:comment|name|email)|facebook comments|(?:issues|problems) with commenting|réagir à cet article|ajouter un commentaire/iu,
  ],
  [
    'share',
    // A call ending on a network is short (`Retrouvez-nous sur Facebook`, `Suivez Le Monde sur
    // Twitter`): a headline ending on one (`… les chercheurs vous étudient sur Facebook`) is not.
    /\b(?:likez|like (?:us|our|his|her|their) page|(?:follow|suivez)[- ](?:us|him|her|them|nous)|share (?:this|on)|vous avez apprécié cet article)|^(?:\S+\s+){0,3}(?:on|sur) (?:facebook|twitter|linkedin|instagram)\s*[!.]?$|^(?:partage[rz]?|tweet(?:er)?)\b|partage[rz]? (?:sur|cet article)/iu,
  ],
  [
    'related',
    /^(?:à )?lire (?:aussi|également)\b|^(?:read|see) (?:more|also)\b|^related\b|^more (?:about|news|from)\b|^(?:latest|top|most read) (?:news|stories)$|^sur le même sujet\b|^dans la même rubrique\b/iu,
  ],
  ['promo', /^(?:vid[ée]o|diaporama|en images|podcast|sponsoris[ée]|publicité|advertisement)\s*[:|-]/iu],
  // A bare advertising label over an ad slot.
  ['promo', /^(?:advertisement|publicité|anzeige|sponsored|annonce)$/iu],
  ['copyright', /^©|\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten)\b/iu],
  // A cookie-consent notice speaks to the reader ("you", "we"); a news sentence about the use
  // of cookies does not.
  [
    'cookies',
    /^(?=.*\bcookies?\b)(?=.*\b(?:you|your|vous|votre|vos|sie|ihre|we|our|nous|notre|wir)\b)(?=.*\b(?:accept|agree|consent|acceptez|accepter|akzeptieren|use|uses|utilise|utilisons|utilisation|verwenden|continuing|poursuivant)\b)/iu,
  ],
  [
    'address',
    /^\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse|route|street|st\.|road|rd\.|ave\.?)\b.*\b\d{4,5}\b/iu,
  ],
  ['email', /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:e-?mail|courriel|contact)\s*:\s*\S+@\S+$/iu],
  ['tags', /^(?:tags?|mots?[- ]cl[ée]s?|keywords|th[èe]mes?|topics?)\s*:/iu],
  ['credit', /^(?:photo|crédit(?: photo)?|credit|image|illustration|source)s?\s*:/iu],
  [
    'credit',
    /(?:^|[.)]\s)\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}&.'’ -]*(?:\/\s?\p{Lu}[\p{L}&.'’ -]*)*$/u,
  ],
  [
    'navigation',
    /^(?:accueil|home|menu|search|recherche|rechercher|newsletter|haut de page|back to top|previous|next|précédent|suivant)$/iu,
  ],
  ['navigation', /^link name\b/iu],
];

const MAX_LENGTH = 200;
// Furniture is terse: a paragraph of more words than this is article text, whatever it says.
const MAX_WORDS = 25;

/** Classify one paragraph's text as furniture, or undefined for content. */
export function classifyNoise(paragraph: string): NoiseKind | undefined {
  const s = paragraph.trim();
  if (s.length === 0 || s.length > MAX_LENGTH) return undefined;
  if (s.split(/\s+/).length > MAX_WORDS) return undefined;
  for (const [kind, re] of PATTERNS) if (re.test(s)) return kind;
  return undefined;
}

/** Most words of a site's name or tagline line (`ISSMI, trouver un job chez des grands comptes`). */
const BRANDING_WORDS = 12;
/** Mail and hosting domains that name no site of their own. */
const COMMON_DOMAINS = new Set(
  'gmail googlemail yahoo hotmail outlook live msn aol icloud me orange wanadoo free sfr laposte gmx web protonmail yandex mail'.split(
    ' ',
  ),
);

/**
 * The site's names its furniture gives away: the domains of its e-mail addresses and links
 * (`info@issmi.fr`, `www.issmi.fr` → `issmi`), mail providers left out.
 */
function siteNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/(?:@|\bwww\.|https?:\/\/)([\p{L}\d-]+)\.[\p{L}]{2,}/giu)) {
      const name = m[1]!.toLowerCase();
      if (name.length >= 3 && !COMMON_DOMAINS.has(name)) names.add(name);
    }
  return names;
}

/** The noise paragraphs of `doc`, by paragraph index. */
export function noiseParagraphs(doc: TextDocument): NoiseParagraph[] {
  const out: NoiseParagraph[] = [];
  let afterRelated = false;
  const texts = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end).trim());
  const kinds: (NoiseKind | undefined)[] = [];
  doc.paragraphs.forEach((p, k) => {
    const s = texts[k]!;
    let kind = classifyNoise(s);
    // The title of a related article under "Lire aussi :" (no final full stop).
    if (!kind && afterRelated && s.length <= MAX_LENGTH && !/[.!?»"”]$/.test(s)) kind = 'related';
    afterRelated = kind === 'related' && /[:：]\s*$/.test(s);
    kinds[k] = kind;
    if (kind) out.push({ index: p.index, kind });
  });
  // A short line that opens or ends with the site's own name, with no sentence punctuation at
  // its end, is its name or tagline (`ISSMI, trouver un job chez des grands comptes` under
  // `info@issmi.fr`); an article sentence that names the site ends with its full stop.
  const furniture = texts.filter((_, k) => kinds[k] !== undefined);
  const names = siteNames(furniture);
  if (names.size === 0) return out;
  doc.paragraphs.forEach((p, k) => {
    const s = texts[k]!;
    if (kinds[k] || /[.!?»"”:]$/u.test(s)) return;
    const words = s.split(/\s+/u);
    if (words.length > BRANDING_WORDS) return;
    const bare = (w: string | undefined) =>
      (w ?? '').toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    if (names.has(bare(words[0])) || names.has(bare(words[words.length - 1])))
      out.push({ index: p.index, kind: 'branding' });
  });
  return out.sort((a, b) => a.index - b.index);
}
