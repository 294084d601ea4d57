/**
 * Injected errors for the check benchmarks: take a translated document (paragraphs of
 * sentences, e.g. a WMT newstest document) and plant one known error of a given kind, with a
 * fixed-seed random choice of where. Every injection returns the changed paragraphs and exactly
 * where the error now sits, so a benchmark knows the right answer because it made the change.
 * Eight kinds: the four an aligned pair reveals (number changed, name changed, sentence dropped,
 * sentence left in English) and four any one document shows (mojibake, unbalanced quote, words
 * glued, word doubled).
 */
import type { Paragraph, Sentence, TextDocument } from '../../../src/core/model/document.ts';

export const ERROR_KINDS = [
  'number-changed',
  'name-changed',
  'sentence-dropped',
  'left-in-english',
  'mojibake',
  'quote-unbalanced',
  'words-glued',
  'word-doubled',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Paragraphs of sentences: the shape of a WMT document side. */
export type Sentences = readonly (readonly string[])[];

/** One planted error. */
export interface Injection {
  readonly kind: ErrorKind;
  /** The target paragraphs after the change. */
  readonly paragraphs: Sentences;
  /** Flat index of the changed sentence in the original target (dropped: the one removed). */
  readonly sentence: number;
  /**
   * Where the error is in the changed sentence (offsets inside that sentence's new text);
   * for a dropped sentence, empty at the start of the sentence that now follows.
   */
  readonly start: number;
  readonly end: number;
  /** What was there before and what is there now. */
  readonly before: string;
  readonly after: string;
}

export { seededRandom } from './seeded-random.ts';

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

/** Build a TextDocument whose sentences are exactly the given ones (paragraphs split by a blank line). */
export function buildDocument(id: string, lang: string, paragraphs: Sentences): TextDocument {
  let text = '';
  const paras: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let line = 1;
  paragraphs.forEach((sents, p) => {
    if (p > 0) {
      text += '\n\n';
      line += 2;
    }
    const pStart = text.length;
    const firstSentence = sentences.length;
    sents.forEach((s, k) => {
      if (k > 0) text += ' ';
      const start = text.length;
      text += s;
      sentences.push({
        id: `s${sentences.length}`,
        index: sentences.length,
        paragraph: p,
        start,
        end: text.length,
      });
    });
    paras.push({
      id: `p${p}`,
      index: p,
      start: pStart,
      end: text.length,
      firstSentence,
      sentenceCount: sents.length,
      line,
    });
  });
  return { id, name: id, lang, text, paragraphs: paras, sentences };
}

function flat(paragraphs: Sentences): string[] {
  return paragraphs.flat();
}

function replaceSentence(paragraphs: Sentences, index: number, text: string | null): string[][] {
  let k = 0;
  return paragraphs
    .map((sents) =>
      sents.flatMap((s) => {
        const here = k++ === index;
        if (!here) return [s];
        return text === null ? [] : [text];
      }),
    )
    .filter((sents) => sents.length > 0);
}

/** Windows-1252 rendering of bytes 0x80–0x9F (the rest of the byte range maps to Latin-1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** UTF-8 bytes of `s` read as Windows-1252: the classic mojibake (`é` → `Ã©`). */
export function toMojibake(s: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(s)) {
    out += byte >= 0x80 && byte < 0xa0 ? CP1252[byte - 0x80]! : String.fromCharCode(byte);
  }
  return out;
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

interface Site {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Where each kind can be planted in `tgt` (given the source `src`, same sentence indexes). */
function sites(
  kind: ErrorKind,
  src: readonly string[],
  tgt: readonly string[],
  random: () => number,
): Site[] {
  const out: Site[] = [];
  tgt.forEach((t, i) => {
    const s = src[i] ?? '';
    switch (kind) {
      case 'number-changed': {
        // A number of the source written in digits and present as such in the translation.
        for (const m of t.matchAll(/\d+/g)) {
          if (!new RegExp(`(^|\\D)${m[0]}(\\D|$)`).test(s)) continue;
          const digits = m[0];
          const at = Math.floor(random() * digits.length);
          const old = Number(digits[at]);
          let d = (old + 1 + Math.floor(random() * 8)) % 10;
          if (at === 0 && d === 0 && digits.length > 1) d = (old % 9) + 1;
          const replacement = digits.slice(0, at) + String(d) + digits.slice(at + 1);
          out.push({ sentence: i, start: m.index, end: m.index + digits.length, replacement });
        }
        break;
      }
      case 'name-changed': {
        // A capitalised word (not sentence-initial) that appears as such in the source.
        for (const m of t.matchAll(/(?<=[\s(«“"'])\p{Lu}[\p{Ll}]{2,}/gu)) {
          if (!new RegExp(`\\b${m[0]}\\b`, 'u').test(s)) continue;
          out.push({ sentence: i, start: m.index, end: m.index + m[0].length, replacement: '' });
        }
        break;
      }
      case 'sentence-dropped':
        if ((t.match(WORD) ?? []).length >= 4) out.push({ sentence: i, start: 0, end: 0, replacement: '' });
        break;
      case 'left-in-english':
        if ((s.match(WORD) ?? []).length >= 4 && s !== t)
          out.push({ sentence: i, start: 0, end: t.length, replacement: s });
        break;
      case 'mojibake':
        for (const m of t.matchAll(/[\p{L}]*[à-ÿÀ-ÖØ-ß’«»][\p{L}]*/gu)) {
          out.push({
            sentence: i,
            start: m.index,
            end: m.index + m[0].length,
            replacement: toMojibake(m[0]),
          });
        }
        break;
      case 'quote-unbalanced':
        // Drop a closing mark of a balanced quotation, or open one that never closes.
        for (const m of t.matchAll(/\s?»/g))
          out.push({ sentence: i, start: m.index, end: m.index + m[0].length, replacement: '' });
        if (!/[«»"“”]/.test(t)) {
          const words = [...t.matchAll(WORD)];
          const w = words[Math.floor(words.length / 2)];
          if (w && words.length >= 4)
            out.push({ sentence: i, start: w.index, end: w.index, replacement: '« ' });
        }
        break;
      case 'words-glued':
        for (const m of t.matchAll(/(?<=[\p{L}]{3}) (?=[\p{L}]{3})/gu)) {
          out.push({ sentence: i, start: m.index, end: m.index + 1, replacement: '' });
        }
        break;
      case 'word-doubled':
        for (const m of t.matchAll(/(?<=\s)[\p{L}]{2,}(?=\s)/gu)) {
          out.push({
            sentence: i,
            start: m.index,
            end: m.index + m[0].length,
            replacement: `${m[0]} ${m[0]}`,
          });
        }
        break;
    }
  });
  return out;
}

// Names that are no common word in either language, as a wrong name in a report would be.
const OTHER_NAMES = [
  'Kowalczyk',
  'Ferreira',
  'Nakamura',
  'Okonkwo',
  'Lindqvist',
  'Haddad',
  'Vasquez',
  'Brodsky',
];

/**
 * Plant one error of `kind` in `tgt` (paragraphs of sentences translating `src`, sentence for
 * sentence), at a place chosen by `random`; undefined when the document offers no place.
 */
export function injectError(
  kind: ErrorKind,
  src: Sentences,
  tgt: Sentences,
  random: () => number,
): Injection | undefined {
  const tgtFlat = flat(tgt);
  const site = pick(sites(kind, flat(src), tgtFlat, random), random);
  if (!site) return undefined;
  const sentence = tgtFlat[site.sentence]!;
  const before = sentence.slice(site.start, site.end);
  if (kind === 'sentence-dropped') {
    return {
      kind,
      paragraphs: replaceSentence(tgt, site.sentence, null),
      sentence: site.sentence,
      start: 0,
      end: 0,
      before: sentence,
      after: '',
    };
  }
  let replacement = site.replacement;
  if (kind === 'name-changed') {
    const others = OTHER_NAMES.filter((n) => !tgtFlat.some((t) => t.includes(n)));
    replacement = pick(others, random) ?? 'Kowalczyk';
  }
  const text = sentence.slice(0, site.start) + replacement + sentence.slice(site.end);
  const end =
    kind === 'quote-unbalanced' && replacement === '' ? site.start : site.start + replacement.length;
  return {
    kind,
    paragraphs: replaceSentence(tgt, site.sentence, text),
    sentence: site.sentence,
    start: site.start,
    end,
    before,
    after: replacement,
  };
}
