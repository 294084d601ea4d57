/**
 * Names and acronyms of an English text: capitalised words that are not capitalised only for
 * being first in a sentence or in a headline (Title Case), dotted acronyms (`U.S.`), grouped
 * into phrases (`White House`, `Jeff Bezos`). A word the document also writes in lower case is
 * a common word (`Government` / `government`), not a name.
 */

import type { TextDocument } from '../../model/document.ts';
import type { BeadSegment } from './bead-segments.ts';
import { cachedTokens } from './cached-tokens.ts';
import { fold as foldAccents } from './fold.ts';

/** One name token of the source. */
export interface NameToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly acronym: boolean;
  /**
   * A name only by weaker evidence (a capitalised word inside a run of capitalised words that
   * the document also writes in lower case, or a sentence-initial word no word list knows):
   * reported only when another name took its place, never as translated.
   */
  readonly weak?: boolean;
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

const SPACE = /\s/u;

/**
 * `startsSentence(text.slice(0, end))`, reading only the end of that prefix: both patterns are
 * anchored at its end and span at most the trailing blanks, a quotation mark and a title of five
 * letters, so testing the last few characters gives the same answer in constant time (calling
 * startsSentence on every prefix of a long paragraph was quadratic).
 */
export function startsSentenceAt(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  let k = i;
  if (i > 0 && '"“«'.includes(text[i - 1]!)) {
    k = i - 1;
    while (k > 0 && SPACE.test(text[k - 1]!)) k--;
  }
  // 16 code units before the last non-blank: a title (capital, up to three small letters, dot;
  // two code units each at most) and the blank before it fit, and `^` cannot match spuriously.
  return startsSentence(text.slice(Math.max(0, Math.min(k - 1, i - 16)), end));
}

/** What the source document tells about words: those it writes in lower case somewhere. */
export interface NameEvidence {
  readonly lowercase: ReadonlySet<string>;
  /** How often each word is written in lower case. */
  readonly lowercaseCount?: ReadonlyMap<string, number>;
  readonly capitalisedInside: ReadonlySet<string>;
  /** How often each word is capitalised inside a sentence. */
  readonly capitalisedCount: ReadonlyMap<string, number>;
  /** Whether a lower-case word is a common word of the language (word list or lexicon), if known. */
  readonly isCommon?: (lower: string) => boolean;
  /** `isCommon` reads a full word list (not a lexicon): a word it does not know is no common word. */
  readonly wordList?: boolean;
}

/** Gather, once per document, the words it writes in lower case and those capitalised mid-sentence. */
export function nameEvidence(
  doc: TextDocument,
  isCommon?: (lower: string) => boolean,
  wordList = false,
): NameEvidence {
  const lowercase = new Set<string>();
  const lowercaseCount = new Map<string, number>();
  const capitalisedInside = new Set<string>();
  const capitalisedCount = new Map<string, number>();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const tokens = cachedTokens(text).filter((t) => t.kind === 'word');
    // Headlines capitalise every word: they tell nothing about which words are names.
    if (isHeadline(tokens, text, isCommon)) continue;
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) {
        lowercase.add(t.norm);
        lowercaseCount.set(t.norm, (lowercaseCount.get(t.norm) ?? 0) + 1);
      } else if (i > 0 && !startsSentenceAt(text, t.start)) {
        capitalisedInside.add(t.norm);
        capitalisedCount.set(t.norm, (capitalisedCount.get(t.norm) ?? 0) + 1);
      }
    });
  }
  return {
    lowercase,
    lowercaseCount,
    capitalisedInside,
    capitalisedCount,
    ...(isCommon ? { isCommon, wordList } : {}),
  };
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

// Lower-case words a multi-word name may hold between two capitalised words (Bank of America,
// National Organization for the Reform of Marijuana Laws, Trinidad and Tobago).
const INNER_STOP_WORDS = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'de',
  'du',
  'des',
  'la',
  'von',
  'van',
  'der',
]);

// Closed-class words that a sentence may start with before a name (In Paris, For Microsoft,
// While Apple…): capitalised for the sentence, not for the name, so they start no run.
const SENTENCE_OPENERS = new Set(
  (
    'in on at for from to by with after before since during under over about against between into through ' +
    'without within across along among around behind beyond despite near off onto towards toward upon like ' +
    'and but or nor so yet if when while whilst where whereas although though because unless until as than ' +
    'only also even just still then thus however meanwhile moreover furthermore hence therefore instead ' +
    'otherwise indeed perhaps maybe yes no not never now today yesterday tomorrow here there some any many ' +
    'most more much few several all both each every either neither such what which who whom whose why how ' +
    'one two three four five six seven eight nine ten dear last next first according'
  ).split(' '),
);

/**
 * English idioms for an ordinary person built on a first name (`the average Joe`, `Joe Public`,
 * `John Doe`): no one is named, and a translation says `monsieur Tout-le-monde` or `citoyens
 * lambda`. Their words are no names to find.
 */
const EVERYMAN =
  /(?<![\p{L}])(?:(?:average|ordinary|regular|everyday)\s+(?:Joe|Jane)s?|(?:Joe|John|Jane)\s+(?:Q\.\s+)?(?:Public|Bloggs|Sixpack|Six-Pack|Blow|Doe))(?![\p{L}])/gu;

interface WordFacts {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  readonly acronym: boolean;
  /** Capitalised and not excluded (abbreviation, pronoun, article, one letter). */
  readonly candidate: boolean;
  readonly initial: boolean;
  isName: boolean;
  weak: boolean;
}

/**
 * The name phrases of some source segments. A capitalised word is a name when the document
 * never writes it in lower case and it is not capitalised only for starting a sentence; and,
 * whatever the rest of the document says, every capitalised word of a run of two or more
 * (Human Rights Watch, New York, Deutsche Bank, Three Mile Island, British American Tobacco),
 * joined by single spaces, hyphens or the inner stop words of names (Bank of America), since
 * English capitalises common words inside a sentence only in names and titles. A sentence-initial
 * word that no word list knows in lower case (Krischanitz, Buffett) is a name too.
 */
export function extractNames(segments: readonly BeadSegment[], evidence: NameEvidence): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  for (const seg of segments) {
    const words = cachedTokens(seg.text).filter((t) => t.kind === 'word');
    const upperShare = words.filter((w) => /^\p{Lu}+$/u.test(w.text)).length / Math.max(1, words.length);
    if (upperShare > 0.5) continue; // ALL-CAPS line: cannot tell names
    const headline = isHeadline(words, seg.text, evidence.isCommon);
    const dotted = [...seg.text.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.){2,}/gu)];
    const everyman = [...seg.text.matchAll(EVERYMAN)].map((m) => [m.index, m.index + m[0].length] as const);
    // Dotted acronyms (U.S.) by the index of their first word; their other words are skipped.
    const dottedAt = new Map<number, RegExpMatchArray>();
    const inDotted = new Set<number>();
    const facts: WordFacts[] = [];
    words.forEach((w, i) => {
      const d = dotted.find((x) => w.start >= x.index! && w.start < x.index! + x[0].length);
      if (d) {
        if (w.start === d.index) dottedAt.set(facts.length, d);
        else inDotted.add(facts.length);
      }
      const acronym = /^\p{Lu}[\p{Lu}\d]+s?$/u.test(w.text) && w.text.length >= 2;
      const capitalised = /^\p{Lu}/u.test(w.text) || /^\p{Ll}+\p{Lu}/u.test(w.text); // iPhone
      const initial = i === 0 || startsSentenceAt(seg.text, w.start);
      // Abbreviations and labels are no names to find: `Jan.`, `Lt.`, `(D-Ill.)`, `World War II`.
      const abbreviation =
        !acronym &&
        ((w.text.length <= 4 && seg.text[w.end] === '.' && w.end + 1 < seg.text.trimEnd().length) ||
          /^[IVX]+(?:th|st|nd|rd)?$/.test(w.text) ||
          /(?:^|-)\p{Lu}{1,2}(?:-|$)/u.test(w.text));
      const idiom = everyman.some(([a, b]) => w.start >= a && w.end <= b);
      const candidate = capitalised && !abbreviation && !idiom && !NOT_NAMES.has(w.norm) && w.text.length > 1;
      let isName = false;
      let weak = false;
      if (candidate) {
        if (acronym) isName = true;
        else if (evidence.lowercase.has(w.norm)) {
          // Written in lower case now and then, but mostly capitalised inside sentences: a name
          // the writer sometimes lowers (Bitcoin … bitcoin), weakly.
          const capitalisedTimes = evidence.capitalisedCount.get(w.norm) ?? 0;
          const lowerTimes = evidence.lowercaseCount?.get(w.norm) ?? 1;
          isName = weak = capitalisedTimes >= 3 && capitalisedTimes >= 3 * lowerTimes;
        } else if (initial || headline) {
          isName = evidence.capitalisedInside.has(w.norm);
          // A sentence-initial word the word list does not know in lower case (Krischanitz).
          if (
            !isName &&
            initial &&
            !headline &&
            evidence.wordList &&
            evidence.isCommon &&
            /^\p{Lu}\p{Ll}{3,}$/u.test(w.text)
          ) {
            isName = weak = !evidence.isCommon(w.norm);
          }
        } else isName = true;
      }
      facts.push({
        text: w.text,
        start: w.start,
        end: w.end,
        norm: w.norm,
        acronym,
        candidate,
        initial,
        isName,
        weak,
      });
    });
    // Capitalised runs: two or more candidates in a row make a name, every word of it.
    // Headlines capitalise every word: no run tells anything there.
    const joins = (a: WordFacts, b: WordFacts): boolean => /^[ -]$/.test(seg.text.slice(a.end, b.start));
    if (!headline) {
      let k = 0;
      while (k < facts.length) {
        const first = facts[k]!;
        if (
          !first.candidate ||
          dottedAt.has(k) ||
          inDotted.has(k) ||
          (first.initial && SENTENCE_OPENERS.has(first.norm))
        ) {
          k++;
          continue;
        }
        const run = [k];
        let j = k;
        for (;;) {
          const next = facts[j + 1];
          if (next?.candidate && !dottedAt.has(j + 1) && joins(facts[j]!, next)) {
            j++;
            run.push(j);
            continue;
          }
          // An inner stop word between two capitalised words (Bank of America), not after a
          // word capitalised for starting the sentence (Shares of Apple).
          const after = facts[j + 2];
          if (
            !(j === k && first.initial) &&
            next &&
            after?.candidate &&
            !dottedAt.has(j + 2) &&
            INNER_STOP_WORDS.has(next.text) &&
            joins(facts[j]!, next) &&
            joins(next, after)
          ) {
            j += 2;
            run.push(j);
            continue;
          }
          break;
        }
        if (run.length >= 2)
          for (const r of run) {
            const f = facts[r]!;
            if (!f.isName) f.isName = f.weak = true;
          }
        k = j + 1;
      }
    }
    let run: NameToken[] = [];
    let key: string[] = [];
    const flush = () => {
      if (run.length > 0) phrases.push({ tokens: run, key: key.join(' ') });
      run = [];
      key = [];
    };
    let last: WordFacts | undefined;
    facts.forEach((w, i) => {
      const d = dottedAt.get(i);
      if (d || inDotted.has(i)) {
        if (d) {
          flush();
          phrases.push({
            tokens: [
              {
                text: d[0],
                start: seg.start + w.start,
                end: seg.start + d.index! + d[0].length,
                acronym: true,
              },
            ],
            key: d[0].toLowerCase(),
          });
        }
        last = undefined;
        return;
      }
      if (!w.isName) {
        // An inner stop word stays in the phrase when a name word follows it.
        const next = facts[i + 1];
        const inner =
          last !== undefined &&
          !last.initial &&
          INNER_STOP_WORDS.has(w.text) &&
          next?.isName === true &&
          joins(last, w) &&
          joins(w, next);
        if (inner) {
          key.push(w.text);
          last = w;
          return;
        }
        flush();
        last = undefined;
        return;
      }
      // A phrase continues over a single space or hyphen.
      if (last !== undefined && !joins(last, w)) flush();
      run.push({
        text: w.text,
        start: seg.start + w.start,
        end: seg.start + w.end,
        acronym: w.acronym,
        ...(w.weak ? { weak: true } : {}),
      });
      key.push(w.text.toLowerCase());
      last = w;
    });
    flush();
  }
  return phrases;
}

/** Folded form used to compare names. */
export function nameFold(text: string): string {
  return foldAccents(text.replace(/\./g, ''));
}
