/** Accented letters a French or English word may carry, by base letter. */
export const ACCENTED_LETTERS: Readonly<Record<string, string>> = {
  a: 'àâä',
  c: 'ç',
  e: 'éèêë',
  i: 'îï',
  o: 'ôö',
  u: 'ùûü',
  y: 'ÿ',
};
