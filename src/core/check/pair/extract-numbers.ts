/**
 * Number mentions of a text with every value they may stand for: digits under the
 * language's conventions (see parseDigits), scale words (`4 billion` = 4×10^9 = `4 milliards`),
 * ordinals (`21st`, `21e`), decades (`1990s` = `années 90`), afternoon hours (`3 pm` = `15 h`),
 * small numbers in words (one…twenty, un…vingt) and months next to a day or a year
 * (`June 2018`, `19 avril 2018`). Digit mentions must find a counterpart in a translation;
 * mentions in words are only counterparts (`un`, `one` are also articles and pronouns). A month
 * named alone after a preposition (`by the end of November`, `fin décembre`) is a loose
 * mention: only another month may meet it, and it is never required.
 */
import type { Lang } from '../../model/document.ts';
import type { Token } from '../../text/tokenize-words.ts';
import { cachedTokens } from './cached-tokens.ts';
import { fold } from './fold.ts';
import { monthName } from './month-name.ts';
import { monthOf, numberWordValue, scaleOf } from './number-words.ts';
import { parseDigits } from './parse-digits.ts';

/** One number (or month) mentioned in a text. */
export interface NumberMention {
  /** Offsets of the digits or word, relative to the text given. */
  readonly start: number;
  readonly end: number;
  /** End including a scale word (`4 billion`), else `end`. */
  readonly fullEnd: number;
  readonly text: string;
  readonly kind: 'digits' | 'word' | 'month';
  /** Every value it may stand for. */
  readonly values: readonly number[];
  /** The value under the text's own conventions, before any scale word. */
  readonly base: number;
  readonly grouped: boolean;
  /** Digit mentions and months must be matched in the translation; words need not. */
  readonly required: boolean;
  /** A month named with no day or year beside it: it meets only another month. */
  readonly loose?: boolean;
  /**
   * The minutes of the hours just before (`30` of `5h30`, whose hours may stand for 5.5): not
   * required once those hours met their value with the minutes (`5 1/2-hour`, `1.5 hours`).
   */
  readonly minutes?: boolean;
}

// Words before a month named alone (`in May`, `end of November`, `fin décembre`, `d'ici mars`):
// `May`, `March` and `mars` elsewhere are a name, a verb or a planet.
const MONTH_CUES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'in of since until till by from to early late mid last next this end before after through during between and or'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'en de d depuis fin début debut mi mois dès des courant avant après apres ici et ou à au'.split(' '),
  ),
};

const RANGE_LINK = /^[\s\u00a0]*(?:[-–—]|to|and|or|et|à|a|ou)[\s\u00a0]*$/iu;
const AND_A_HALF: Readonly<Record<string, RegExp>> = {
  en: /^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?and[\s\u00a0]+a[\s\u00a0]+half(?![\p{L}])/iu,
  fr: /^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?et[\s\u00a0]+demie?(?![\p{L}])/iu,
};
const DECADES = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
];
const ORDINAL = new Set(['st', 'nd', 'rd', 'th', 'e', 'er', 're', 'eme', 'ème', 'ère', 'è', 'ieme', 'ième']);
const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

function romanValue(s: string): number {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = digits[s[i]!] ?? 0;
    const next = digits[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function gapIsBlank(text: string, a: Token, b: Token | undefined, max = 2): boolean {
  if (!b) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= max && /^[\s\u00a0\u202f]*$/.test(gap);
}

/** Every number mention of `text`, in order. */
export function extractNumbers(text: string, lang: Lang): NumberMention[] {
  const tokens = cachedTokens(text);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (tok.kind === 'number') {
      // A time written with a dot before am/pm or heures (`6.30 a.m.`, `15.30 heures`): hours and
      // minutes, as `6:30` and `6h30` read, not the decimal 6.3.
      const dotted = /^(\d{1,2})\.([0-5]\d)$/.exec(tok.text);
      if (dotted && Number(dotted[1]) <= 24 && isTimeUnit(tokens, i + 1)) {
        const hours = Number(dotted[1]);
        const hourEnd = tok.start + dotted[1]!.length;
        const pm = isPm(tokens, i + 1) && hours < 12;
        out.push({
          ...wordMention({ ...tok, end: hourEnd, text: dotted[1]! }, hours),
          kind: 'digits',
          required: true,
          values: pm ? [hours, hours + 12] : [hours],
        });
        out.push({
          ...wordMention({ ...tok, start: hourEnd + 1, text: dotted[2]! }, Number(dotted[2])),
          kind: 'digits',
          required: true,
        });
        continue;
      }
      // A date in digits with dots (`20.12.2012`, read as `20.12` and `2012`): a day and a month
      // (the year follows as a number of its own), as `20 décembre 2012` reads.
      const date = /^(\d{1,2})\.(\d{1,2})$/.exec(tok.text);
      if (
        date &&
        next?.kind === 'number' &&
        text.slice(tok.end, next.start) === '.' &&
        /^\d{2}(?:\d{2})?$/.test(next.text) &&
        isDay(date[1]!) &&
        Number(date[2]) >= 1 &&
        Number(date[2]) <= 12
      ) {
        const dayEnd = tok.start + date[1]!.length;
        const month = Number(date[2]);
        out.push({
          ...wordMention({ ...tok, end: dayEnd, text: date[1]! }, Number(date[1])),
          kind: 'digits',
          required: true,
        });
        out.push({
          ...wordMention({ ...tok, start: dayEnd + 1, text: date[2]! }, month),
          kind: 'month',
          required: true,
        });
        continue;
      }
      const reading = parseDigits(tok.text, lang);
      if (!reading) continue;
      const values = new Set(reading.values);
      let fullEnd = tok.end;
      const attached = next !== undefined && next.start === tok.end;
      if (next && attached && ORDINAL.has(next.norm)) {
        i++;
      } else if (next && attached && next.norm === 's') {
        // Decades: 1990s, '90s ↔ années 1990, années 90.
        if (reading.primary < 100) values.add(1900 + reading.primary);
        else if (reading.primary >= 1900 && reading.primary % 10 === 0) values.add(reading.primary % 100);
        i++;
      } else if (
        next &&
        (gapIsBlank(text, tok, next) ||
          // `$18-billion order`: a scale word joined by a hyphen (a unit is not: `a 5-m wall`).
          (text.slice(tok.end, next.start) === '-' && scaleOf(next.text, lang)?.ambiguous === false))
      ) {
        const scale = scaleOf(next.text, lang);
        if (scale) {
          let factor = scale.factor;
          // "thousand million" (British, and English texts translated from Czech): 10^9.
          const after = tokens[i + 2];
          const second = after && gapIsBlank(text, next, after) ? scaleOf(after.text, lang) : undefined;
          if (second && !second.ambiguous && !scale.ambiguous) {
            factor *= second.factor;
            fullEnd = after!.end;
            i++;
          } else fullEnd = next.end;
          if (!scale.ambiguous) values.clear();
          i++;
          // Digits and scale words mixed: "18 mille 969", "5 millions 143 mille 312".
          let compound = reading.primary * factor;
          let last = factor;
          let extended = false;
          while (!scale.ambiguous) {
            const part = tokens[i + 1];
            if (part?.kind !== 'number' || !/^\d{1,3}$/.test(part.text)) break;
            if (!gapIsBlank(text, tokens[i]!, part)) break;
            const partScale =
              tokens[i + 2] && gapIsBlank(text, part, tokens[i + 2])
                ? scaleOf(tokens[i + 2]!.text, lang)
                : undefined;
            if (partScale && !partScale.ambiguous && partScale.factor < last) {
              compound += Number(part.text) * partScale.factor;
              last = partScale.factor;
              fullEnd = tokens[i + 2]!.end;
              i += 2;
              extended = true;
              continue;
            }
            if (last !== 1e3) break;
            compound += Number(part.text);
            fullEnd = part.end;
            i++;
            extended = true;
            break;
          }
          if (extended) values.add(compound);
          else for (const v of reading.values) values.add(v * factor);
        } else if (next.norm === 'pm' || (next.norm === 'p' && tokens[i + 2]?.norm === 'm')) {
          for (const v of reading.values) if (v <= 12) values.add(v + 12);
        }
      } else if (
        next?.kind === 'number' &&
        text.slice(tok.end, next.start) === ':' &&
        /^\d{2}$/.test(next.text) &&
        isPm(tokens, i + 2)
      ) {
        // Hours and minutes in the afternoon: 3:30 p.m. ↔ 15h30, 15:30.
        for (const v of reading.values) if (v < 12) values.add(v + 12);
      }
      // The first number of a range takes the second's scale: `0.5 - 1 billion`, `5 to 10 million`,
      // `entre 1 et 0,5 milliard` (0.5 billion too).
      if (fullEnd === tok.end) {
        // The link is a dash (no token) or a word (`to`, `et`): the second number is after it.
        const k = tokens[i + 1]?.kind === 'number' ? i + 1 : i + 2;
        const other = tokens[k];
        const scaleWord = tokens[k + 1];
        if (
          other?.kind === 'number' &&
          RANGE_LINK.test(text.slice(tok.end, other.start)) &&
          scaleWord !== undefined &&
          gapIsBlank(text, other, scaleWord)
        ) {
          const scale = scaleOf(scaleWord.text, lang);
          if (scale && !scale.ambiguous) for (const v of [...values]) values.add(v * scale.factor);
        }
      }
      // Hours and minutes (`5h30`, `1 h 30`, `2 heures 15`): the hours stand for 5.5, 1.5, 2.25
      // too, as `5 1/2-hour` and `1.5 hours` write them; the minutes are marked as such.
      const minutes = hoursAndMinutes(text, tokens, i);
      if (minutes !== undefined) for (const v of [...values]) values.add(v + minutes / 60);
      const isMinutes = hoursAndMinutes(text, tokens, i - 2) !== undefined;
      // A whole number and a fraction: `5 1/2` (5.5), `2 3/4` (2.75).
      const fraction = fullEnd === tok.end ? fractionAfter(text, tokens, i) : undefined;
      if (fraction) {
        const whole = [...values];
        values.clear();
        for (const v of whole) values.add(v + fraction.value);
        fullEnd = fraction.end;
        i = fraction.last;
      }
      // A number and a half: `2 and a half`, `3 hours and a half`, `5 heures et demie` (5.5 too).
      if (AND_A_HALF[lang]?.test(text.slice(fullEnd, fullEnd + 40)))
        for (const v of [...values]) values.add(v + 0.5);
      // The second year of a season or fiscal year written short: 2011/12 = 2011/2012, 1999-00.
      const prev = tokens[i - 1];
      if (
        /^\d{2}$/.test(tok.text) &&
        prev?.kind === 'number' &&
        /^\d{4}$/.test(prev.text) &&
        /^[/\-–]$/.test(text.slice(prev.end, tok.start)) &&
        (Number(prev.text) + 1) % 100 === reading.primary
      )
        values.add(Number(prev.text) + 1);
      out.push({
        start: tok.start,
        end: tok.end,
        fullEnd,
        text: tok.text,
        kind: 'digits',
        values: [...values],
        base: reading.primary,
        grouped: reading.grouped,
        required: true,
        ...(isMinutes ? { minutes: true } : {}),
      });
      continue;
    }
    // A roman numeral followed by an ordinal ending: XXIe siècle.
    if (
      /^[IVXLCDM]/.test(tok.text) &&
      ROMAN.test(tok.text) &&
      next &&
      next.start === tok.end &&
      ORDINAL.has(next.norm)
    ) {
      const v = romanValue(tok.text);
      out.push({ ...wordMention(tok, v), fullEnd: next.end });
      i++;
      continue;
    }
    if (/^[IVXLC]+(e|er|ème)$/.test(tok.text) && ROMAN.test(tok.text.replace(/(e|er|eme|ème)$/, ''))) {
      out.push(wordMention(tok, romanValue(tok.text.replace(/(e|er|eme|ème)$/, ''))));
      continue;
    }
    const month = monthOf(tok.text, lang);
    // English months are capitalised; "may" and "mars" are months only beside a day or a year.
    if (month !== undefined && (lang !== 'en' || /^\p{Lu}/u.test(tok.text))) {
      const prev = tokens[i - 1];
      const nearDigits =
        (prev?.kind === 'number' && text.slice(prev.end, tok.start).length <= 3 && isDay(prev.text)) ||
        (next?.kind === 'number' &&
          /^[\s\u00a0.,]{1,3}$/.test(text.slice(tok.end, next.start)) &&
          isDayOrYear(next.text));
      // A month beside a day or a year is required; one named alone after a cue (`by the end of
      // November`) is a loose mention.
      const loose =
        !nearDigits &&
        fold(tok.text) === fold(monthName(month, lang)) &&
        (lang === 'en' || /^\p{Ll}/u.test(tok.text)) &&
        prev !== undefined &&
        MONTH_CUES[lang]?.has(prev.text.toLowerCase()) === true;
      if (nearDigits || loose) {
        out.push({
          start: tok.start,
          end: tok.end,
          fullEnd: tok.end,
          text: tok.text,
          kind: 'month',
          values: [month],
          base: month,
          grouped: false,
          required: nearDigits,
          ...(loose ? { loose: true } : {}),
        });
        continue;
      }
    }
    // Half a scale: `half a million`, `un demi-million` (a counterpart of 500 000).
    const half = halfScale(text, tokens, i, lang);
    if (half) {
      out.push({ ...wordMention(tok, half.value), fullEnd: half.end });
      i = half.last;
      continue;
    }
    // A decade in words (`the late Eighties`): a counterpart of `années 80` and `années 1980`.
    const decade = lang === 'en' ? DECADES.indexOf(tok.norm) : -1;
    if (decade >= 0) {
      const v = 20 + 10 * decade;
      out.push({ ...wordMention(tok, v), values: [v, 1900 + v] });
      continue;
    }
    const value = numberWordValue(tok.text, lang);
    if (value !== undefined) {
      const scale = next && gapIsBlank(text, tok, next) ? scaleOf(next.text, lang) : undefined;
      if (scale && !scale.ambiguous) {
        out.push({ ...wordMention(tok, value * scale.factor), fullEnd: next!.end });
        i++;
      } else out.push(wordMention(tok, value));
    }
  }
  return out;
}

/** `half a million` (English) or `demi-million` (French) at token `i`: its value, end and last token. */
function halfScale(
  text: string,
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { value: number; end: number; last: number } | undefined {
  const tok = tokens[i]!;
  if (lang === 'en' && tok.norm === 'half') {
    const a = tokens[i + 1];
    const scaleWord = tokens[i + 2];
    if (a?.norm !== 'a' || !scaleWord || !gapIsBlank(text, tok, a) || !gapIsBlank(text, a, scaleWord))
      return undefined;
    const scale = scaleOf(scaleWord.text, lang);
    return scale && !scale.ambiguous && scale.factor >= 1e6
      ? { value: scale.factor / 2, end: scaleWord.end, last: i + 2 }
      : undefined;
  }
  if (lang === 'fr' && tok.norm.startsWith('demi-')) {
    const scale = scaleOf(tok.norm.slice(5), lang);
    return scale && !scale.ambiguous && scale.factor >= 1e6
      ? { value: scale.factor / 2, end: tok.end, last: i }
      : undefined;
  }
  return undefined;
}

/**
 * The minutes when tokens[k…] read hours and minutes (`5h30`, `1 h 30`, `2 heures 15`), else
 * undefined.
 */
function hoursAndMinutes(text: string, tokens: readonly Token[], k: number): number | undefined {
  const hours = tokens[k];
  const unit = tokens[k + 1];
  const minutes = tokens[k + 2];
  if (hours?.kind !== 'number' || !/^\d{1,2}$/.test(hours.text)) return undefined;
  if (!unit || !/^(?:h|heures?)$/.test(unit.norm) || !blankOrNone(text, hours, unit)) return undefined;
  if (minutes?.kind !== 'number' || !/^[0-5]\d$/.test(minutes.text) || !blankOrNone(text, unit, minutes))
    return undefined;
  return Number(minutes.text);
}

/** Whether nothing but a space or two separates tokens a and b. */
function blankOrNone(text: string, a: Token, b: Token): boolean {
  return a.end === b.start || gapIsBlank(text, a, b);
}

/**
 * A fraction after the whole number tokens[k] (`5 1/2`, `2 3/4`): its value, its end and the
 * index of its last token; undefined when none follows.
 */
function fractionAfter(
  text: string,
  tokens: readonly Token[],
  k: number,
): { value: number; end: number; last: number } | undefined {
  const whole = tokens[k];
  const numerator = tokens[k + 1];
  const denominator = tokens[k + 2];
  if (whole?.kind !== 'number' || !/^\d+$/.test(whole.text)) return undefined;
  if (numerator?.kind !== 'number' || denominator?.kind !== 'number') return undefined;
  if (!/^[1-9]$/.test(numerator.text) || !/^(?:2|3|4|8)$/.test(denominator.text)) return undefined;
  if (!gapIsBlank(text, whole, numerator) || text.slice(numerator.end, denominator.start) !== '/')
    return undefined;
  const value = Number(numerator.text) / Number(denominator.text);
  return value < 1 ? { value, end: denominator.end, last: k + 2 } : undefined;
}

/** Whether tokens[k…] read a time's unit: `am`, `a.m.`, `pm`, `p.m.`, `h`, `heure(s)`. */
function isTimeUnit(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm;
  return (
    norm === 'am' ||
    norm === 'h' ||
    norm === 'heure' ||
    norm === 'heures' ||
    isPm(tokens, k) ||
    (norm === 'a' && tokens[k + 1]?.norm === 'm')
  );
}

/** Whether tokens[k…] read `pm` or `p.m.`. */
function isPm(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === 'pm' || (tokens[k]?.norm === 'p' && tokens[k + 1]?.norm === 'm');
}

function isDay(s: string): boolean {
  return /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 31;
}

function isDayOrYear(s: string): boolean {
  return isDay(s) || /^\d{4}$/.test(s);
}

function wordMention(tok: Token, value: number): NumberMention {
  return {
    start: tok.start,
    end: tok.end,
    fullEnd: tok.end,
    text: tok.text,
    kind: 'word',
    values: [value],
    base: value,
    grouped: false,
    required: false,
  };
}
