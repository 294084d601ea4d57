/**
 * Reads every quotation mark of a text, repairing garbled ones, and says which side each is
 * on. Marks fall in two groups that pair only within themselves: double (« » “ ” „ " and their
 * garbled forms) and single (‘ ’ ‹ › and straight apostrophes used as quotes).
 *
 * Garbled forms (UTF-8 “ ” read through Windows-1252 and then half-repaired, as scraped reports
 * carry them): `«œ`, `« œ` (an opener), `œword` (a lost opener glued to a word), `» œ` (a closer
 * with a stray remnant), a lone `œ`, `''` (a closer, or an opener before a word), `,,`, `â€œ`.
 * Real words with œ (`œuvre`, `cœur`, `œil`) are never read as marks.
 */
import type { Span } from '../model/document.ts';

/** A mark as scanned: `either` when context cannot tell (straight quotes between spaces). */
export interface ScannedMark {
  readonly span: Span;
  readonly role: 'open' | 'close' | 'either';
  readonly group: 'double' | 'single';
  readonly garbled: boolean;
}

const SP = '[ \\u00a0\\u202f]';
// Words that really begin with œ: never a garbled mark.
const OE_WORDS = /^œ(?:uvr|il|uf|cum|cumén|dèm|dem|nolog|noph|soph|strog|dip|ill)/iu;

const MARK = new RegExp(
  [
    `«${SP}?œ${SP}?`, // garbled opener
    `»${SP}?œ(?![\\p{L}])`, // closer with a stray remnant
    'â€œ|â€˜', // mojibake openers
    'â€[\\u009d\\u201d"]?(?![\\u2122\\u0153\\u02dc])', // mojibake closer (not â€™ â€œ â€˜)
    'â€™', // mojibake apostrophe (kept to skip it)
    "''|,,",
    '[«»“”„‘’‹›"\']',
    'œ',
  ].join('|'),
  'gu',
);

// French words that elide before a vowel, ending the text before a mark.
const ELIDED = /(?:^|[^\p{L}\p{N}.])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)$/iu;
const CLOSING_PUNCT = /^[.,;:!?)\]}…]$/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /[\s\u00a0\u202f]/u.test(ch);
const isOpenContext = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–\-/:]/u.test(ch);

/** Scan `text` for quotation marks, garbled ones included, in order. */
export function scanQuoteMarks(text: string): ScannedMark[] {
  const marks: ScannedMark[] = [];
  for (const match of text.matchAll(MARK)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const before = text[start - 1];
    const after = text[end];
    const span: Span = [start, end];
    const push = (role: ScannedMark['role'], group: ScannedMark['group'], garbled: boolean) => {
      marks.push({ span, role, group, garbled });
    };
    if (raw.startsWith('«') && raw.includes('œ')) push('open', 'double', true);
    else if (raw.startsWith('»') && raw.includes('œ')) push('close', 'double', true);
    else if (raw === 'â€œ') push('open', 'double', true);
    else if (raw === 'â€˜') push('open', 'single', true);
    else if (raw === 'â€™') continue;
    else if (raw.startsWith('â€')) push('close', 'double', true);
    else if (raw === "''") {
      // Between two letters, a doubled apostrophe (`l''homme`, `aujourd''hui`).
      if (isLetter(before) && isLetter(after)) continue;
      // `''` before a word, after a space, bracket or colon (`(''Amazon`, `dit:''Nous`), or set
      // apart after a colon (`déclaré : '' Nous`): a garbled opener; otherwise a garbled closer
      // (`réputation '' peuvent`, the usual remnant of ”).
      const lead = text
        .slice(Math.max(0, start - 4), start)
        .trimEnd()
        .slice(-1);
      const afterColon = isSpace(after) && isSpace(before) && (lead === ':' || lead === '(');
      push((isOpenContext(before) && isLetter(after)) || afterColon ? 'open' : 'close', 'double', true);
    } else if (raw === ',,') {
      if (isLetter(after)) push('open', 'double', true);
    } else if (raw === '«' || raw === '“' || raw === '„') push('open', 'double', false);
    else if (raw === '»' || raw === '”') push('close', 'double', false);
    else if (raw === '‹' || raw === '‘') push('open', 'single', false);
    else if (raw === '›') push('close', 'single', false);
    else if (raw === '’') {
      // Between letters (`company’s`, `U.S.’s`) it is an apostrophe.
      if (!isLetter(after)) push('close', 'single', false);
    } else if (raw === '"') {
      // An apostrophe typed as " after an elided French word (`l"édifice`, `jusqu"à`, `qu" Axel`).
      if (ELIDED.test(text.slice(Math.max(0, start - 8), start))) continue;
      // Not before a stop or comma: `heureux ".` (spaces inside straight quotes) closes.
      if (isOpenContext(before) && !isSpace(after) && !CLOSING_PUNCT.test(after ?? ''))
        push('open', 'double', false);
      else if (!isOpenContext(before) && (isSpace(after) || /[.,;:!?)\]]/u.test(after ?? '')))
        push('close', 'double', false);
      else push('either', 'double', false);
    } else if (raw === "'") {
      if (isLetter(before) && isLetter(after)) continue; // d'autrui, don't
      if (isOpenContext(before) && isLetter(after)) push('open', 'single', false);
      else if (!isSpace(before) && !isLetter(after)) push('close', 'single', false);
    } else if (raw === 'œ') {
      if (isLetter(before)) continue; // cœur, sœur
      const word = text.slice(start, start + 12);
      if (OE_WORDS.test(word)) continue; // œuvre, œil
      // A lost opener glued to its word (`œlielas`), or a lone remnant whose side the pairing decides.
      push(isLetter(after) ? 'open' : 'either', 'double', true);
    }
  }
  return marks;
}
