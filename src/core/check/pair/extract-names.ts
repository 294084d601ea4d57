/**
 * Names and acronyms of an English text: capitalised words that are not capitalised only for
 * being first in a sentence or in a headline (Title Case), dotted acronyms (`U.S.`), grouped
 * into phrases (`White House`, `Jeff Bezos`). A word the document also writes in lower case is
 * a common word (`Government` / `government`), not a name.
 */

import type { TextDocument } from '../../model/document.ts';
import { tokenizeWords } from '../../text/tokenize-words.ts';
import type { BeadSegment } from './bead-segments.ts';
import { fold as foldAccents } from './fold.ts';

/** One name token of the source. */
export interface NameToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly acronym: boolean;
}

/** A run of name tokens (a phrase such as `United States`), with its lower-case key. */
export interface NamePhrase {
  readonly tokens: readonly NameToken[];
  readonly key: string;
}

// Capitalised words that are never names in English prose.
const NOT_NAMES = new Set(
  'i mr mrs ms dr st mt jr sr a an the this that these those it its he she we they you my our his her their'.split(
    ' ',
  ),
);

/**
 * True when a word after `before` starts a sentence or a quoted sentence: after `.`, `!`, `?`
 * or `:` (a quotation mark may open in between), but not after a title (`Mr.`, `Gen.`).
 */
export function startsSentence(before: string): boolean {
  if (!/[.!?:]\s*["“«]?\s*$/u.test(before)) return false;
  return !/(?:^|\s)\p{Lu}\p{Ll}{0,3}\.\s*$/u.test(before);
}

/** What the source document tells about words: those it writes in lower case somewhere. */
export interface NameEvidence {
  readonly lowercase: ReadonlySet<string>;
  readonly capitalisedInside: ReadonlySet<string>;
  /** How often each word is capitalised inside a sentence. */
  readonly capitalisedCount: ReadonlyMap<string, number>;
  /** Whether a lower-case word is a common word of the language (word list or lexicon), if known. */
  readonly isCommon?: (lower: string) => boolean;
}

/** Gather, once per document, the words it writes in lower case and those capitalised mid-sentence. */
export function nameEvidence(doc: TextDocument, isCommon?: (lower: string) => boolean): NameEvidence {
  const lowercase = new Set<string>();
  const capitalisedInside = new Set<string>();
  const capitalisedCount = new Map<string, number>();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const tokens = tokenizeWords(text).filter((t) => t.kind === 'word');
    // Headlines capitalise every word: they tell nothing about which words are names.
    if (isHeadline(tokens, text, isCommon)) continue;
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowercase.add(t.norm);
      else if (i > 0 && !startsSentence(text.slice(0, t.start))) {
        capitalisedInside.add(t.norm);
        capitalisedCount.set(t.norm, (capitalisedCount.get(t.norm) ?? 0) + 1);
      }
    });
  }
  return { lowercase, capitalisedInside, capitalisedCount, ...(isCommon ? { isCommon } : {}) };
}

function isHeadline(
  words: readonly { text: string }[],
  text: string,
  isCommon?: (lower: string) => boolean,
): boolean {
  const capitalisedShare = (list: readonly { text: string }[]) =>
    list.filter((w) => /^\p{Lu}/u.test(w.text)).length / list.length;
  // Title Case capitalises common words; names alone do not make a headline
  // ("The BPCE has a similar project in Strasbourg and in Marseille").
  const common = isCommon ? words.filter((w) => w.text.length > 3 && isCommon(w.text.toLowerCase())) : [];
  // A sentence with a full stop is a headline only when nearly all its common words are capitalised
  // ("the Supreme Court of the United States upheld the law" is not).
  const final = /[.!?]["”»’)]*\s*$/u.test(text);
  if (common.length >= 2) return capitalisedShare(common) >= (final ? 0.8 : 0.6);
  const long = words.filter((w) => w.text.length > 3);
  // Headlines rarely end with a full stop; a short sentence that does needs more evidence.
  if (long.length < (/[.!?]["”»’)]*\s*$/u.test(text) ? 4 : 3)) return false;
  return capitalisedShare(long) >= 0.6;
}

/** The name phrases of some source segments. */
export function extractNames(segments: readonly BeadSegment[], evidence: NameEvidence): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  for (const seg of segments) {
    const words = tokenizeWords(seg.text).filter((t) => t.kind === 'word');
    const upperShare = words.filter((w) => /^\p{Lu}+$/u.test(w.text)).length / Math.max(1, words.length);
    if (upperShare > 0.5) continue; // ALL-CAPS line: cannot tell names
    const headline = isHeadline(words, seg.text, evidence.isCommon);
    const dotted = [...seg.text.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.){2,}/gu)];
    let run: NameToken[] = [];
    const flush = () => {
      if (run.length > 0) phrases.push({ tokens: run, key: run.map((t) => t.text.toLowerCase()).join(' ') });
      run = [];
    };
    let lastEnd = -1;
    words.forEach((w, i) => {
      const inDotted = dotted.find((d) => w.start >= d.index && w.start < d.index + d[0].length);
      if (inDotted) {
        if (w.start === inDotted.index) {
          flush();
          phrases.push({
            tokens: [
              {
                text: inDotted[0],
                start: seg.start + w.start,
                end: seg.start + inDotted.index + inDotted[0].length,
                acronym: true,
              },
            ],
            key: inDotted[0].toLowerCase(),
          });
        }
        lastEnd = -1;
        return;
      }
      const acronym = /^\p{Lu}[\p{Lu}\d]+s?$/u.test(w.text) && w.text.length >= 2;
      const capitalised = /^\p{Lu}/u.test(w.text) || /^\p{Ll}+\p{Lu}/u.test(w.text); // iPhone
      const initial = i === 0 || startsSentence(seg.text.slice(0, w.start));
      let isName = false;
      // Abbreviations and labels are no names to find: `Jan.`, `Lt.`, `(D-Ill.)`, `World War II`.
      const abbreviation =
        !acronym &&
        ((w.text.length <= 4 && seg.text[w.end] === '.' && w.end + 1 < seg.text.trimEnd().length) ||
          /^[IVX]+(?:th|st|nd|rd)?$/.test(w.text) ||
          /(?:^|-)\p{Lu}{1,2}(?:-|$)/u.test(w.text));
      if (capitalised && !abbreviation && !NOT_NAMES.has(w.norm) && w.text.length > 1) {
        if (acronym) isName = true;
        else if (evidence.lowercase.has(w.norm)) isName = false;
        else if (initial || headline) isName = evidence.capitalisedInside.has(w.norm);
        else isName = true;
      }
      if (!isName) {
        flush();
        lastEnd = -1;
        return;
      }
      // A phrase continues over a single space or hyphen.
      if (lastEnd >= 0 && !/^[ -]$/.test(seg.text.slice(lastEnd, w.start))) flush();
      run.push({ text: w.text, start: seg.start + w.start, end: seg.start + w.end, acronym });
      lastEnd = w.end;
    });
    flush();
  }
  return phrases;
}

/** Folded form used to compare names. */
export function nameFold(text: string): string {
  return foldAccents(text.replace(/\./g, ''));
}
