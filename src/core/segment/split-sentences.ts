/**
 * Sentence spans inside one paragraph: Intl.Segmenter (UAX #29 sentence boundaries, as ICU
 * implements them) corrected for what it gets wrong in French, English and German news text:
 *
 * - it breaks after abbreviations and initials (`M. Dupont`, `Dr. Jones`, `G. O. Dyhrenfurth`,
 *   `the U.S. Department`, `p. 12`, `z. B.`, `am 3. Oktober`) and after list numbers (`1.`);
 * - with French spacing (`« Bonjour. » Il part.`) it puts the closing `»` at the start of the
 *   next sentence, and after `!`/`?` it breaks before a lower-case continuation
 *   (`« Non ! » a-t-il dit`);
 * - it misses boundaries where a space is missing after a period (`how.Our`), after `…`
 *   before a capital, and before a sentence that starts with a number (`en 2010. 19 % des…`);
 * - it never breaks at a mid-sentence ellipsis (`il a dit... que`) or in `4.5`: kept so.
 *
 * Measured on WMT newstest 2012+2013 (tests/bench/segment.bench.ts): boundary F1 0.976 (en)
 * and 0.981 (fr) against 0.959 and 0.965 for Intl.Segmenter alone.
 *
 * ICU's sentence iterator slows down quadratically on one long string, so the text is
 * segmented paragraph by paragraph (the caller's job) and very long paragraphs in chunks.
 */
import type { Span } from '../model/document.ts';
import { isSpaceChar } from './split-paragraphs.ts';

const segmenters = new Map<string, Intl.Segmenter>();

/** One cached sentence segmenter per language (creating one costs more than using it). */
function segmenterFor(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' });
    } catch {
      // Not a valid language tag: the root rules are the same for every language anyway.
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Longest string handed to the segmenter at once; longer paragraphs are chunked. */
const CHUNK = 8000;
/** Context the segmenter needs after a boundary for the boundary to be trusted. */
const LOOKAHEAD = 200;

// UAX #29 breaks only after these (STerm and ATerm; line breaks are spaces here): a text without
// any has no boundary, and headings, titles and short lines skip the segmenter's fixed cost.
const TERMINAL = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e]/u;

/** Raw boundaries (sentence start offsets > 0, relative to `s`) from Intl.Segmenter, chunked. */
function rawBoundaries(s: string, lang: string): number[] {
  if (!TERMINAL.test(s)) return [];
  const seg = segmenterFor(lang);
  const cuts: number[] = [];
  let pos = 0;
  while (pos < s.length) {
    const last = s.length - pos <= CHUNK;
    const chunkEnd = last ? s.length : pos + CHUNK;
    const chunk = s.slice(pos, chunkEnd);
    let next = -1;
    for (const { index } of seg.segment(chunk)) {
      if (index === 0) continue;
      if (!last && index > chunk.length - LOOKAHEAD) break;
      cuts.push(pos + index);
      next = pos + index;
    }
    if (last) break;
    if (next < 0) {
      // No trusted boundary in a whole chunk: restart at a space near its end (not a boundary).
      let k = chunkEnd - LOOKAHEAD;
      while (k > pos + 1 && !isSpaceChar(s[k]!)) k--;
      next = k > pos + 1 ? k : chunkEnd - LOOKAHEAD;
    }
    pos = next;
  }
  return cuts;
}

// Abbreviations (the word before the period, case-sensitive) that never end a sentence: titles
// before a name.
const ALWAYS = new Set(
  'M MM Mme Mmes Mlle Mlles Mgr Me Mr Mrs Ms Messrs Dr Drs Pr Prof Profs vs cf Cf ca env av apr resp Hr Hrn bzw vgl ggf evtl inkl'.split(
    ' ',
  ),
);
// Abbreviations that usually precede a name but can end a sentence (`Main St.`, `Amazon Inc.`):
// kept with the next word unless that word typically starts a sentence.
const UNLESS_STARTER = new Set(
  'Fr St Ste Sts Inc Corp Co Ltd Bros Jr Sr Gen Gén Gov Sen Rep Lt Col Maj Brig Cpl Pvt Sgt Capt Cmdr Adm Rev Hon Pres Mt Ft Ave al Univ Dept Gouv'.split(
    ' ',
  ),
);
// Abbreviations before a number (`p. 12`, `No. 5`, `Jan. 3`).
const BEFORE_NUMBER = new Set(
  'p pp P no No Nr n nos Nos est vol Vol art Art ch chap fig Fig t ed éd Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec janv févr avr juil sept oct nov déc ca approx'.split(
    ' ',
  ),
);
// Capitalised words that commonly open a sentence in English, French and German: after an
// initial or an acronym (`the U.S. He said`), one of these means the sentence did end.
const STARTERS = new Set(
  (
    'The A An He She It They We I You This That These Those There Here But And Or So Yet In On At As For ' +
    'Its His Her Their Our My Your When While If After Before Since What Who Why How Where Then Now ' +
    'Some Many Most All No Not One Two Three Last Next Meanwhile However Still Also Both Each Other ' +
    'Le La Les Il Elle Ils Elles Un Une Des Ce Cette Ces Cet Mais Et Ou En Dans Pour Par Nous Vous On Je ' +
    'Selon Depuis Lors Au Aux Du De Son Sa Ses Leur Leurs Cela Ceci Ça Si Quand Alors Puis Pourtant ' +
    'Der Die Das Ein Eine Er Sie Es Wir Ich Aber Und Im Am Auch Doch'
  ).split(' '),
);

// German ordinals (`am 3. Oktober`, `im 19. Jahrhundert`): the number's period is not a full stop
// before these words.
const GERMAN_ORDINAL_NEXT = new Set(
  (
    'Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember ' +
    'Jahrhundert Jahrhunderts Jahrhunderten Jahrtausend Mal Platz Stock Stelle Liga Runde Etappe Klasse Lebensjahr Geburtstag Todestag'
  ).split(' '),
);
// A list marker alone (`1.`, `a)`, `IV.`) is not a sentence: it belongs to what follows.
const LIST_AFTER_COLON = /[:;]\s+(\(?\p{N}{1,3}[.)])\s*$/u;
const LIST_MARKER = /^(?:\(?\p{N}{1,3}|[IVXLivxl]{1,5}|\p{L})[.)]$/u;

const CLOSING_ALWAYS = /^[»”]/u;
const CLOSING_DE = /^[«“]/u;
// A straight or typewriter quote closes when it is followed by space, punctuation or the end.
const CLOSING_AMBIGUOUS = /^(?:''|"|’|')(?=$|[\s.,;:!?)\]»”])/u;

/**
 * Length of the closing-quote group at `s[i…]` (quotes, optional spaces between them, closing
 * brackets), or 0. `openStraight` says whether a straight quote `"` is open before `i`.
 */
function closingQuoteLength(s: string, i: number, lang: string, openStraight: boolean): number {
  let j = i;
  let open = openStraight;
  for (;;) {
    let k = j;
    while (k < s.length && isSpaceChar(s[k]!)) k++;
    const rest = s.slice(k, k + 3);
    let m = 0;
    if (lang === 'de' ? CLOSING_DE.test(rest) : CLOSING_ALWAYS.test(rest)) m = 1;
    else if (open || !rest.startsWith('"')) {
      const a = CLOSING_AMBIGUOUS.exec(rest);
      if (a) m = a[0].length;
    }
    if (m === 0) break;
    // A second straight quote after a closing one opens the next quotation.
    if (rest.startsWith('"')) open = !open;
    j = k + m;
    // Trailing closing brackets belong to it too: `. »)`.
    while (j < s.length && (s[j] === ')' || s[j] === ']')) j++;
  }
  return j - i;
}

/** The word just before the final period of `s[from, to)` (trailing spaces/quotes ignored). */
function wordBeforePeriod(s: string, from: number, to: number): { word: string; dotted: boolean } | null {
  let e = to;
  while (e > from && isSpaceChar(s[e - 1]!)) e--;
  if (e <= from || s[e - 1] !== '.') return null;
  if (e - 2 >= from && s[e - 2] === '.') return null; // an ellipsis `...`, not an abbreviation
  let b = e - 1;
  while (b > from && /[\p{L}\p{M}.ª-]/u.test(s[b - 1]!)) b--;
  // Only a free-standing word is an abbreviation: not the `s` of `1880s.` or the `t` of `doesn't.`.
  if (b > from && !/[\s(«“"‘[/-]/u.test(s[b - 1]!)) return null;
  const token = s.slice(b, e - 1);
  // `U.S`, `G.O`, `J.-C`: letters separated by periods.
  const dotted = /^(?:\p{L}\.-?)+\p{L}$/u.test(token);
  const word = token.slice(token.lastIndexOf('.') + 1);
  return { word: dotted ? token : word, dotted };
}

/** The first word at `s[i…]` (after spaces and opening quotes/brackets). */
function firstWord(s: string, i: number): string {
  let k = i;
  while (k < s.length && (isSpaceChar(s[k]!) || /[«“"'‘([]/u.test(s[k]!))) k++;
  const m = /^[\p{L}\p{M}\p{N}]+/u.exec(s.slice(k, k + 40));
  return m ? m[0] : '';
}

function nextNonSpace(s: string, i: number): number {
  let k = i;
  while (k < s.length && isSpaceChar(s[k]!)) k++;
  return k;
}

/** Decide whether the boundary between `s[from, cut)` and `s[cut…]` is a false one. */
function isFalseBoundary(s: string, from: number, cut: number, lang: string): boolean {
  const k = nextNonSpace(s, cut);
  if (k >= s.length) return true;
  const nextChar = s[k]!;
  // A sentence does not start in lower case: `« Non ! » a-t-il dit`, `"Help!" he said`.
  if (/\p{Ll}/u.test(nextChar)) return true;
  let e = cut;
  while (e > from && isSpaceChar(s[e - 1]!)) e--;
  const tail = s.slice(Math.max(from, e - 5), e);
  // Elided quotation: `(...)`, `[…]` is never a sentence end.
  if (/[([](?:\.\.\.|…)[)\]]$/u.test(tail)) return true;
  // An ellipsis before a number is an interrupted figure: `une loi de... 1987`.
  if (/(?:\.\.|…)["»”’]?$/u.test(tail) && /\p{N}/u.test(nextChar)) return true;
  let b = from;
  while (b < e && isSpaceChar(s[b]!)) b++;
  if (e - b <= 6 && LIST_MARKER.test(s.slice(b, e))) return true;
  if (
    lang === 'de' &&
    /(?:^|[^\p{N}.,])\p{N}{1,2}\.$/u.test(tail) &&
    GERMAN_ORDINAL_NEXT.has(firstWord(s, k))
  ) {
    return true;
  }
  const before = wordBeforePeriod(s, from, cut);
  if (!before) return false;
  const { word, dotted } = before;
  const next = firstWord(s, k);
  // A single lower-case letter is an abbreviation (`z. B.`, `d. h.`, `p. ex.`), not a word
  // ending a sentence.
  if (ALWAYS.has(word) || /^\p{Ll}$/u.test(word)) return true;
  if (BEFORE_NUMBER.has(word) && /^\p{N}/u.test(next)) return true;
  // Initials (`G. O. Dyhrenfurth`), dotted acronyms (`U.S.`), name-like abbreviations.
  const initial = /^\p{Lu}$/u.test(word);
  if ((initial || dotted || UNLESS_STARTER.has(word)) && next !== '' && !STARTERS.has(next)) {
    return /^[\p{Lu}\p{N}]/u.test(next);
  }
  return false;
}

// `how.Our`: a lower-case word of two letters or more, a period, a capitalised word; not part of
// a URL, an e-mail address or a file name (the word must start after a space, an opening
// bracket or quote, and the capitalised word must end at a space or punctuation). The regex
// anchors on the cheap part (punctuation before a capital); the context is checked by hand.
const PUNCT_BEFORE_CAPITAL = /[.!?](?=\p{Lu}\p{Ll}+(?:[\s,;:!?»”"’)]|\.(?!\p{L})|$))/gu;
const LOWER = /[\p{Ll}\p{M}]/u;
const WORD_OPENER = /[\s(«“"‘']/u;

// `…` followed by a capitalised word ends a sentence (as `...` does for the segmenter), except
// inside brackets, where it marks an elision in a quotation: `[…] Nous`.
const ELLIPSIS_BEFORE_CAPITAL = /(?<![[(])…[»”"’]?(\s+)(?=[«“"‘(]?\p{Lu})/gu;

// The scans below take a range and run on its substring: a global regex started at `from`
// would scan on to the end of the text (quadratic if called per sentence).

/** Offsets inside `s[from, to)` where a sentence starts after a `…` the segmenter ignored. */
function ellipsisCuts(s: string, from: number, to: number): number[] {
  const part = s.slice(from, to);
  if (!part.includes('…')) return [];
  const cuts: number[] = [];
  for (const m of part.matchAll(ELLIPSIS_BEFORE_CAPITAL)) cuts.push(from + m.index + m[0].length);
  return cuts;
}

// A full stop after a word, then a number: UAX #29 looks past digits for a lower-case letter
// (rule SB8) and so misses `en 2010. 19 % des obèses…` and `unchanged. 630 shares fell`. A
// number of one or two digits before the stop may be an ordinal or a list number: left alone.
// (The regex anchors on the stop; what precedes it is checked by hand: a leading lookbehind
// would be tried at every position of the text.)
const STOP_BEFORE_NUMBER = /\.["»”’)]*\s+(?=\p{N})/gu;
const WORD_END = /[\p{Ll}%)]/u;
const DIGIT = /\p{N}/u;

/** Offsets inside `s[from, to)` where a sentence starting with a number begins. */
function numberStartCuts(s: string, from: number, to: number): number[] {
  const part = s.slice(from, to);
  if (!part.includes('.')) return [];
  const cuts: number[] = [];
  for (const m of part.matchAll(STOP_BEFORE_NUMBER)) {
    const i = m.index;
    const a = part[i - 1] ?? '';
    const b = part[i - 2] ?? '';
    // A word (two lower-case letters, `%`, `)`) or a number of three digits or more.
    const afterWord = WORD_END.test(a) && WORD_END.test(b);
    const afterNumber = DIGIT.test(a) && DIGIT.test(b) && DIGIT.test(part[i - 3] ?? '');
    if (!afterWord && !afterNumber) continue;
    const before = wordBeforePeriod(part, 0, i + 1);
    if (before && (ALWAYS.has(before.word) || BEFORE_NUMBER.has(before.word) || before.dotted)) continue;
    cuts.push(from + i + m[0].length);
  }
  return cuts;
}

/** Offsets inside `s[from, to)` where a sentence starts after a missing space. */
function missingSpaceCuts(s: string, from: number, to: number): number[] {
  const part = s.slice(from, to);
  const cuts: number[] = [];
  for (const m of part.matchAll(PUNCT_BEFORE_CAPITAL)) {
    let b = m.index;
    while (b > 0 && LOWER.test(part[b - 1]!)) b--;
    if (m.index - b < 2 || !/\p{Ll}/u.test(part[b]!)) continue;
    if (b > 0 && !WORD_OPENER.test(part[b - 1]!)) continue;
    const word = part.slice(b, m.index);
    if (ALWAYS.has(word) || BEFORE_NUMBER.has(word) || UNLESS_STARTER.has(word)) continue;
    cuts.push(from + m.index + 1);
  }
  return cuts;
}

/**
 * Split `text[start, end)` (one paragraph) into sentence spans in `lang` (ISO 639-1). Spans are
 * ordered, non-overlapping, trimmed of whitespace, and cover every non-space character.
 */
export function splitSentences(text: string, start = 0, end: number = text.length, lang = 'en'): Span[] {
  // Line breaks inside a (hard-wrapped) paragraph are spaces to the segmenter: UAX #29 always
  // breaks after them. The replacement keeps offsets unchanged.
  const s = text.slice(start, end).replace(/[\n\r\u2028\u2029\u0085\v\f]/g, ' ');
  const raw = rawBoundaries(s, lang);
  const cuts: number[] = [];
  let from = 0;
  // Straight quotes seen so far (up to `counted`): an odd count means one is open.
  let straightQuotes = 0;
  let counted = 0;
  const countQuotes = (to: number): void => {
    for (; counted < to; counted++) if (s[counted] === '"') straightQuotes++;
  };
  for (const rawCut of raw) {
    if (rawCut <= from) continue;
    let cut = rawCut;
    countQuotes(cut);
    // A closing quote that the segmenter put at the start of the next sentence comes back.
    const q = closingQuoteLength(s, cut, lang, straightQuotes % 2 === 1);
    if (q > 0) {
      cut = nextNonSpace(s, cut + q);
      countQuotes(cut);
      if (cut >= s.length) continue;
    }
    if (isFalseBoundary(s, from, cut, lang)) continue;
    // `demands: 1. Stop selling…`: the segmenter ends the sentence after the list number; the
    // number opens the next sentence instead.
    const tailStart = Math.max(from, cut - 12);
    const marker = LIST_AFTER_COLON.exec(s.slice(tailStart, cut));
    if (marker) {
      const back = tailStart + marker.index + marker[0].indexOf(marker[1]!);
      if (back > from) cut = back;
    }
    cuts.push(cut);
    from = cut;
  }
  // Boundaries the segmenter misses (missing space, `…`, a sentence starting with a number),
  // found in one pass over the paragraph and merged with the corrected ones.
  const extra = [
    ...missingSpaceCuts(s, 0, s.length),
    ...ellipsisCuts(s, 0, s.length),
    ...numberStartCuts(s, 0, s.length),
  ];
  const all = extra.length === 0 ? cuts : [...new Set([...cuts, ...extra])].sort((x, y) => x - y);
  const spans: Span[] = [];
  let a = 0;
  for (const cut of [...all, s.length]) {
    let b = cut;
    let x = a;
    while (x < b && isSpaceChar(s[x]!)) x++;
    while (b > x && isSpaceChar(s[b - 1]!)) b--;
    if (b > x) {
      // A piece without a letter or digit (a stray quote, `*`, `--`) is not a sentence: it
      // joins the sentence before it (or the one after it, at the start).
      const last = spans[spans.length - 1];
      if (last && !/[\p{L}\p{N}]/u.test(s.slice(x, b))) spans[spans.length - 1] = [last[0], start + b];
      else if (spans.length === 1 && !/[\p{L}\p{N}]/u.test(text.slice(last![0], last![1])))
        spans[0] = [last![0], start + b];
      else spans.push([start + x, start + b]);
    }
    a = cut;
  }
  return spans;
}
