/**
 * Language tags as the exchange writers put them in files (XLIFF `srcLang`/`trgLang` and
 * `source-language`/`target-language`, TMX `srclang` and `xml:lang`): BCP 47, in its canonical
 * case. A case's language can be anything a person typed or a file said (`fr_FR`, `FR-FR`,
 * `fr_FR.UTF-8`, `fra`): written as it came, `fr_FR` made an XLIFF 2.0 file CAT tools refuse
 * (the spec wants BCP 47; its schema does not check), and the 1.2 writer wrote `und` for it.
 */
import { toIso6391 } from '../text/detect-language.ts';

/**
 * `tag` as a BCP 47 tag: `_` → `-`, a POSIX locale's `.charset`/`@modifier` dropped, the
 * language in lower case (ISO 639-3 → 639-1 when there is one: `fra` → `fr`), a script in
 * title case, a region in upper case (`fr_fr` → `fr-FR`, `zh-hant-tw` → `zh-Hant-TW`);
 * `und` (undetermined) for anything that is no tag (empty, spaces, non-ASCII letters…).
 */
export function bcp47Tag(tag: string): string {
  const parts = tag
    .trim()
    .replace(/[.@].*$/s, '')
    .split(/[-_]/);
  const [language, ...rest] = parts;
  if (language === undefined || !/^[A-Za-z]{2,8}$/.test(language)) return 'und';
  if (!rest.every((p) => /^[A-Za-z0-9]{1,8}$/.test(p))) return 'und';
  const lower = language.toLowerCase();
  const out = [lower.length === 3 && toIso6391(lower) !== 'und' ? toIso6391(lower) : lower];
  // After a singleton (`x-…` private use, `u-…` extensions) subtags keep lower case.
  let extension = false;
  for (const p of rest) {
    const s = p.toLowerCase();
    if (extension || p.length === 1) {
      extension = true;
      out.push(s);
    } else if (p.length === 2 && /^[a-z]+$/.test(s)) out.push(s.toUpperCase());
    else if (p.length === 4 && /^[a-z]+$/.test(s)) out.push(s[0]!.toUpperCase() + s.slice(1));
    else out.push(s);
  }
  return out.join('-');
}
