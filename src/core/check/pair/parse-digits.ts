/**
 * Reading a number written in digits under the conventions of English and French: group
 * separators `,` (en), space, no-break space, narrow no-break space and `.` (fr); decimal
 * separators `.` (en) and `,` (fr). A lone separator before exactly three digits is ambiguous
 * (`2,000` is two thousand in English, two in French): both readings are kept, the one of the
 * text's language first.
 */
import type { Lang } from '../../model/document.ts';

/** The readings of a number token: `primary` under the language's conventions, then others. */
export interface DigitReading {
  readonly primary: number;
  readonly values: readonly number[];
  /** True when the token groups its thousands (`2,000`, `2 000`). */
  readonly grouped: boolean;
}

const SPACES = /[\u00a0\u202f\u2009 ]/g;

const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '¼': 0.25,
  '½': 0.5,
  '¾': 0.75,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 0.125,
  '⅜': 0.375,
  '⅝': 0.625,
  '⅞': 0.875,
};

/** Read a digit token (as tokenizeWords returns it); undefined when it is not a number. */
export function parseDigits(raw: string, lang: Lang): DigitReading | undefined {
  const s = raw.replace(SPACES, ' ');
  if (!/^\d/.test(s)) return undefined;
  // A vulgar fraction after the digits: 5½ = 5.5.
  const vulgar = /^(\d+)([¼½¾⅓⅔⅛⅜⅝⅞])$/u.exec(s);
  if (vulgar) {
    const value = Number(vulgar[1]) + VULGAR_FRACTIONS[vulgar[2]!]!;
    return { primary: value, values: [value], grouped: false };
  }
  // Other number signs (10², 3⁄4): the digits they start with, or nothing.
  if (/[^\d.,\s]/u.test(s)) {
    const digits = /^\d+/.exec(s)![0];
    return { primary: Number(digits), values: [Number(digits)], grouped: false };
  }
  const spaced = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(s);
  if (spaced) {
    const value = Number(`${spaced[1]!.replace(/ /g, '')}.${spaced[2] ?? '0'}`);
    return { primary: value, values: [value], grouped: true };
  }
  if (/^\d+$/.test(s)) return { primary: Number(s), values: [Number(s)], grouped: false };
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    // Both kinds: the last one written is the decimal separator (1,234.5 / 1.234,5).
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const value = Number(s.split(group).join('').replace(decimal, '.'));
    return Number.isFinite(value) ? { primary: value, values: [value], grouped: true } : undefined;
  }
  const sep = commas > 0 ? ',' : '.';
  const count = commas + dots;
  if (count > 1) {
    const value = Number(s.split(sep).join(''));
    return Number.isFinite(value) ? { primary: value, values: [value], grouped: true } : undefined;
  }
  const [int, frac] = s.split(sep) as [string, string];
  const decimalValue = Number(`${int}.${frac}`);
  if (frac.length !== 3) return { primary: decimalValue, values: [decimalValue], grouped: false };
  const groupedValue = Number(`${int}${frac}`);
  // English groups with a comma and French with a dot (or a space); the other is decimal.
  const groupFirst = lang === 'en' ? sep === ',' : sep === '.';
  return groupFirst
    ? { primary: groupedValue, values: [groupedValue, decimalValue], grouped: true }
    : { primary: decimalValue, values: [decimalValue, groupedValue], grouped: false };
}

/** Write `value` as `lang` writes numbers (`2 000`, `4,5` in French; `2,000`, `4.5` in English). */
export function formatNumber(value: number, lang: Lang, group: boolean): string {
  const [int = '0', frac] = String(value).split('.');
  const sepGroup = lang === 'fr' ? '\u00a0' : lang === 'en' ? ',' : '.';
  const sepDecimal = lang === 'en' ? '.' : ',';
  const grouped = group && int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sepGroup) : int;
  return frac === undefined ? grouped : `${grouped}${sepDecimal}${frac}`;
}
