/**
 * Mac Roman (WHATWG `macintosh`), the encoding of text files from Macs before OS X, and how to
 * tell it from Windows-1252, which every single-byte file is otherwise read as.
 *
 * The two disagree on every byte from 0x80 up. Mac Roman puts its lowercase accented letters at
 * 0x87–0x9F (é = 0x8E, è = 0x8F, à = 0x88, ê = 0x90, ç = 0x8D, ù = 0x9D, û = 0x9E), where
 * Windows-1252 has punctuation, a few rare letters (Ž, š, ž) and five undefined bytes (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D); Windows-1252 puts its lowercase accented letters at 0xE0–0xFF, where
 * Mac Roman has capitals and rare signs. Read as Windows-1252, Mac French shows `cafŽ`.
 */

/** Mac Roman's bytes 0x80–0xFF (0xF0 is Apple's logo, a private-use character). */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Decode `bytes` as Mac Roman (every byte is a character: nothing fails). */
export function decodeMacRoman(bytes: Uint8Array): string {
  let text = '';
  // Runs of ASCII are decoded in one go; a chunk bounds the string building for large files.
  let from = 0;
  const ascii = new TextDecoder('utf-8');
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    text += ascii.decode(bytes.subarray(from, i)) + MAC_ROMAN_HIGH[b - 0x80]!;
    from = i + 1;
  }
  return text + ascii.decode(bytes.subarray(from));
}

/** Bytes Windows-1252 leaves undefined: Mac Roman's Å, ç, è, ê, ù. No Windows file holds them. */
const UNDEFINED_IN_CP1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Mac Roman lowercase letters that are signs or rare letters in Windows-1252: ˆ/à, Š/ä, Ž/é,
 * š/ö, ž/û, Ÿ/ü; and ‰/â, ™/ô when a letter follows (`âge`, `côte`; `5‰ `, `Amazon™ ` do not).
 */
const MAC_LETTER = new Set([0x88, 0x8a, 0x8e, 0x9a, 0x9e, 0x9f]);
const MAC_LETTER_BEFORE_LETTER = new Set([0x89, 0x99]);

/**
 * Windows-1252 evidence: its curly quotes, dashes, ellipsis and euro sign (in Mac Roman í, ì,
 * ñ, ó, Ö, Ä, seldom in French or English); its lowercase accented letters 0xE0–0xFF are
 * counted apart.
 */
const CP1252_PUNCTUATION = new Set([0x80, 0x85, 0x92, 0x93, 0x96, 0x97]);

const isAsciiLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * Whether single-byte text (not UTF-8) is Mac Roman rather than Windows-1252. Conservative: it
 * takes at least one byte Windows-1252 leaves undefined (è, ê, ç and ù are that frequent in
 * French), at least two Mac letters in all, and three times as many Mac letters as Windows-1252
 * evidence. English with curly quotes (`don’t` is 0x92 there), `Amazon™`, `Žižek` in a Windows
 * file stay Windows-1252.
 */
export function looksMacRoman(bytes: Uint8Array): boolean {
  let undefinedInCp1252 = 0;
  let mac = 0;
  let cp1252 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (UNDEFINED_IN_CP1252.has(b)) {
      undefinedInCp1252++;
      mac++;
    } else if (MAC_LETTER.has(b) || (MAC_LETTER_BEFORE_LETTER.has(b) && isAsciiLetter(bytes[i + 1]))) mac++;
    else if (b >= 0xe0 || CP1252_PUNCTUATION.has(b)) cp1252++;
  }
  return undefinedInCp1252 > 0 && mac >= 2 && mac >= 3 * cp1252;
}
