import type { Lang } from '../../model/document.ts';

const NAMES: Record<string, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The name of month `n` (1–12) in `lang` (French or English; the number itself otherwise). */
export function monthName(n: number, lang: Lang): string {
  return NAMES[lang]?.[n - 1] ?? String(n);
}
