/**
 * The review reports' date, for a person: in the report's language, to the minute, in UTC
 * (`24 novembre 2026 à 05:27 UTC`, `November 24, 2026 at 5:27 AM UTC`); the reports printed the
 * ISO string with its milliseconds (`2026-11-24T05:27:38.454Z`). Unreadable dates stay as given.
 */
export function reportDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
    return `${format.format(date)} UTC`;
  } catch {
    // A language tag Intl refuses: the ISO date, to the minute.
    return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  }
}
