/**
 * Which language an unknown word looks like, English or French: a character-trigram naive Bayes
 * classifier (Cavnar & Trenkle 1994's n-gram text categorisation, read word by word as in
 * Dunning 1994's "Statistical identification of language"). Each trigram of the padded word
 * (`^su`, `sup`, … `os$`) carries the log odds of English against French, learnt from the two
 * word lists (data/wordlists, one count per word form) and stored in word-language-table.ts;
 * the word's score is their mean. English's own trigram probabilities tell a word foreign to
 * both (Czech, Polish) from an English one. It tells garbled or misspelt English inside French text
 * (`supperititios`, `recognnition`) from a misspelt French word (`troisème`, `entrainée`).
 */
import { TRIGRAM_LOG_ODDS } from './word-language-table.ts';

/** Log odds are stored as one code unit: the value times SCALE, offset by OFFSET. */
export const LOG_ODDS_SCALE = 4;
export const LOG_ODDS_OFFSET = 0x50;

/** English log P(c | ab) of a trigram the table does not hold (seen under 5 times in both lists). */
export const UNSEEN_LOG_PROB = -8;

let table: Map<string, readonly [number, number]> | undefined;

// The table string holds, per trigram, three characters then two code units: the quantised
// log odds (English over French) and English's log P(c | ab).
function trigramTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const s = TRIGRAM_LOG_ODDS;
  const value = (i: number) => (s.charCodeAt(i) - LOG_ODDS_OFFSET) / LOG_ODDS_SCALE;
  for (let i = 0; i + 5 <= s.length; i += 5) table.set(s.slice(i, i + 3), [value(i + 3), value(i + 4)]);
  return table;
}

/** The trigrams of a lower-case word padded with `^` and `$`. */
export function wordTrigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** How English a word looks: mean log odds against French, and mean English log P(c | ab). */
export interface EnglishScore {
  /** Above 0 the word looks English rather than French. */
  readonly odds: number;
  /** Near 0 for ordinary English spelling, low for a word foreign to English too (`knedliky`). */
  readonly english: number;
}

/** Score `word` (any case) with the trigram models (natural logs, per trigram). */
export function englishScore(word: string): EnglishScore {
  return scoreTrigrams(trigramTable(), word.toLowerCase());
}

/** Score a lower-case `word` with a given trigram table (the shipped one, or one a benchmark trains). */
export function scoreTrigrams(t: ReadonlyMap<string, readonly [number, number]>, word: string): EnglishScore {
  const grams = wordTrigrams(word);
  if (grams.length === 0) return { odds: 0, english: UNSEEN_LOG_PROB };
  let odds = 0;
  let english = 0;
  for (const g of grams) {
    const v = t.get(g);
    odds += v?.[0] ?? 0;
    english += v?.[1] ?? UNSEEN_LOG_PROB;
  }
  return { odds: odds / grams.length, english: english / grams.length };
}

/** Mean log odds that `word` is English rather than French (see englishScore). */
export function englishLogOdds(word: string): number {
  return englishScore(word).odds;
}
