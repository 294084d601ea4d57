/**
 * The speaker of a quotation, where the text names one: a speech verb right after the closing
 * mark (`», a déclaré Amazon`, `,” wrote the employees`, `,” they proclaimed`), a subject and
 * speech verb right before the opening mark (`Andy Jassy a déclaré : «`, `employees claimed “`),
 * or `selon …` / `according to …` in the same sentence.
 */
import type { Lang, Span } from '../model/document.ts';
import type { Speaker } from './quotation.ts';

const FR_VERBS =
  'déclar|dit|dis|écri|ajout|répét|affirm|expliqu|indiqu|précis|soulign|estim|assur|rapport|répond|confi|lanc|martel|insist|prévien|préven|avert|reconn|admi|annonc|déplor|dénonc|regrett|poursui|conclu|comment|racont|twee|proclam|clam|rappel|avou|confirm|exig|demand|recommand|sout|réclam|promi|promet|jugé|jugea|jugent|observ|résum|ironis|réag|rétorqu|répliqu|lâch|exclam';
const EN_VERBS =
  'said|says|say|wrote|writes|write|added|adds|told|tells|stated|states|declared|declares|claimed|claims|explained|noted|notes|continued|continues|proclaimed|argued|insisted|warned|asked|replied|announced|tweeted|explained|demanded|urged|concluded|recalled|admitted|acknowledged|complained|cautioned|promised|vowed|pledged|stressed|emphasized|emphasised|observed|remarked';

// The auxiliary of an inverted compound tense, its pronoun the speaker (`», a-t-elle ajouté`,
// `», ont-ils affirmé`, `», avait-il déclaré`).
const FR_INVERTED_AUX = '(?:a-t|ont|avait|avaient|aurait|auraient)-(il|elle|ils|elles|on)';

// Adverbs between an auxiliary and its participle (`a également jugé`, `a encore rappelé`).
const FR_ADVERBS =
  '(?:également|aussi|encore|déjà|ensuite|alors|enfin|pourtant|toutefois|cependant|même|notamment|simplement|clairement)';

// Words that end a speaker's noun phrase.
const STOP =
  /^(?:dans|à|au|aux|lors|en|sur|pour|puis|devant|après|avant|depuis|pendant|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mardi|ce|cette|qui|que|et|mais|in|to|at|on|during|for|last|this|after|before|when|while|as|who|that|and|but|because|from|with|avec|par|by|via|on|about)$/iu;

// A reflexive speech clause (`», se félicite le syndicat`, `», s'est inquiété un élu`), and the
// verbs that speak only so (`se félicite` is said, `félicite` is not).
const FR_REFLEXIVE = "(?:se\\s+sont\\s+|s['’](?:est|était)\\s+|se\\s+|s['’])";
const FR_REFLEXIVE_VERBS = `(?<=${FR_REFLEXIVE})(?:félicit|réjou|inquièt|inquiét|interrog|indign|étonn|désol|emport|agac)`;

// After the closer (and its comma), `juge` is the verb (`», juge Marc Roy`), not the noun; `répét` a
// verb too (`a répété`), not `la répétition`.
const VERB_FR_AFTER = new RegExp(
  `^[\\s\\u00a0\\u202f]*[,.]?[\\s\\u00a0\\u202f]*(?:(?:a|ont|avait|avaient|aurait|auraient)\\s+|${FR_INVERTED_AUX}\\s+|${FR_REFLEXIVE})?(?:${FR_VERBS}|${FR_REFLEXIVE_VERBS}|juge|répét)\\p{L}*(?:-t)?(?:-(il|elle|ils|elles|on))?[\\s\\u00a0\\u202f]*`,
  'iu',
);
/**
 * What French puts between a speech verb and its subject: when (`a déclaré lundi soir Helen
 * Marsh`, `hier`), to whom (`a dit à l'AFP un responsable`, `au Monde`, `à la presse`), and
 * adverbs (`juge pour sa part Marc Roy`, `estime encore le ministre`).
 */
const FR_BEFORE_SUBJECT =
  /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)(?:\s+(?:soir|matin|midi|après-midi|dernier))?[\s\u00a0\u202f]+|(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|encore|aussi|également|toutefois|pourtant)[\s\u00a0\u202f]+|(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:\p{Lu}[\p{L}\p{N}'’.-]*|presse|journalistes|médias)[\s\u00a0\u202f]+)+/u;

/** What introduces a speech clause after the quotation in a cleft (`: c'est ce qu'a`, `, voilà ce qu'ont`). */
const FR_CLEFT =
  /^[\s\u00a0\u202f]*[,:.]?[\s\u00a0\u202f]*(?:c['’]est|voilà|voici|tel est)[\s\u00a0\u202f]+ce[\s\u00a0\u202f]+qu['’]/iu;

/** `Pour le syndicat, « … »`: who holds the view a sentence opens with (its phrase must name someone). */
const FR_POUR = /^[\s\u00a0\u202f]*Pour\s+/u;
const POUR_SOMEONE =
  /^(?:\p{Lu}|(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\s*\p{L}|(?:lui|elle|eux|elles)$)/u;
const POUR_NO_ONE =
  /(?:^\p{L}+\s+part|^l['’]instant|^le moment|^l['’]heure|^le reste|^l['’]essentiel|^l['’]avenir|^ce faire)$/iu;

const EN_SPEECH_VERB = new RegExp(`^(?:${EN_VERBS})$`, 'u');

/** Whether a folded English word is a speech verb (`said`, `told`, `added`…). */
export function isEnglishSpeechVerb(word: string): boolean {
  return EN_SPEECH_VERB.test(word);
}

const VERB_EN_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:has\\s+|had\\s+)?(?:${EN_VERBS})\\b\\s*`, 'iu');
const SUBJ_EN_AFTER = new RegExp(
  `^\\s*,?\\s*((?:he|she|they|we|it|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}|the\\s+\\p{L}+(?:\\s+\\p{L}+)?))\\s+(?:${EN_VERBS})\\b`,
  'u',
);
// The subject of the `que` clause that may stand before the quoted words (`Tim Cook a affirmé
// que l'entreprise « ne vendra jamais… »`): up to five words, no punctuation; the quotation is
// still the speaker's (the words he said of it). Each word comes after a space (the first may
// follow `qu'`): split any other way, the words would give the regex exponentially many readings.
const FR_QUE_SUBJECT = `(?:(?<=['’])[^\\s.!?…:;,«»“”"]+)?(?:[\\s\\u00a0\\u202f]+[^\\s.!?…:;,«»“”"]+){0,5}`;
// A speech verb before the quotation, then `que`, or a colon; after a compound tense, words may
// come between the verb and its colon or `que` (`a prévenu les syndicats :`, `a tweeté dimanche
// soir :`, `l'a redit lundi :`, `a averti mardi que`). A simple tense takes none: `Le commentaire du syndicat :` is a noun's.
// The verb starts a word (`a réaffirmé` read `affirmé` and gave `Il a ré`).
const VERB_BEFORE_FR = new RegExp(
  `(?:(?<!\\p{L})(?:n['’])?(?:a|ont|avait|avaient|aurait|auraient|s['’]est|se\\s+sont|s['’]était|s['’]étaient)\\s+(?:(?:${FR_ADVERBS}|pas|jamais|plus)\\s+){0,2}(?:re|ré)?(?:${FR_VERBS})\\p{L}*(?:[^.!?…:;«»“”"]{0,60}?[\\s\\u00a0\\u202f](?:que|qu['’])${FR_QUE_SUBJECT}|\\s*(?:que|qu['’])${FR_QUE_SUBJECT}|[^.!?…:;«»“”"]{0,60}:)?|(?<!\\p{L})(?:re|ré)?(?:${FR_VERBS})\\p{L}*\\s*(?:que|qu['’]|:)?)[\\s\\u00a0\\u202f]*$`,
  'iu',
);
// Whose words a quotation is, after `citer` / `quote` (`Elle a cité sa grand-mère : « … »`, `He
// quoted his grandmother: "…"`): the one cited, not the one citing.
const CITED_BEFORE = new RegExp(
  `(?:(?<!\\p{L})(?:a|ont|avait|avaient|aurait|auraient)\\s+(?:${FR_ADVERBS}\\s+)?cité|\\b(?:quoted|cited|quoting|citing))[\\s\\u00a0\\u202f]+([^.!?…:;,«»“”"]{1,60}?)[\\s\\u00a0\\u202f]*:[\\s\\u00a0\\u202f]*$`,
  'iu',
);
// Object pronouns between a subject and its verb (`Le président l'a dit`, `Elle nous a confié`).
const FR_OBJECT_PRONOUNS =
  /(?<=\S)(?:[\s\u00a0\u202f]+(?:l['’]|m['’]|t['’]|lui|leur|nous|vous)(?=[\s\u00a0\u202f]|$))+[\s\u00a0\u202f]*$/iu;
// A compound speech verb with its infinitive's `de` (`La gouverneure a promis de « moderniser… »`,
// `ont demandé à « … »`); only after an auxiliary, since `l'annonce de « … »` is a noun's.
const VERB_BEFORE_FR_INFINITIVE = new RegExp(
  `(?:n['’])?(?:a|ont|avait|avaient|aurait|auraient)\\s+(?:(?:${FR_ADVERBS}|pas|jamais|plus)\\s+){0,2}(?:${FR_VERBS})\\p{L}*\\s+(?:de\\s+|d['’]|à\\s+)[\\s\\u00a0\\u202f]*$`,
  'iu',
);
// Auxiliaries and adverbs between an English subject and its speech verb (`I would say`, `He
// has said`, `She also told`, `The minister later added`): no part of the subject.
const EN_BEFORE_VERB =
  /(?<=\S)(?:\s+(?:would|will|could|should|might|must|can|may|did|does|do|has|have|had|also|then|later|once|again|repeatedly|recently|previously|simply|just|never|not))+\s*$/iu;
const VERB_BEFORE_EN = new RegExp(`\\b(?:${EN_VERBS})\\b[^.!?“”"«»]{0,60}?(?:that|:|,)?\\s*$`, 'iu');

/** Words of a noun phrase read forward from the start of `text` (up to 6 words). */
function phraseAfter(text: string, offset: number): { name: string; span: Span } | null {
  const words: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu)) {
    const word = match[0];
    if (!/[\p{L}\p{N}]/u.test(word[0]!)) break;
    // A sentence's last word keeps its full stop (`le ministre lundi.`): `lundi.` is still `lundi`.
    const bare = word.replace(/[.]$/u, '');
    if (STOP.test(bare) && words.length > 0) break;
    if (STOP.test(bare)) return null;
    words.push({ start: match.index, end: match.index + word.replace(/[.]$/u, '').length });
    if (words.length === 6) break;
    // A full stop after a word of three letters or more ends the sentence (`la gouverneure.
    // Nous devons…`); after an initial or a short title it is the word's (`J.`, `M.`, `Dr.`).
    if (/\p{L}{3}\.$/u.test(word)) break;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { name: text.slice(first.start, last.end), span: [offset + first.start, offset + last.end] };
}

/** Words of a noun phrase read backward from the end of `text` (up to `most` words). */
function phraseBefore(text: string, offset: number, most = 4): { name: string; span: Span } | null {
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  let i = tokens.length - 1;
  const end = tokens[i];
  if (!end) return null;
  let startIdx = -1;
  while (i >= 0 && tokens.length - i <= most) {
    const word = tokens[i]![0];
    if (STOP.test(word)) break;
    // Stop at punctuation between words.
    const next = tokens[i + 1];
    if (next && /[,;:()«»“”"]/u.test(text.slice(tokens[i]!.index + word.length, next.index))) break;
    startIdx = i;
    i--;
  }
  const first = tokens[startIdx];
  if (!first) return null;
  return {
    name: text.slice(first.index, end.index + end[0].length),
    span: [offset + first.index, offset + end.index + end[0].length],
  };
}

/**
 * A speaker named by a title, with the name set beside it by a comma (`a estimé son président,
 * Marc Roy.`): the title alone (`son président`) did not say who spoke.
 */
function withApposedName(text: string, np: { name: string; span: Span }): { name: string; span: Span } {
  if (/^\p{Lu}/u.test(np.name)) return np;
  const apposed =
    /^,[\s\u00a0\u202f]+\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}'’.-]*){0,3}(?=[\s\u00a0\u202f]*(?:[,.;:!?)]|$))/u.exec(
      text.slice(np.span[1], np.span[1] + 80),
    );
  if (!apposed) return np;
  // A full stop after the name ends the sentence (`Marc Roy.`); after an initial it is the name's (`J.`).
  const end = np.span[1] + apposed[0].replace(/(\p{L}{2})\.$/u, '$1').length;
  return { name: text.slice(np.span[0], end), span: [np.span[0], end] };
}

/**
 * Whether `after` (the text right after a closing mark) opens with a speech clause: a comma and
 * a speech verb in French (`, a déclaré le ministre`), a speech verb or a subject and one in
 * English (`said the minister`, its comma inside the quotation). Narration, not quoted words.
 */
export function startsSpeechClause(after: string, lang: Lang): boolean {
  if (lang === 'fr') return /^[\s\u00a0\u202f]*,/u.test(after) && VERB_FR_AFTER.test(after);
  return VERB_EN_AFTER.test(after) || SUBJ_EN_AFTER.test(after);
}

/** The subject of a reporting verb at `verbAt` (`les employés ont demandé …`), within `para`. */
export function subjectBefore(text: string, verbAt: number, para: Span): Speaker | null {
  const head = text.slice(para[0], verbAt);
  const cut = head.search(/[.!?…][\s\u00a0\u202f]+[^.!?…]*$/u);
  const from = cut < 0 ? para[0] : para[0] + cut + 1;
  const head2 = text.slice(from, verbAt);
  // `pour demander …`: a purpose clause, whose subject is not at hand.
  if (/\b(?:pour|afin de|de|d['’])\s*$/iu.test(head2)) return null;
  const subject = head2.replace(
    /(?:\s+(?:a|ont|avait|avaient|ne|n['’]|se|s['’]|ainsi|également|aussi|déjà|encore|donc))+\s*$/iu,
    '',
  );
  if (subject.length === head2.trimEnd().length && !/\s$/u.test(head2)) return null;
  const np = phraseBefore(subject, from);
  return np ? { ...np, cue: 'verb-before' } : null;
}

/** The speaker of a French speech clause that `after` (the text from `at`) opens with, if any. */
function speechClause(text: string, at: number, after: string): Speaker | null {
  const verb = VERB_FR_AFTER.exec(after);
  if (!verb) return null;
  const pronoun = verb[1] ?? verb[2];
  if (pronoun) {
    // The inverted auxiliary's pronoun comes first (`a-t-il dit`), the inverted verb's last.
    const from = at + (verb[2] ? verb[0].indexOf(`-${pronoun}`) + 1 : verb[0].lastIndexOf(pronoun));
    return { name: pronoun, span: [from, from + pronoun.length], cue: 'verb-after' };
  }
  const skip = verb[0].length + (FR_BEFORE_SUBJECT.exec(after.slice(verb[0].length))?.[0].length ?? 0);
  const np = phraseAfter(after.slice(skip), at + skip);
  // A determiner alone names no one (`se rappelle la "top modèle"`: the phrase stops at the mark).
  if (!np || /^(?:le|la|les|l['’]|un|une|des)$/iu.test(np.name)) return null;
  return { ...withApposedName(text, np), cue: 'verb-after' };
}

/**
 * The subject ending `head` (the words before a speech verb), or, when a phrase set between
 * commas ends it, the one that phrase describes (`Emma Marcegaglia, leader de Confindustria, a
 * dit :`, not `Confindustria`).
 */
function subjectPhrase(head: string, offset: number): { name: string; span: Span } | null {
  let subject = head;
  if (/,[\s\u00a0\u202f]*$/u.test(head)) {
    // Only the last 210 characters can hold it: a search over the whole head was quadratic.
    const from = Math.max(0, head.length - 210);
    const apposed = /([^,]{1,80}),([^,]{1,120}),[\s\u00a0\u202f]*$/u.exec(head.slice(from));
    if (apposed?.[1]) {
      subject = head.slice(0, from + apposed.index + apposed[1].length);
      // A title whose apposition is the name (`Le patron d'Apple, Tim Cook, a déclaré`): both,
      // since the title alone does not say who spoke (as withApposedName after the verb).
      const np = phraseBefore(subject, offset);
      const name = apposed[2]!.trim();
      if (np && !/^\p{Lu}/u.test(np.name.replace(FR_DETERMINER_START, '')) && APPOSED_NAME.test(name)) {
        const role = subjectPhrase(subject, offset);
        const end = offset + from + apposed.index + apposed[0].lastIndexOf(name) + name.length;
        if (role) return { name: head.slice(role.span[0] - offset, end - offset), span: [role.span[0], end] };
      }
    }
  }
  // Four words, or up to six to reach the subject's start (`Le président de la Banque`).
  const np = phraseBefore(subject, offset);
  if (!np || FR_SUBJECT_START.test(np.name)) return np;
  const longer = phraseBefore(subject, offset, 6);
  return longer && FR_SUBJECT_START.test(longer.name) ? longer : np;
}

// A person's name set in apposition: one to four capitalised words (`Tim Cook`, `Jean-Luc Mélenchon`).
const APPOSED_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const FR_DETERMINER_START = /^(?:le|la|les|l['’]|un|une|son|sa|ses|leur|notre|ce|cette)[\s\u00a0\u202f]*/iu;

// How a French subject starts: a capital, a determiner, a pronoun or a quantifier; not a
// phrase cut out of a clause (`en même temps a confirmé` gave `même temps`).
const FR_SUBJECT_START =
  /^(?:\p{Lu}|(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|il|elle|ils|elles|on|je|j['’]|nous|vous|tous|toutes|chacun|chacune|plusieurs|certains|certaines|beaucoup|aucun|aucune|personne)(?![\p{L}]))/u;

/** The one cited before a colon (`a cité sa grand-mère :`), if `before` ends so. */
function citedBefore(before: string, offset: number): Speaker | null {
  const cited = CITED_BEFORE.exec(before);
  if (!cited?.[1]) return null;
  const at = cited.index + cited[0].lastIndexOf(cited[1]);
  const np = phraseAfter(cited[1], offset + at);
  return np ? { ...np, cue: 'verb-before' } : null;
}

// Nouns of a person's title or role, or of a body that speaks (`Le maire de Lyon : « … »`).
const FR_ROLE_NOUNS =
  '(?:maire|ministre|président|présidente|[pP]DG|patron|patronne|porte-parole|directeur|directrice|syndicat|syndicats|syndicaliste|secrétaire|député|députée|sénateur|sénatrice|gouverneur|gouverneure|préfet|préfète|procureur|procureure|avocat|avocate|chef|cheffe|dirigeant|dirigeante|responsable|fondateur|fondatrice|chancelier|chancelière|commissaire|ambassadeur|ambassadrice|conseiller|conseillère|adjoint|adjointe|candidat|candidate|élu|élue|premier ministre|première ministre|vice-président|vice-présidente|entraîneur|entraîneuse|sélectionneur|pape|roi|reine|prince|princesse|leader|délégué|déléguée|juge|médecin|expert|experte|économiste|chercheur|chercheuse|militant|militante|opposant|opposante)s?';
const FR_DETERMINER = "(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|notre|nos|ce|cette|ces)";
// A particle is a whole word (`de`, not the start of `demande`), or an elision (`d'Air`).
const FR_PARTICLE = "(?:(?:de|du|des|la|le|les|et|à|au|aux)(?![\\p{L}'’-])|[dl]['’])";
// A role phrase: a determiner, a role noun, then names or words after a particle (`Le maire de
// Lyon`, `Le PDG d'Air France`, `Le ministre Bruno Le Maire`, `la présidente de la région`); a
// lowercase word not after a particle (`le maire de Lyon défie`) ends it.
const FR_ROLE_PHRASE = new RegExp(
  `^(?:${FR_DETERMINER}\\s*)?(?:(?:nouveau|nouvel|nouvelle|ancien|ancienne|futur|future|ex-)\\s*)?${FR_ROLE_NOUNS}(?![\\p{L}-])(?:[\\s\\u00a0\\u202f]+(?:\\p{Lu}[\\p{L}'’.-]*|(?:${FR_PARTICLE}[\\s\\u00a0\\u202f]*)+(?:\\p{L}[\\p{L}'’.-]*)?)){0,6}`,
  'u',
);
// A person's name: two or three capitalised words (`Anne Hidalgo`, `Jean-Luc Mélenchon`), not
// opening with a determiner (`Le Monde`).
const FR_PERSON_NAME =
  /^(?!(?:Le|La|Les|Un|Une|Des)[\s\u00a0\u202f])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[\s\u00a0\u202f]+\p{Lu}[\p{L}'’-]+){1,2}(?![\p{L}])/u;

const TRAILING_PARTICLES = new RegExp(`(?:[\\s\\u00a0\\u202f]+${FR_PARTICLE})+[\\s\\u00a0\\u202f]*$`, 'iu');

/** The role phrase (`Le maire de Lyon`) or person's name (`Anne Hidalgo`) opening `text`, if any. */
function personOrRole(text: string, offset: number): { name: string; span: Span } | null {
  const lead = /^[\s\u00a0\u202f]*/u.exec(text)![0].length;
  const rest = text.slice(lead);
  // Its first two words may be capitalised (`Le maire`, `Maire de Lyon`, `Le Président de la
  // République`): they are matched in lowercase. The regex has no `i` flag, under which \p{Lu}
  // would match any letter and `le maire de Lyon défie` run on.
  const folded = rest.replace(/^\p{Lu}|(?<=^[^\s\u00a0\u202f]+[\s\u00a0\u202f]+)\p{Lu}/gu, (c) =>
    c.toLowerCase(),
  );
  const role = FR_ROLE_PHRASE.exec(folded);
  // A particle it ends on is no part of it (`Le maire de` before `:`).
  const found = role?.[0].replace(TRAILING_PARTICLES, '') ?? FR_PERSON_NAME.exec(rest)?.[0];
  if (!found) return null;
  const name = rest.slice(0, found.trimEnd().length);
  return { name, span: [offset + lead, offset + lead + name.length] };
}

/**
 * The speaker of a headline: a person or role before a colon opening the sentence (`Le maire
 * de Lyon : « … »`), or after a colon following the quotation (`« … » : le maire de Lyon défie
 * le gouvernement`). A topic in that place (`Grève à la SNCF : « … »`, `Brexit : « … »`) names no one.
 */
function headlineSpeaker(before: string, beforeAt: number, after: string, afterAt: number): Speaker | null {
  const colonBefore = /^(.{1,80}?)[\s\u00a0\u202f]*:[\s\u00a0\u202f]*$/su.exec(before);
  if (colonBefore?.[1]) {
    const np = personOrRole(colonBefore[1], beforeAt);
    // The phrase must be all that comes before the colon.
    if (np && colonBefore[1].trim() === np.name) return { ...np, cue: 'verb-before' };
  }
  // After the quotation, only when it opens its sentence (`« … » : le maire …`): in narration
  // (`Il a évoqué « la crise » : le ministre …`) the phrase after the colon need not be its speaker.
  const colonAfter = /^[\s\u00a0\u202f]*:[\s\u00a0\u202f]*/u.exec(after);
  if (colonAfter && before.trim() === '') {
    const np = personOrRole(after.slice(colonAfter[0].length), afterAt + colonAfter[0].length);
    if (np) return { ...np, cue: 'verb-after' };
  }
  return null;
}

/** How far from a quotation its sentence is looked for (characters; a long sentence is 500). */
const SENTENCE_REACH = 2_000;
const LEAD_REACH = 300;

/** Find the speaker of the quotation spanning `span` in `text`, within its paragraph `para`. */
export function findSpeaker(text: string, span: Span, para: Span, lang: Lang): Speaker | null {
  const after = text.slice(span[1], Math.min(para[1], span[1] + 160));
  // The comma of a speech clause sits after the closer in French, before it in English.
  const commaed =
    /^[\s\u00a0\u202f]*,/u.test(after) || /,[\s\u00a0\u202f]*$/u.test(text.slice(span[0], span[1] - 1));
  // The sentence around the quotation, looked for within SENTENCE_REACH of it: a paragraph
  // without full stops (a one-line file) made every quotation read the whole paragraph.
  const reachStart = Math.max(para[0], span[0] - SENTENCE_REACH);
  const reachEnd = Math.min(para[1], span[1] + SENTENCE_REACH);
  const sentenceStart = Math.max(
    reachStart,
    text.slice(reachStart, span[0]).search(/[.!?…][\s\u00a0\u202f]+[^.!?…]*$/u) + reachStart + 1,
  );
  const before = text.slice(sentenceStart, span[0]);
  // A lead before the quotation (a speech verb and the words up to its colon) fits in its last
  // LEAD_REACH characters: matched over the whole sentence, it cost a scan from every auxiliary.
  const leadAt = Math.max(0, before.length - LEAD_REACH);
  const lead = before.slice(leadAt);
  if (lang === 'fr') {
    if (commaed) {
      const found = speechClause(text, span[1], after);
      if (found) return found;
    }
    // `« … » : c'est ce qu'a répété la gouverneure` / `», voilà ce qu'a dit le ministre`.
    const cleft = FR_CLEFT.exec(after);
    if (cleft) {
      const found = speechClause(text, span[1] + cleft[0].length, after.slice(cleft[0].length));
      if (found) return found;
    }
    const cited = citedBefore(lead, sentenceStart + leadAt);
    if (cited) return cited;
    const pre = VERB_BEFORE_FR.exec(lead) ?? VERB_BEFORE_FR_INFINITIVE.exec(lead);
    const head = pre ? before.slice(0, leadAt + pre.index) : '';
    // `Et d'ajouter : « … »`: an infinitive, whose subject is not in its sentence; after a
    // closing mark (`« … », écrit "Selen"`) the subject follows the verb, it is not before it.
    if (
      pre &&
      !/(?:^|[\s\u00a0\u202f])(?:de|d['’])[\s\u00a0\u202f]*$/iu.test(head) &&
      !/[»”"][\s\u00a0\u202f,]*$/u.test(head)
    ) {
      const np = subjectPhrase(head.replace(FR_OBJECT_PRONOUNS, ' '), sentenceStart);
      if (np && FR_SUBJECT_START.test(np.name)) return { ...np, cue: 'verb-before' };
    }
    const pour = FR_POUR.exec(before);
    if (pour) {
      const np = phraseAfter(before.slice(pour[0].length), sentenceStart + pour[0].length);
      if (
        np &&
        POUR_SOMEONE.test(np.name) &&
        !POUR_NO_ONE.test(np.name) &&
        /^[\s\u00a0\u202f]*,/u.test(text.slice(np.span[1], span[0]))
      )
        return { ...np, cue: 'according-to' };
    }
    const headline = headlineSpeaker(before, sentenceStart, after, span[1]);
    if (headline) return headline;
  } else {
    const subj = SUBJ_EN_AFTER.exec(after);
    if (subj?.[1] && commaed) {
      const at = span[1] + subj[0].indexOf(subj[1]);
      return { name: subj[1], span: [at, at + subj[1].length], cue: 'verb-after' };
    }
    const verb = VERB_EN_AFTER.exec(after);
    if (verb && commaed) {
      const np = phraseAfter(after.slice(verb[0].length), span[1] + verb[0].length);
      if (np) return { ...np, cue: 'verb-after' };
    }
    const cited = citedBefore(lead, sentenceStart + leadAt);
    if (cited) return cited;
    const pre = VERB_BEFORE_EN.exec(before);
    if (pre) {
      const np = phraseBefore(before.slice(0, pre.index).replace(EN_BEFORE_VERB, ' '), sentenceStart);
      if (np) return { ...np, cue: 'verb-before' };
    }
  }
  // A speech clause set inside the quotation between commas (`« … lointaine, a insisté la
  // gouverneure. Nous devons … »`, `« Nous devons, dit-il, agir »`).
  if (lang === 'fr') {
    const inner = text.slice(span[0], span[1]);
    for (const comma of inner.matchAll(/,/gu)) {
      const at = span[0] + comma.index;
      const found = speechClause(text, at, text.slice(at, Math.min(span[1], at + 160)));
      // After an inverted auxiliary's pronoun comes its participle (`, a-t-elle déclaré.`).
      const end = /^(?:il|elle|ils|elles|on)$/u.test(found?.name ?? '')
        ? /^[\s\u00a0\u202f]*(?:\p{L}+[\s\u00a0\u202f]*)?[,.;]/u
        : /^[\s\u00a0\u202f]*[,.;]/u;
      if (found && end.test(text.slice(found.span[1], span[1]))) return found;
    }
  }
  // `selon X` / `according to X` anywhere in the sentence.
  const sentenceEnd = text.slice(span[1], reachEnd).search(/[.!?…](?:[\s\u00a0\u202f]|$)/u);
  const windowEnd = sentenceEnd < 0 ? reachEnd : span[1] + sentenceEnd;
  const sentence = text.slice(sentenceStart, windowEnd);
  const cue = /\b(?:selon|d['’]après|according to)\s+/giu;
  for (const match of sentence.matchAll(cue)) {
    const at = sentenceStart + match.index + match[0].length;
    if (at > span[0] && at < span[1]) continue; // inside the quotation itself
    const np = phraseAfter(text.slice(at, windowEnd), at);
    if (np) return { ...np, cue: 'according-to' };
  }
  return null;
}
