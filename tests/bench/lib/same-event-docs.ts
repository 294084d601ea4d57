/**
 * Two reports of the same event: the hardest negatives of the partial mode. A WMT newstest year
 * holds several documents on one story (the same people, places and figures, told by different
 * outlets). For each document A, the other document B of the year whose English shares the most
 * names with A's (capitalized words not opening a sentence, numbers; at least MIN_SHARED) is its
 * same-event partner: the English units of A (sentences or paragraphs) are set against the French
 * units of B, and one block of 1–3 consecutive units of A, rendered by their WMT translation, is
 * inserted at a random place of B's French. Gold: the rendered units 1-1; every unit of B is
 * unpaired, though it may share names, numbers and topic words with A. Pairs of restated units
 * (block-parallel-docs.ts restatedPairs' criterion, A's English against B's) are ambiguous.
 * Fit on a dev year (2012), score on the held-out year (2013).
 */
import type { BlockDoc } from './block-parallel-docs.ts';
import { contentWords, dice, oneToOneGold } from './partial-gold.ts';
import type { WmtPair } from './read-wmt.ts';
import { seededRandom } from './seeded-random.ts';

/** Least number of names two documents share to be taken as reports of one event. */
const MIN_SHARED = 3;

/** A same-event document: which target units are the other report's (the hard negatives). */
export interface SameEventDoc extends BlockDoc {
  readonly otherReport: ReadonlySet<number>;
  /** Names the two reports share. */
  readonly shared: number;
}

/** Same-event partly parallel documents (see the file comment). */
export function sameEventDocs(
  pairs: readonly WmtPair[],
  options: { readonly seed?: number; readonly unit?: 'sentence' | 'paragraph' } = {},
): SameEventDoc[] {
  const random = seededRandom(options.seed ?? 61);
  const byParagraph = options.unit === 'paragraph';
  const usable = pairs.filter(
    (p) =>
      p.en.paragraphs.length === p.fr.paragraphs.length &&
      p.en.paragraphs.every((x, k) => x.length === p.fr.paragraphs[k]!.length),
  );
  const names = usable.map((p) => namesOf(p.en.paragraphs.flat()));
  const docs: SameEventDoc[] = [];
  usable.forEach((a, ia) => {
    let best = -1;
    let bestShared = 0;
    usable.forEach((_, ib) => {
      if (ib === ia) return;
      let shared = 0;
      for (const n of names[ia]!) if (names[ib]!.has(n)) shared++;
      if (shared > bestShared) {
        bestShared = shared;
        best = ib;
      }
    });
    if (best < 0 || bestShared < MIN_SHARED) return;
    const b = usable[best]!;
    const units = (paragraphs: WmtPair['en']['paragraphs']) =>
      byParagraph ? paragraphs.map((p) => p.join(' ')) : paragraphs.flat();
    const src = units(a.en.paragraphs);
    const aFr = units(a.fr.paragraphs);
    const bFr = units(b.fr.paragraphs);
    const bEn = units(b.en.paragraphs);
    const length = Math.min(src.length, 1 + Math.floor(random() * 3));
    const start = Math.floor(random() * (src.length - length + 1));
    const at = Math.floor(random() * (bFr.length + 1));
    const tgt: string[] = [];
    const tgtEnglish: (string | undefined)[] = [];
    const partnerOf = new Map<number, number>();
    const otherReport = new Set<number>();
    for (let k = 0; k <= bFr.length; k++) {
      if (k === at) {
        for (let i = start; i < start + length; i++) {
          partnerOf.set(i, tgt.length);
          tgt.push(aFr[i]!);
          tgtEnglish.push(undefined);
        }
      }
      if (k === bFr.length) break;
      otherReport.add(tgt.length);
      tgt.push(bFr[k]!);
      tgtEnglish.push(bEn[k]);
    }
    const { gold, kinds } = oneToOneGold(src.length, tgt.length, partnerOf, otherReport);
    const ambiguous = new Set<string>();
    const words = src.map(contentWords);
    tgtEnglish.forEach((english, j) => {
      if (english === undefined) return;
      const w = contentWords(english);
      for (let i = 0; i < src.length; i++) if (dice(words[i]!, w) >= 0.5) ambiguous.add(`${i}:${j}`);
    });
    docs.push({
      docid: `${a.docid}~${b.docid}`,
      src,
      tgt,
      gold,
      kinds,
      ambiguous,
      otherReport,
      shared: bestShared,
    });
  });
  return docs;
}

/** Capitalized words that do not open a sentence, and numbers: the names and figures of a story. */
function namesOf(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const words = s.split(/\s+/).slice(1);
    for (const w of words) {
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (/^\p{Lu}\p{L}{2,}$/u.test(bare) || /^\p{N}{2,}$/u.test(bare)) out.add(bare.toLowerCase());
    }
  }
  return out;
}
