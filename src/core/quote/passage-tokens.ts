/**
 * Tokens of a passage prepared for cross-language matching: folded key, light stem, number
 * value, and whether the token is a function word or a name. Stems follow the spirit of light
 * stemmers for French (Savoy 1999) and of Porter's first steps for English: inflection only,
 * so that `inquiets` meets the lexicon's `inquiet` and `selling` meets `sell`.
 */

import { numberWordValue, scaleOf } from '../check/pair/number-words.ts';
import { englishLemma } from '../lexicon/english-lemma.ts';
import type { Lang, Span } from '../model/document.ts';
import { type Token, tokenizeWords } from '../text/tokenize-words.ts';

export interface PassageToken {
  readonly start: number;
  readonly end: number;
  /** Accent-folded lower case (`États` → `etats`). */
  readonly key: string;
  readonly stem: string;
  /** Numeric value for numbers, else null. */
  readonly value: number | null;
  readonly fn: boolean;
  readonly name: boolean;
  /** Weight in coverage: 1 for content words, less for function words, more for numbers and names. */
  readonly weight: number;
  /** Inverse document frequency over the source sentences (source tokens only; 0 when unknown). */
  readonly idf?: number;
}

// Function words, accent-folded like the tokens' keys (`très` → `tres`, `déjà` → `deja`).
const FR_FN = new Set(
  (
    'le la les l un une des de du d à au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette ces ' +
    'se s sa son ses leur leurs notre nos votre vos mon ma mes ton ta tes il elle ils elles on nous vous je j ' +
    'me m te t lui y en ne n pas plus est sont été être a ont avait avaient ai as avons avez sera seront ' +
    'par pour sur sous dans avec sans entre vers chez comme si tout tous toute toutes très aussi même ' +
    'cela ça ceci celui celle ceux celles autre autres quand lorsque puis alors ainsi déjà encore ' +
    // The auxiliaries' other forms (from the Snowball French stop list) and the modals pouvoir and
    // devoir, whose English renderings (was, had, can, must, would…) are function words there too.
    'c était étaient étais étant fut furent soit soient serait seraient suis sommes êtes es ' +
    'avoir eu eut ait aient aura auront aurait auraient avais ayant ' +
    'peut peuvent pouvait pouvaient pourrait pourraient pourra pu doit doivent devait devaient devrait devraient dû'
  )
    .split(' ')
    .map((w) => fold(w)),
);
const EN_FN = new Set(
  (
    'the a an of to in on at by for with from and or but nor so that which who whom whose what this these those ' +
    'it its he him his she her they them their we us our you your i me my is are was were be been being am ' +
    'has have had do does did will would shall should can could may might must not no as if than then there ' +
    'here also such very all any some each other into about over up out more most just only t s ' +
    // The renderings of the French list's adverbs and prepositions (quand, lorsque, où, même,
    // déjà, encore, sans, entre, sous, vers, tout): a function word renders a function word, and
    // `lorsque` could not meet `when` while one side held it as content. (With too, again and
    // like as well, the sample case's `prendre des mesures…` went to `IBM did not take
    // responsibility then, … it was too late. We will not let that happen again`.)
    'when where while even same already still yet without between under towards toward ' +
    'everything thus'
  )
    .split(' ')
    .map((w) => fold(w)),
);

/** Fold case and accents (`Œuvre` → `oeuvre`). */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae');
}

// Inflectional endings of French (verbs and their participles, plurals, feminines), longest
// first: `répondu` and `répondre` meet at `repond`, `réussi` and `réussir` at `reuss`.
const FR_SUFFIXES = [
  'eraient',
  'issions',
  'issiez',
  'issent',
  'issant',
  'eriez',
  'erions',
  'erons',
  'eront',
  'erait',
  'erais',
  'erent',
  'assent',
  'aient',
  'ement',
  'issez',
  'isse',
  'ions',
  'iez',
  'ait',
  'ais',
  'ant',
  'ent',
  'ons',
  'era',
  'ees',
  'ues',
  'ies',
  'ez',
  'us',
  'ue',
  'is',
  'ie',
  'er',
  'ir',
  're',
  'ee',
  'es',
  'e',
  'u',
  'i',
  'a',
  's',
  'x',
];

/** Light French stem of a folded word (one inflectional ending removed, after Savoy 1999). */
export function stemFr(word: string): string {
  if (word.length > 4 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  for (const suffix of FR_SUFFIXES) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    // The u of qu and gu belongs to the stem, not to a participle's ending: `manque`, `indique`,
    // `fatigue` meet `manquer`, `indiquer`, `fatiguer` at `manqu`, not at `manq`.
    if (suffix.startsWith('u') && /[qg]$/u.test(word.slice(0, -suffix.length))) continue;
    return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * Light English stem of a folded word (plural, -ed, -ing, -ly; after Porter 1980, step 1); an
 * irregular form is stemmed through its lemma (`teeth` → `tooth`, `took` → `take`).
 */
export function stemEn(word: string): string {
  const lemma = englishLemma(word);
  return regularStemEn(lemma ?? word);
}

function regularStemEn(word: string): string {
  let w = word;
  if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly', 'e']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      // selling → sell, stopped → stop
      if (/([b-df-hj-np-tv-z])\1$/u.test(w) && !/(?:ll|ss|ff)$/u.test(w)) w = w.slice(0, -1);
      return w;
    }
  }
  return w;
}

/**
 * The factor of the scale words right after the number token raw[i] (`12 thousand`, `1,2
 * milliard`, `5bn`, `55.000 thousand million`), 1 when there are none: `1.2 billion` is `1 200
 * millions`, and no changed number. The scale words stay tokens of their own, which the lexicon
 * links (`milliards` ~ billion) as any word.
 */
function scaleAfter(raw: readonly Token[], i: number, slice: string, lang: Lang): number {
  let factor = 1;
  for (
    let k = i + 1;
    k <= i + 2 && raw[k] && /^\s*$/u.test(slice.slice(raw[k - 1]!.end, raw[k]!.start));
    k++
  ) {
    const scale = scaleOf(fold(raw[k]!.text), lang);
    if (!scale || scale.ambiguous) break;
    factor *= scale.factor;
  }
  return factor;
}

/**
 * The value of a number written as one word (`five`, `cinq`, `twenty-five`, `dix-huit`), from 2 to
 * 99, where no other number word stands beside it (`two hundred`, `vingt et un` are left to the
 * words; a scale word multiplies it, `cinq millions`): `five kilos` is `5 kilos`, and `six` for
 * `five` a changed number. Not `un`, `one` (also articles and pronouns) or `neuf` (new). `key`
 * is the word folded.
 */
function spelledNumber(
  raw: readonly Token[],
  i: number,
  key: string,
  slice: string,
  lang: Lang,
): number | null {
  const word = raw[i]!;
  if (word.kind !== 'word') return null;
  const value = numberWordValue(key, lang);
  if (value === undefined || value < 2 || value > 99 || key === 'neuf') return null;
  // A neighbour is a word of the same number only across spaces (`vingt et un`, not `un, cinq`).
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && /^\s*$/u.test(slice.slice(a.end, b.start));
  const isNumber = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'number' || numberWordValue(fold(t.text), lang) !== undefined);
  const [before, after] = [raw[i - 1], raw[i + 1]];
  if (
    joined(before, word) &&
    (isNumber(before) || (fold(before!.text) === 'et' && joined(raw[i - 2], before) && isNumber(raw[i - 2])))
  )
    return null;
  const scale = joined(word, after) ? scaleOf(fold(after!.text), lang) : undefined;
  if (scale && !scale.ambiguous) return value;
  if (
    joined(word, after) &&
    (isNumber(after) || (fold(after!.text) === 'et' && joined(after, raw[i + 2]) && isNumber(raw[i + 2])))
  )
    return null;
  return value;
}

/** Whether a number token is written in figures (`5`, `1,2`), not spelt out (`five`, `dix-huit`). */
export function inFigures(token: PassageToken): boolean {
  const c = token.key.charCodeAt(0);
  return token.value !== null && c >= 48 && c <= 57;
}

/** Numeric value of a number token written in French or English style (`2 000`, `2,000`, `4,5`). */
export function numberValue(raw: string): number | null {
  let s = raw.replace(/[\u00a0\u202f ]/gu, '');
  // Groups of three after a separator are thousands; otherwise the separator is decimal.
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(s)) s = s.replace(/[.,]/gu, '');
  else s = s.replace(',', '.');
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

// Unit symbols that one language writes as a word (`12 %` ~ `12 percent`, `$5` ~ `5 dollars`): the
// word tokenizer drops them, so they are put back as the word they stand for.
const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['%', 'percent'],
  ['$', 'dollar'],
  ['€', 'euro'],
  ['£', 'pound'],
]);
const UNIT_PATTERN = /[%$€£]/gu;

/** The word tokens with a token for each unit symbol of the text inserted in order. */
function withUnitSymbols(tokens: Token[], text: string): Token[] {
  if (!/[%$€£]/u.test(text)) return tokens;
  const out = [...tokens];
  for (const m of text.matchAll(UNIT_PATTERN))
    out.push({ text: m[0], norm: m[0], start: m.index, end: m.index + 1, kind: 'word' });
  return out.sort((a, b) => a.start - b.start);
}

/** Prepare the tokens of text[span] (the text should have garbled marks blanked). */
export function passageTokens(text: string, span: Span, lang: Lang): PassageToken[] {
  const slice = text.slice(span[0], span[1]);
  const raw = withUnitSymbols(tokenizeWords(slice), slice);
  const out: PassageToken[] = [];
  const fn = lang === 'fr' ? FR_FN : EN_FN;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    let start = span[0] + token.start;
    let end = span[0] + token.end;
    let key = fold(token.text);
    // `U.S.`, `U.N.`: one name, not two letters.
    if (token.kind === 'word' && key.length === 1 && slice[token.end] === '.') {
      let j = i;
      let joined = key;
      while (raw[j + 1] && raw[j + 1]!.text.length === 1 && raw[j + 1]!.start === raw[j]!.end + 1) {
        j++;
        joined += fold(raw[j]!.text);
      }
      if (j > i) {
        end = span[0] + raw[j]!.end + (slice[raw[j]!.end] === '.' ? 1 : 0);
        key = joined;
        i = j;
        out.push({ start, end, key, stem: key, value: null, fn: false, name: true, weight: 1.5 });
        continue;
      }
    }
    // `aujourd'hui` is one word (today), not two.
    if (
      key === 'aujourd' &&
      raw[i + 1] &&
      fold(raw[i + 1]!.text) === 'hui' &&
      raw[i + 1]!.start <= token.end + 1
    ) {
      const next = raw[i + 1]!;
      i++;
      out.push({
        start,
        end: span[0] + next.end,
        key: "aujourd'hui",
        stem: "aujourd'hui",
        value: null,
        fn: false,
        name: false,
        weight: 1,
      });
      continue;
    }
    const unit = UNIT_SYMBOLS.get(token.text);
    if (unit !== undefined) {
      out.push({ start, end, key: unit, stem: unit, value: null, fn: false, name: false, weight: 1 });
      continue;
    }
    // `per cent` is one word, the `%` of the other language.
    if (key === 'per' && raw[i + 1] && fold(raw[i + 1]!.text) === 'cent' && lang === 'en') {
      i++;
      out.push({
        start,
        end: span[0] + raw[i]!.end,
        key: 'percent',
        stem: 'percent',
        value: null,
        fn: false,
        name: false,
        weight: 1,
      });
      continue;
    }
    if (token.kind === 'number') {
      const value = numberValue(token.text);
      const scaled = value === null ? null : value * scaleAfter(raw, i, slice, lang);
      out.push({
        start,
        end,
        key: token.text,
        stem: token.text,
        value: scaled,
        fn: false,
        name: false,
        weight: 1.5,
      });
      continue;
    }
    if (key === 'oe') continue; // a garbled mark left in the text
    const spelt = spelledNumber(raw, i, key, slice, lang);
    if (spelt !== null) {
      const value = spelt * scaleAfter(raw, i, slice, lang);
      const stem = lang === 'fr' ? stemFr(key) : stemEn(key);
      out.push({ start, end, key, stem, value, fn: false, name: false, weight: 1.5 });
      continue;
    }
    start = span[0] + token.start;
    const isFn = fn.has(key);
    const capital = /^\p{Lu}/u.test(token.text);
    // The character before the token, spaces skipped (read backwards: linear in the passage).
    let back = token.start - 1;
    while (back >= 0 && /\s/u.test(slice[back]!)) back--;
    const prev = back >= 0 ? slice[back]! : '';
    // After anything but a word, a number or a comma (a full stop, a colon, a bullet, a mark), a capital says nothing.
    const sentenceInitial = prev === '' || /[^\p{L}\p{N},;]/u.test(prev);
    const acronym = token.text.length > 1 && token.text === token.text.toUpperCase();
    const name = !isFn && (acronym || (capital && !sentenceInitial));
    const stem = lang === 'fr' ? stemFr(key) : stemEn(key);
    out.push({ start, end, key, stem, value: null, fn: isFn, name, weight: isFn ? 0.15 : name ? 1.5 : 1 });
  }
  return out;
}
