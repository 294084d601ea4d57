/**
 * Partly parallel test material of the kind reports are made of: two texts on the same story,
 * not translations of each other, that share a few rendered passages, and render them as
 * reports do, in contiguous blocks. A report quotes a source's list of demands or several
 * consecutive sentences of a letter together, often skipping an item, and renders it loosely;
 * it also quotes a lone sentence, sometimes inside a sentence of its own.
 *
 * `blockParallelDocs`: from each WMT document (sentence level), the English sentences of its
 * first half against the French sentences of its second half (same topic and names, not
 * translations: unrelated material on both sides), with 1–3 blocks of English sentences of the
 * first half rendered in French (the WMT translations) and inserted, in order, at random places
 * of the French background. A block is a singleton (40 %) or 2–5 consecutive sentences; inside
 * a block of 3 or more, an interior sentence is skipped with probability 0.15; a singleton is
 * glued to a background sentence (a quotation inside a longer one) with probability 0.3. Gold:
 * the rendered pairs 1-1, every other sentence unpaired.
 *
 * `loosen`: the same documents with each rendered sentence loosened (each word replaced, with a
 * probability drawn per sentence in [0, maxRate], by a word of the French text around it), as a
 * report renders a letter freely or renders another version of it.
 *
 * With `unit: 'paragraph'`, the same at paragraph level (the WMT paragraphs; blocks of 1–3
 * paragraphs, some rendered in part).
 *
 * Fit on a dev year (2012), score on the held-out year (2013).
 */
import { contentWords, dice, oneToOneGold } from './partial-gold.ts';
import type { ParagraphDoc } from './perturb-wmt.ts';
import type { WmtPair } from './read-wmt.ts';
import { seededRandom } from './seeded-random.ts';

/** Options of blockParallelDocs. */
export interface BlockOptions {
  readonly seed?: number;
  /** Share of blocks that are a single sentence. */
  readonly singletonShare?: number;
  /** Longest block. */
  readonly maxBlock?: number;
  /**
   * Unit of the documents (default sentence). With `paragraph`, the units are the WMT
   * documents' paragraphs, blocks are of 1–3 paragraphs, and a rendered paragraph of two
   * sentences or more renders only part of it (its first or last sentence left out) with
   * probability 0.3, as a report quotes part of a paragraph.
   */
  readonly unit?: 'sentence' | 'paragraph';
}

/** A rendered block: English sentences [start, start + length) and which of them are skipped. */
interface Block {
  readonly start: number;
  readonly length: number;
  readonly skipped: ReadonlySet<number>;
}

/** A partly parallel document with the pairs its answer key cannot judge (`i:j`). */
export interface BlockDoc extends ParagraphDoc {
  readonly ambiguous: ReadonlySet<string>;
}

/** Partly parallel sentence documents with block renderings (see the file comment). */
export function blockParallelDocs(pairs: readonly WmtPair[], options: BlockOptions = {}): BlockDoc[] {
  const random = seededRandom(options.seed ?? 23);
  const singletonShare = options.singletonShare ?? 0.4;
  const byParagraph = options.unit === 'paragraph';
  const maxBlock = options.maxBlock ?? (byParagraph ? 3 : 5);
  const docs: BlockDoc[] = [];
  for (const pair of pairs) {
    const units = (doc: WmtPair['en']) =>
      byParagraph ? doc.paragraphs.map((p) => [...p]) : doc.paragraphs.flat().map((s) => [s]);
    const enUnits = units(pair.en);
    const frUnits = units(pair.fr);
    if (enUnits.length !== frUnits.length || enUnits.length < (byParagraph ? 8 : 16)) continue;
    const en = enUnits.map((u) => u.join(' '));
    const fr = frUnits.map((u) => {
      // Part of a paragraph rendered: its first or last sentence left out.
      if (!byParagraph || u.length < 2 || random() >= 0.3) return u.join(' ');
      return (random() < 0.5 ? u.slice(1) : u.slice(0, -1)).join(' ');
    });
    const half = Math.floor(en.length / 2);
    const src = en.slice(0, half);
    const background = fr.slice(half);
    const blocks = drawBlocks(random, half, singletonShare, maxBlock);
    // Insertion points in the background, increasing (two blocks at one point read as one).
    const at = blocks.map(() => Math.floor(random() * (background.length + 1))).sort((x, y) => x - y);
    const tgt: string[] = [];
    // English sentence of which each target sentence is the translation (background ones too).
    const origin: number[] = [];
    const partnerOf = new Map<number, number>();
    let next = 0;
    for (let b = 0; b <= background.length; b++) {
      let glued = false;
      while (next < blocks.length && at[next] === b) {
        const block = blocks[next]!;
        const glue = block.length === 1 && b < background.length && !glued && random() < 0.3;
        for (let k = block.start; k < block.start + block.length; k++) {
          if (block.skipped.has(k)) continue;
          partnerOf.set(k, tgt.length);
          if (glue) {
            tgt.push(`${background[b]!} ${fr[k]!}`);
            glued = true;
          } else tgt.push(fr[k]!);
          origin.push(k);
        }
        next++;
      }
      if (b < background.length && !glued) {
        tgt.push(background[b]!);
        origin.push(half + b);
      }
    }
    const { gold, kinds } = oneToOneGold(src.length, tgt.length, partnerOf);
    const ambiguous = restatedPairs(en, half, origin);
    docs.push({ docid: pair.docid, src, tgt, gold, kinds, ambiguous });
  }
  return docs;
}

/**
 * News articles restate their lead further down: a French background sentence whose English
 * original (en[origin[j]], from the second half) says much the same as an English sentence of
 * the first half is a true correspondence that the answer key does not list. Such pairs
 * (content-word Dice of the two English sentences >= 0.5, monolingual, independent of the
 * aligner) are ambiguous: the benchmarks count them neither right nor wrong.
 */
export function restatedPairs(
  en: readonly string[],
  half: number,
  origin: readonly (number | undefined)[],
): Set<string> {
  const ambiguous = new Set<string>();
  const words = en.map(contentWords);
  for (let j = 0; j < origin.length; j++) {
    const o = origin[j];
    if (o === undefined || o < half) continue;
    for (let i = 0; i < half; i++) if (dice(words[i]!, words[o]!) >= 0.5) ambiguous.add(`${i}:${j}`);
  }
  return ambiguous;
}

/** 1–3 disjoint blocks of the first `half` sentences, in order, none touching another. */
function drawBlocks(random: () => number, half: number, singletonShare: number, maxBlock: number): Block[] {
  const count = 1 + Math.floor(random() * 3);
  const blocks: Block[] = [];
  for (let tries = 0; blocks.length < count && tries < 50; tries++) {
    const length = random() < singletonShare ? 1 : 2 + Math.floor(random() * (maxBlock - 1));
    if (length > half) continue;
    const start = Math.floor(random() * (half - length + 1));
    // Blocks are separated by at least one sentence, so that each is one rendered passage.
    if (blocks.some((o) => start <= o.start + o.length && o.start <= start + length)) continue;
    const skipped = new Set<number>();
    for (let k = start + 1; k < start + length - 1; k++) if (random() < 0.15) skipped.add(k);
    blocks.push({ start, length, skipped });
  }
  return blocks.sort((x, y) => x.start - y.start);
}

/**
 * Loose renderings: each word of a rendered target segment replaced, with a probability drawn
 * per segment uniform in [0, maxRate], by a word drawn from the whole target text.
 */
export function loosen<D extends ParagraphDoc>(docs: readonly D[], seed: number, maxRate = 0.7): D[] {
  const random = seededRandom(seed);
  return docs.map((d) => {
    const pool = d.tgt.flatMap((t) => t.split(' '));
    const rendered = new Set(
      d.gold.filter((b) => b.src.length > 0 && b.tgt.length > 0).map((b) => b.tgt[0]!),
    );
    const tgt = d.tgt.map((t, j) => {
      if (!rendered.has(j)) return t;
      const rate = random() * maxRate;
      return t
        .split(' ')
        .map((w) => (random() < rate ? pool[Math.floor(random() * pool.length)]! : w))
        .join(' ');
    });
    return { ...d, docid: `${d.docid}-loose`, tgt };
  });
}
