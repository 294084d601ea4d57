/**
 * Numbers written in words, in English and French, and the scale words that multiply a number
 * (`4 billion`, `4 milliards`). French `billion` is 10^12, not 10^9: a `billion` rendered
 * `billion` is a changed number.
 */
import type { Lang } from '../../model/document.ts';
import { registerCheckMemo } from '../check-memos.ts';
import { fold } from './fold.ts';

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const FR_UNITS = [
  'zero',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const EN_TENS: Record<string, number> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};
const FR_TENS: Record<string, number> = {
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
  douzaine: 12,
};

// Ordinals and French approximate counts (`une dizaine` ≈ 10): counterparts only, never required.
const EN_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const FR_ORDINALS = [
  'premier',
  'deuxieme',
  'troisieme',
  'quatrieme',
  'cinquieme',
  'sixieme',
  'septieme',
  'huitieme',
  'neuvieme',
  'dixieme',
  'onzieme',
  'douzieme',
  'treizieme',
  'quatorzieme',
  'quinzieme',
  'seizieme',
  'dix-septieme',
  'dix-huitieme',
  'dix-neuvieme',
  'vingtieme',
];
const FR_APPROX: Record<string, number> = {
  premiere: 1,
  second: 2,
  seconde: 2,
  dizaine: 10,
  dizaines: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  centaines: 100,
  trentieme: 30,
  quarantieme: 40,
  cinquantieme: 50,
  centieme: 100,
  millieme: 1000,
};

function table(lang: Lang): Map<string, number> {
  const map = new Map<string, number>();
  if (lang === 'en') {
    for (const [i, w] of EN_UNITS.entries()) map.set(w, i);
    for (const [w, v] of Object.entries(EN_TENS)) map.set(w, v);
    for (const [i, w] of EN_ORDINALS.entries()) map.set(w, i + 1);
  } else if (lang === 'fr') {
    for (const [i, w] of FR_UNITS.entries()) map.set(w, i);
    map.set('une', 1);
    for (const [w, v] of Object.entries(FR_APPROX)) map.set(w, v);
    for (const [w, v] of Object.entries(FR_TENS)) map.set(w, v);
    for (const [i, w] of FR_ORDINALS.entries()) map.set(w, i + 1);
  }
  return map;
}
const TABLES = new Map<Lang, Map<string, number>>();

/** Value of a number word or hyphenated compound (`twenty-five`, `dix-huit`, `quatre-vingt-dix`). */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  // Every word of both documents is asked about: one answer per distinct word and language.
  const key = `${lang}\u0000${word}`;
  if (WORD_VALUES.has(key)) return WORD_VALUES.get(key);
  if (WORD_VALUES.size >= MAX_MEMO) WORD_VALUES.clear();
  const value = computeWordValue(word, lang);
  WORD_VALUES.set(key, value);
  return value;
}

const WORD_VALUES = new Map<string, number | undefined>();
const MAX_MEMO = 100_000;
registerCheckMemo(() => WORD_VALUES.clear());

function computeWordValue(word: string, lang: Lang): number | undefined {
  let words = TABLES.get(lang);
  if (!words) {
    words = table(lang);
    TABLES.set(lang, words);
  }
  const folded = word.toLowerCase().replace(/[éè]/g, 'e');
  const parts = folded.split('-').filter((p) => p !== 'et');
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // French vigesimal: quatre-vingt(s) = 4 × 20.
    if (part === 'quatre' && (parts[i + 1] === 'vingt' || parts[i + 1] === 'vingts')) {
      total += 80;
      i++;
      continue;
    }
    const value = words.get(part);
    if (value === undefined) return undefined;
    total += value;
  }
  return parts.length > 0 ? total : undefined;
}

/** A scale word after a number: its factor, and whether it may also be a unit (`m` = metre). */
export interface Scale {
  readonly factor: number;
  readonly ambiguous: boolean;
}

const EN_SCALES: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
};
const FR_SCALES: Record<string, number> = {
  mille: 1e3,
  millier: 1e3,
  milliers: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  billion: 1e12,
  billions: 1e12,
};
// One-letter abbreviations (`$5m`, `5 M€`) are also units (metres…): both readings kept.
const AMBIGUOUS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9 };

/** The scale of `word` after a number in `lang`, if it is one. */
export function scaleOf(word: string, lang: Lang): Scale | undefined {
  const w = word.toLowerCase();
  const scales = lang === 'fr' ? FR_SCALES : EN_SCALES;
  const factor = scales[w];
  if (factor !== undefined) return { factor, ambiguous: false };
  const short = AMBIGUOUS[w];
  return short !== undefined ? { factor: short, ambiguous: true } : undefined;
}

const EN_MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const FR_MONTHS = [
  ['janvier', 'janv'],
  ['fevrier', 'fevr', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['decembre', 'dec'],
];

/** The month number (1–12) of a month name or abbreviation in `lang`, if it is one. */
export function monthOf(word: string, lang: Lang): number | undefined {
  if (word.length < 3 || word.length > 9) return undefined;
  const key = `${lang}\u0000${word}`;
  if (MONTHS.has(key)) return MONTHS.get(key);
  const w = fold(word);
  const months = lang === 'fr' ? FR_MONTHS : lang === 'en' ? EN_MONTHS : [];
  const index = months.findIndex((names) => names.includes(w));
  const month = index >= 0 ? index + 1 : undefined;
  if (MONTHS.size >= MAX_MEMO) MONTHS.clear();
  MONTHS.set(key, month);
  return month;
}
// One answer per distinct word and language (every word of both documents is asked about).
const MONTHS = new Map<string, number | undefined>();
