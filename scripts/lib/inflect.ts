/**
 * Regular inflection candidates used to widen the FreeDict lexicons, which list only base forms
 * (`maison → house`, never `maisons → houses`): news text is full of plurals and agreed
 * adjectives. These rules over-generate on purpose; the build keeps a candidate only if the
 * language's word list (data/wordlists) knows it, so an irregular form is dropped, not invented.
 */

/** Candidate plurals of an English noun or noun phrase (its last word inflects). */
export function englishPlurals(phrase: string): string[] {
  const space = phrase.lastIndexOf(' ');
  const head = phrase.slice(0, space + 1);
  const word = phrase.slice(space + 1);
  if (!/^[a-z]+$/.test(word) || word.length < 2) return [];
  const out: string[] = [];
  if (/(s|x|z|ch|sh)$/.test(word)) out.push(`${word}es`);
  else if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`);
  else if (/fe?$/.test(word)) out.push(`${word.replace(/fe?$/, 'ves')}`, `${word}s`);
  else out.push(`${word}s`);
  return out.map((w) => head + w);
}

/** Candidate plurals of a French noun: one word, or a `N de N` / `N à N` compound (first word inflects). */
export function frenchNounPlurals(phrase: string): string[] {
  const m = /^([\p{L}-]+)((?: (?:de|d'|à|en) .+)?)$/u.exec(phrase);
  if (!m) return [];
  const word = m[1] as string;
  const rest = m[2] ?? '';
  if (word.includes('-') || word.length < 2) return [];
  let forms: string[];
  if (/[sxz]$/.test(word)) forms = [];
  else if (/al$/.test(word)) forms = [`${word.slice(0, -2)}aux`, `${word}s`];
  else if (/ail$/.test(word)) forms = [`${word}s`, `${word.slice(0, -3)}aux`];
  else if (/(eau|au|eu)$/.test(word)) forms = [`${word}x`, `${word}s`];
  else if (/ou$/.test(word)) forms = [`${word}s`, `${word}x`];
  else forms = [`${word}s`];
  return forms.map((f) => f + rest);
}

/** Candidate feminine and plural forms of a French adjective (masculine singular given). */
export function frenchAdjectiveForms(word: string): string[] {
  if (!/^[\p{L}]+$/u.test(word) || word.length < 2) return [];
  const feminine: string[] = [];
  if (word.endsWith('e')) feminine.push(word);
  else if (word.endsWith('eux')) feminine.push(`${word.slice(0, -1)}se`);
  else if (word.endsWith('if')) feminine.push(`${word.slice(0, -1)}ve`);
  else if (word.endsWith('er')) feminine.push(`${word.slice(0, -2)}ère`);
  else if (/(el|en|on|et|il)$/.test(word)) feminine.push(`${word}${word.slice(-1)}e`, `${word}e`);
  else feminine.push(`${word}e`);
  const masculinePlural = /[sx]$/.test(word)
    ? []
    : word.endsWith('al')
      ? [`${word.slice(0, -2)}aux`, `${word}s`]
      : [`${word}s`];
  const forms = [...feminine.filter((f) => f !== word), ...masculinePlural, ...feminine.map((f) => `${f}s`)];
  return [...new Set(forms)];
}
