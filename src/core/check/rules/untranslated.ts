/**
 * untranslated: sentences, and runs of three or more words, left in the source language. With
 * word lists, a sentence leans to the source when many of its words are known only in the
 * source language and few only in the target; franc's trigram model (restricted to the two
 * languages) confirms it when the sentence is long enough to judge. Without word lists, franc
 * alone decides on sentences of four words or more. Noise paragraphs (English site furniture on
 * a French page) are the noise rule's. A word unknown to both lists is this rule's when it looks
 * like the source language (garbled English: `supperititios`, see foreign-words.ts), else spelling's.
 */
import type { Finding } from '../../model/finding.ts';
import { rankLanguages } from '../../text/detect-language.ts';
import type { CheckRule } from '../check-rule.ts';
import { type DocWord, docWords, memoized } from '../doc-words.ts';
import { looksLikeSource } from '../foreign-words.ts';
import { splitGlued } from '../glued-split.ts';
import { knownWords } from '../known-words.ts';
import { makeFinding } from '../make-finding.ts';
import { noiseParagraphs } from '../noise-paragraphs.ts';
import { skipRanges } from '../text-ranges.ts';

const MIN_WORDS = 3;
const MIN_FRANC_WORDS = 4;
const MIN_FRANC_LETTERS = 20;
const MIN_RUN = 3;

// Whether text[from, to) is non-empty and only spaces, apostrophes and hyphens (/^[ '’-]+$/,
// without a substring per word).
function joinedBySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return true;
}

/** Sentences and word runs left in the source language. */
export const untranslatedRule: CheckRule = {
  id: 'untranslated',
  category: 'untranslated',
  codes: ['untranslated-sentence', 'untranslated-words'],
  scope: 'document',
  run(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const lang = doc.lang === 'und' ? ctx.profile.lang : doc.lang;
    const src = ctx.sourceLang ?? (lang === 'en' ? 'fr' : 'en');
    if (src === lang) return [];
    const srcList = ctx.words[src];
    const tgtList = ctx.words[lang];
    const lists = srcList && tgtList ? { src: srcList, tgt: tgtList } : undefined;
    const noise = new Set(noiseParagraphs(doc).map((n) => n.index));
    const all = docWords(doc, lang);
    const findings: Finding[] = [];
    const sentences =
      doc.sentences.length > 0
        ? doc.sentences
        : doc.paragraphs.map((p) => ({ paragraph: p.index, start: p.start, end: p.end }));
    const francSays = (s: string): boolean => {
      const ranked = rankLanguages(s, [lang, src]);
      return ranked[0]?.[0] === src && (ranked[1]?.[1] ?? 0) < 0.97;
    };
    // Per token: known in the source list, in the target list (bits 1 and 2), looked up once.
    const flags = new Uint8Array(all.length);
    if (lists) {
      const inSrc = knownWords(all, lists.src);
      const inTgt = knownWords(all, lists.tgt);
      for (let k = 0; k < all.length; k++) flags[k] = inSrc[k]! | (inTgt[k]! << 1);
    }
    // The spelling rule's exclusions apply (URLs, words beside digits, œ remnants, glued words),
    // and its own test leaves these words to this rule: one decision, two rules.
    const skip = skipRanges(text);
    const tgtMemo = lists ? memoized(lists.tgt) : undefined;
    const garbled = new Map<string, boolean>();
    const garbledSource = (t: DocWord): boolean => {
      if (/[\p{N}_]/u.test(text[t.start - 1] ?? '') || /[\p{N}_]/u.test(text[t.end] ?? '')) return false;
      if (t.text[0] === 'œ' || skip.overlaps(t.start, t.end)) return false;
      let is = garbled.get(t.text);
      if (is === undefined) {
        // Cheapest test first: the trigram score, then the glued-words split.
        is =
          lists !== undefined &&
          tgtMemo !== undefined &&
          looksLikeSource(t.text, lang, src, lists.tgt) &&
          splitGlued(t.text, tgtMemo, undefined, t.lang) === undefined;
        garbled.set(t.text, is);
      }
      return is;
    };
    let w = 0;
    for (const s of sentences) {
      while (w < all.length && all[w]!.start < s.start) w++;
      let end = w;
      while (end < all.length && all[end]!.end <= s.end) end++;
      if (noise.has(s.paragraph)) continue;
      // Count words, and those that can be looked up: lower case, or capitalized at the start.
      let words = 0;
      let n = 0;
      let srcOnly = 0;
      let tgtOnly = 0;
      for (let k = w; k < end; k++) {
        const t = all[k]!;
        if (t.kind !== 'word') continue;
        const first = words === 0;
        words++;
        if (t.text !== t.norm && !(first && t.text.slice(1) === t.norm.slice(1))) continue;
        n++;
        if (flags[k] === 1) srcOnly++;
        else if (flags[k] === 2) tgtOnly++;
      }
      if (words < 2) continue;
      const sentence = () => text.slice(s.start, s.end);
      let flagged = false;
      if (lists) {
        // Short sentences (`He was 81.`) count when every word is the source's alone.
        if ((n >= MIN_WORDS || (n >= 2 && srcOnly === n)) && srcOnly >= 2 && tgtOnly <= 0.2 * n) {
          const letters = sentence().replace(/[^\p{L}]/gu, '').length;
          flagged =
            srcOnly >= 0.6 * n ||
            (tgtOnly === 0 && srcOnly >= 0.4 * n) ||
            (srcOnly >= 0.3 * n && letters >= MIN_FRANC_LETTERS && francSays(sentence()));
        }
      } else if (words >= MIN_FRANC_WORDS && n * 2 >= words) {
        flagged = francSays(sentence());
      }
      if (flagged) {
        findings.push(
          makeFinding(ctx, {
            rule: 'untranslated-sentence',
            category: 'untranslated',
            severity: 'warning',
            start: s.start,
            end: s.end,
            params: { lang: src },
          }),
        );
        continue;
      }
      if (!lists) continue;
      // A garbled or misspelt source word (`supperititios`): in neither list, looks like the source.
      for (let k = w; k < end; k++) {
        const t = all[k]!;
        if (t.kind !== 'word' || flags[k] !== 0 || t.text !== t.norm || t.text.length < 6) continue;
        if (!garbledSource(t)) continue;
        findings.push(
          makeFinding(ctx, {
            rule: 'untranslated-words',
            category: 'untranslated',
            severity: 'warning',
            start: t.start,
            end: t.end,
            params: { lang: src, words: 1, garbled: true },
          }),
        );
      }
      if (srcOnly < 2) continue;
      // Runs of lower-case words known only in the source language (`never say that`).
      let run: DocWord[] = [];
      let onlySrc = 0;
      const flush = (): void => {
        if (run.length >= MIN_RUN && onlySrc * 3 >= run.length * 2) {
          findings.push(
            makeFinding(ctx, {
              rule: 'untranslated-words',
              category: 'untranslated',
              severity: 'warning',
              start: run[0]!.start,
              end: run[run.length - 1]!.end,
              params: { lang: src, words: run.length },
            }),
          );
        }
        run = [];
        onlySrc = 0;
      };
      for (let k = w; k < end; k++) {
        const t = all[k]!;
        if (t.kind !== 'word') continue;
        const prev = run[run.length - 1];
        const inSrc = t.text === t.norm && (flags[k]! & 1) === 1;
        if (!inSrc || (prev && !joinedBySpace(text, prev.end, t.start))) {
          flush();
          if (!inSrc) continue;
        }
        run.push(t);
        if ((flags[k]! & 2) === 0) onlySrc++;
      }
      flush();
    }
    return findings;
  },
};
