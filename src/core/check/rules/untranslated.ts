/**
 * untranslated: sentences, and runs of three or more words, left in the source language. A
 * sentence is judged by franc's trigram model restricted to the two languages, confirmed by the
 * word lists when they are loaded (share of words known only in the source language); a run of
 * words by the word lists alone. Noise paragraphs (English site furniture on a French page)
 * are the noise rule's. Garbled source words unknown to both lists are the spelling rule's.
 */
import type { Finding } from '../../model/finding.ts';
import { rankLanguages } from '../../text/detect-language.ts';
import { tokenizeWords } from '../../text/tokenize-words.ts';
import type { CheckRule, WordLookup } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';
import { noiseParagraphs } from '../noise-paragraphs.ts';

const MIN_WORDS = 4;
const MIN_RUN = 3;

// Share of a sentence's lower-case words known in `src` and not in `tgt`.
function sourceShare(words: readonly string[], src: WordLookup, tgt: WordLookup): number {
  let only = 0;
  for (const w of words) if (src.has(w) && !tgt.has(w)) only++;
  return words.length === 0 ? 0 : only / words.length;
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
    const noise = new Set(noiseParagraphs(doc).map((n) => n.index));
    const findings: Finding[] = [];
    const sentences =
      doc.sentences.length > 0
        ? doc.sentences
        : doc.paragraphs.map((p) => ({ paragraph: p.index, start: p.start, end: p.end }));
    for (const s of sentences) {
      if (noise.has(s.paragraph)) continue;
      const sentence = text.slice(s.start, s.end);
      const tokens = tokenizeWords(sentence).filter((t) => t.kind === 'word');
      const lower = tokens.filter((t) => t.text === t.norm).map((t) => t.norm);
      let flagged = false;
      if (tokens.length >= MIN_WORDS && lower.length * 2 >= tokens.length) {
        const share = srcList && tgtList ? sourceShare(lower, srcList, tgtList) : undefined;
        // With word lists, franc is asked only when the words already lean to the source.
        if (share === undefined || share >= 0.25) {
          const ranked = rankLanguages(sentence, [lang, src]);
          const top = ranked[0];
          const second = ranked[1]?.[1] ?? 0;
          if (top && top[0] === src && second < 0.97 && (share === undefined || share >= 0.3)) {
            flagged = true;
            findings.push(
              makeFinding(ctx, {
                rule: 'untranslated-sentence',
                category: 'untranslated',
                severity: 'warning',
                start: s.start,
                end: s.end,
                params: { lang: src, score: Math.round((1 - second) * 1000) / 1000 },
              }),
            );
          }
        }
      }
      if (flagged || !srcList || !tgtList) continue;
      // Runs of lower-case words known only in the source language (`the company's policy`).
      let run: typeof tokens = [];
      const flush = (): void => {
        if (run.length >= MIN_RUN) {
          const first = run[0]!;
          const last = run[run.length - 1]!;
          findings.push(
            makeFinding(ctx, {
              rule: 'untranslated-words',
              category: 'untranslated',
              severity: 'warning',
              start: s.start + first.start,
              end: s.start + last.end,
              params: { lang: src, words: run.length },
            }),
          );
        }
        run = [];
      };
      let onlySrc = 0;
      for (const t of tokens) {
        const prev = run[run.length - 1];
        const gap = prev ? sentence.slice(prev.end, t.start) : ' ';
        const inSrc = t.text === t.norm && srcList.has(t.norm);
        const inTgt = tgtList.has(t.norm);
        if (!inSrc || (prev && !/^[ '’-]+$/.test(gap))) {
          if (run.length >= MIN_RUN && onlySrc * 3 >= run.length * 2) flush();
          run = [];
          onlySrc = 0;
          if (!inSrc) continue;
        }
        run.push(t);
        if (!inTgt) onlySrc++;
      }
      if (run.length >= MIN_RUN && onlySrc * 3 >= run.length * 2) flush();
    }
    return findings;
  },
};
