/**
 * Base forms an inflected word may come from, for looking up a lexicon that lists base forms
 * only. FreeDict gives `indiquer → indicate`, never `indiqué` or `indicated`; on WMT news 2012
 * about one French word in six (of four letters or more) and one English word in seven had no
 * entry, most of them verb forms (`indiqué`, `commencé`, `pouvait`, `increased`, `started`,
 * `fell`) and adverbs (`clairement`, `clearly`).
 *
 * The rules over-generate on purpose (`vivent` → `viver`, `vivir`, `vivre`): a candidate counts
 * only if the lexicon knows it, and the caller tries them in order and keeps the first known.
 * Words are given folded (lower case, no diacritics: `indiqué` → `indique`), as lookups see them.
 */
import type { Lang } from '../model/document.ts';
import { englishLemma } from './english-lemma.ts';

/**
 * [ending, replacements, shortest stem]: a word ending so may be its stem plus each replacement.
 * The stem must have three letters (`es` → `er` must not turn `mes` into `mer`) unless the rule
 * says otherwise: a verb family's endings carry its root (`remis` → `re` + `mettre`).
 */
type Rule = readonly [string, readonly string[], number?];

/** The endings of the future and the conditional after their stem's final r (`-ront`, `-rait`). */
const FUTURE_ENDINGS = ['aient', 'ions', 'iez', 'ais', 'ait', 'ons', 'ont', 'ai', 'as', 'ez', 'a'] as const;

/**
 * Rules taking the future and conditional forms of stem `stem` (ending in r) to the infinitive
 * `base`: `futureRules('iendr', 'enir', 1)` gives `iendront` → `enir` (`deviendront` → `devenir`).
 */
function futureRules(stem: string, base: string, shortest: number): Rule[] {
  return FUTURE_ENDINGS.map((ending): Rule => [stem + ending, [base], shortest]);
}

// French: verb families first, then the other endings, longer before shorter (every rule that
// applies adds its candidates, in this order). Past participles (`indiqué` folds to `indique`),
// imperfect, future and conditional, present plural, present participle, -ir verbs' -iss- forms,
// -indre and -uire verbs, and -ment adverbs (`clairement` → `clair`, `uniquement` → `unique`).
const FRENCH: readonly Rule[] = [
  // Verb families whose forms change their root: -mettre, -prendre, -venir/-tenir, -ouvrir and
  // -offrir, -cevoir, -clure, -soudre, -naître.
  ['mettent', ['mettre'], 1],
  ['mises', ['mettre'], 1],
  ['mise', ['mettre'], 1],
  ['mis', ['mettre'], 1],
  ['met', ['mettre'], 1],
  ['prennent', ['prendre'], 1],
  ['prises', ['prendre'], 1],
  ['prise', ['prendre'], 1],
  ['pris', ['prendre'], 1],
  ['prend', ['prendre'], 1],
  ['iennent', ['enir'], 1],
  ['iendra', ['enir'], 1],
  ['ient', ['enir'], 1],
  ['enus', ['enir'], 1],
  ['enue', ['enir'], 1],
  ['enu', ['enir'], 1],
  ['ouvre', ['ouvrir'], 1],
  ['ouvert', ['ouvrir'], 1],
  ['ouverte', ['ouvrir'], 1],
  ['ert', ['rir'], 2],
  ['erte', ['rir'], 2],
  ['coivent', ['cevoir'], 1],
  ['coit', ['cevoir'], 1],
  ['cue', ['cevoir'], 1],
  ['cu', ['cevoir'], 1],
  ['clue', ['clure'], 1],
  ['clu', ['clure'], 1],
  ['solue', ['soudre'], 1],
  ['solu', ['soudre'], 1],
  ['connue', ['connaitre'], 1],
  ['connu', ['connaitre'], 1],
  ['connait', ['connaitre'], 1],
  // Future and conditional stems that are not the infinitive: -venir/-tenir (`deviendront`,
  // `tiendrait`), -cevoir (`recevra`), -voir (`verront`, `reverra`), -faire (`feront`, `satisfera`).
  ...futureRules('iendr', 'enir', 1),
  ...futureRules('cevr', 'cevoir', 1),
  ...futureRules('verr', 'voir', 0),
  ...futureRules('fer', 'faire', 0),
  ['issaient', ['ir']],
  ['eraient', ['er']],
  ['iraient', ['ir']],
  ['issions', ['ir']],
  ['issait', ['ir']],
  ['issais', ['ir']],
  ['issant', ['ir']],
  ['issent', ['ir']],
  ['issons', ['ir']],
  ['issiez', ['ir']],
  ['issez', ['ir']],
  ['aient', ['er', 'ir', 're', 'oir']],
  ['erait', ['er']],
  ['erais', ['er']],
  ['eront', ['er']],
  ['erons', ['er']],
  ['irait', ['ir']],
  ['iront', ['ir']],
  ['erions', ['er']],
  ['eriez', ['er']],
  ['irions', ['ir']],
  ['iriez', ['ir']],
  ['erai', ['er']],
  ['eras', ['er']],
  ['erez', ['er']],
  ['irai', ['ir']],
  ['iras', ['ir']],
  ['irez', ['ir']],
  ['irons', ['ir']],
  ['irais', ['ir']],
  // -re verbs keep their root before the future's r (`perdront` → `perdre`, `dira` → `dire`).
  ...futureRules('r', 're', 2),
  ['amment', ['ant']],
  ['emment', ['ent']],
  ['ement', ['e', '']],
  ['èrent', ['er']],
  ['erent', ['er']],
  ['eindre', ['eindre']],
  ['eint', ['eindre']],
  ['aint', ['aindre']],
  ['oint', ['oindre']],
  ['uit', ['uire']],
  ['uits', ['uire']],
  ['uite', ['uire']],
  ['uites', ['uire']],
  ['ions', ['er', 'ir', 're']],
  ['iez', ['er', 'ir', 're']],
  ['ait', ['er', 'ir', 're', 'oir']],
  ['ais', ['er', 'ir', 're', 'oir']],
  ['ant', ['er', 'ir', 're', 'oir']],
  ['ent', ['er', 'ir', 're', 'oir']],
  ['ons', ['er', 'ir', 're', 'oir']],
  ['era', ['er']],
  ['ira', ['ir']],
  ['ees', ['er']],
  ['ee', ['er']],
  ['es', ['er']],
  ['ez', ['er']],
  ['ment', ['']],
  ['ues', ['re', 'oir', 'ir']],
  ['ue', ['re', 'oir', 'ir']],
  ['us', ['re', 'oir', 'ir']],
  ['u', ['re', 'oir', 'ir']],
  ['ies', ['ir']],
  ['ie', ['ir']],
  ['is', ['ir', 're']],
  ['it', ['ir', 're', 'ire']],
  ['i', ['ir']],
  ['e', ['er']],
  ['a', ['er']],
];

/** Verbs whose future stem shares nothing with the infinitive's end, by whole word (`seront` → `etre`). */
const FUTURE_STEMS: readonly (readonly [string, string])[] = [
  ['ser', 'etre'],
  ['aur', 'avoir'],
  ['ir', 'aller'],
  ['pourr', 'pouvoir'],
  ['devr', 'devoir'],
  ['voudr', 'vouloir'],
  ['saur', 'savoir'],
  ['faudr', 'falloir'],
];

// English: -ed, -ing (with a final e restored or a doubled consonant undone), -ies/-ied, -ly,
// comparatives and superlatives.
const ENGLISH: readonly Rule[] = [
  ['ically', ['ic']],
  ['ially', ['ial']],
  ['ily', ['y']],
  ['ied', ['y']],
  ['ies', ['y']],
  ['ier', ['y']],
  ['iest', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['est', ['', 'e']],
  ['er', ['', 'e']],
  ['ly', ['', 'le']],
  ['d', ['']],
];

// Frequent irregular French forms the rules cannot reach (English ones: english-lemma.ts).
const IRREGULAR: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fr: {
    fait: 'faire',
    faite: 'faire',
    faits: 'faire',
    faites: 'faire',
    font: 'faire',
    faisait: 'faire',
    faisaient: 'faire',
    faisant: 'faire',
    fera: 'faire',
    ferait: 'faire',
    feront: 'faire',
    fit: 'faire',
    peut: 'pouvoir',
    peuvent: 'pouvoir',
    pourra: 'pouvoir',
    pourrait: 'pouvoir',
    pourraient: 'pouvoir',
    pourront: 'pouvoir',
    puisse: 'pouvoir',
    puissent: 'pouvoir',
    pu: 'pouvoir',
    doit: 'devoir',
    doivent: 'devoir',
    devra: 'devoir',
    devrait: 'devoir',
    devraient: 'devoir',
    dois: 'devoir',
    du: 'devoir',
    veut: 'vouloir',
    veulent: 'vouloir',
    veux: 'vouloir',
    voudrait: 'vouloir',
    prend: 'prendre',
    prennent: 'prendre',
    pris: 'prendre',
    prise: 'prendre',
    prises: 'prendre',
    mis: 'mettre',
    mise: 'mettre',
    mises: 'mettre',
    met: 'mettre',
    mettent: 'mettre',
    dit: 'dire',
    dite: 'dire',
    dits: 'dire',
    disent: 'dire',
    disait: 'dire',
    va: 'aller',
    vont: 'aller',
    allait: 'aller',
    ira: 'aller',
    irait: 'aller',
    faut: 'falloir',
    fallait: 'falloir',
    fallu: 'falloir',
    faudra: 'falloir',
    faudrait: 'falloir',
    sait: 'savoir',
    savent: 'savoir',
    su: 'savoir',
    saura: 'savoir',
    vu: 'voir',
    vue: 'voir',
    vus: 'voir',
    vues: 'voir',
    voit: 'voir',
    voient: 'voir',
    verra: 'voir',
    vient: 'venir',
    viennent: 'venir',
    viendra: 'venir',
    tient: 'tenir',
    tiennent: 'tenir',
    ouvert: 'ouvrir',
    ouverte: 'ouvrir',
    ouverts: 'ouvrir',
    offert: 'offrir',
    offerte: 'offrir',
    couvert: 'couvrir',
    ecrit: 'ecrire',
    ecrite: 'ecrire',
    ecrivent: 'ecrire',
    lu: 'lire',
    lue: 'lire',
    lit: 'lire',
    vecu: 'vivre',
    vit: 'vivre',
    vivent: 'vivre',
    mort: 'mourir',
    morts: 'mourir',
    nee: 'naitre',
    recu: 'recevoir',
    recue: 'recevoir',
    recoit: 'recevoir',
    recoivent: 'recevoir',
    connu: 'connaitre',
    connue: 'connaitre',
    connait: 'connaitre',
    paru: 'paraitre',
    parait: 'paraitre',
    cru: 'croire',
    croit: 'croire',
    crois: 'croire',
    suis: 'etre',
    sommes: 'etre',
    etes: 'etre',
    sont: 'etre',
    etait: 'etre',
    etaient: 'etre',
    sera: 'etre',
    serait: 'etre',
    seraient: 'etre',
    seront: 'etre',
    ete: 'etre',
    soit: 'etre',
    soient: 'etre',
    avez: 'avoir',
    avons: 'avoir',
    ont: 'avoir',
    avait: 'avoir',
    avaient: 'avoir',
    aura: 'avoir',
    aurait: 'avoir',
    auraient: 'avoir',
    auront: 'avoir',
    eu: 'avoir',
    ayant: 'avoir',
  },
  // The auxiliaries and graded adjectives english-lemma.ts leaves to the quote matcher's function
  // words; the aligner weighs them like any word (transread-dev strict F1 0.893 without, 0.896 with).
  en: {
    was: 'be',
    were: 'be',
    been: 'be',
    being: 'be',
    is: 'be',
    are: 'be',
    am: 'be',
    has: 'have',
    had: 'have',
    having: 'have',
    did: 'do',
    does: 'do',
    done: 'do',
    better: 'good',
    best: 'good',
    worse: 'bad',
    worst: 'bad',
  },
};

/** French future and conditional forms of FUTURE_STEMS → their infinitive. */
const FUTURE_FORMS: ReadonlyMap<string, string> = new Map(
  FUTURE_STEMS.flatMap(([stem, base]) => FUTURE_ENDINGS.map((ending) => [stem + ending, base] as const)),
);

/** Base forms `folded` may be an inflection of, most likely first; empty when none applies. */
export function lemmaCandidates(folded: string, lang: Lang): string[] {
  const out: string[] = [];
  const irregular =
    IRREGULAR[lang]?.[folded] ??
    (lang === 'fr' ? FUTURE_FORMS.get(folded) : lang === 'en' ? englishLemma(folded) : undefined);
  if (irregular) out.push(irregular);
  const rules = lang === 'fr' ? FRENCH : lang === 'en' ? ENGLISH : undefined;
  if (!rules) return out;
  for (const [ending, replacements, shortest = 3] of rules) {
    if (folded.length < ending.length + shortest || !folded.endsWith(ending)) continue;
    const stem = folded.slice(0, -ending.length);
    for (const r of replacements) push(out, stem + r, folded);
    // A doubled final consonant undone: `planned` → `plan`, `stopping` → `stop`.
    if (lang === 'en' && (ending === 'ed' || ending === 'ing' || ending === 'er' || ending === 'est')) {
      const last = stem.at(-1);
      if (last && last === stem.at(-2) && !/[aeiouyls]/.test(last)) push(out, stem.slice(0, -1), folded);
    }
  }
  return out;
}

function push(out: string[], candidate: string, word: string): void {
  if (candidate !== word && !out.includes(candidate)) out.push(candidate);
}
