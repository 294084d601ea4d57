/**
 * Partly parallel paragraph material for PARTIAL RENDERINGS: a paragraph of one text renders
 * one sentence of a longer paragraph of the other, as a report quotes part of a letter's
 * paragraph, or quotes a sentence inside a paragraph of its own words.
 *
 * From each WMT document (paragraph level, sentence counts equal on both sides): the English
 * paragraphs of its first half against the French paragraphs of its second half (same topic and
 * names, not translations), with 1–3 renderings, in order, each of one sentence of an English
 * paragraph of two sentences or more:
 * - `part` (probability 0.6): the French of that sentence alone is inserted as a paragraph of
 *   its own among the French paragraphs; the English paragraph stays whole (the short side is
 *   the French: 1/k of the long side, k the paragraph's sentence count);
 * - `embedded` (0.4): the English paragraph is cut to that sentence (a report quoting it), and
 *   its French is written into a French background paragraph, before or after its own sentences
 *   (the short side is the English, inside a longer French paragraph).
 * With `both` (a separate material, partial-rendering-docs' `both` option), every rendering is of
 * a third kind:
 * - `both`: the English paragraph stays whole (the sentence plus its other sentences) and the
 *   French of that sentence is written into a French background paragraph, before or after its
 *   own sentences: both sides carry extra text, the rendered passage is a sentence inside each.
 * Gold: the renderings 1-1, every other paragraph unpaired. Restated pairs (English origins
 * sharing half their content words, partial-gold.ts) are listed as ambiguous.
 *
 * Fit on a dev year (2012), score on the held-out year (2013).
 */
import type { BlockDoc } from './block-parallel-docs.ts';
import { contentWords, dice, oneToOneGold } from './partial-gold.ts';
import type { WmtPair } from './read-wmt.ts';
import { seededRandom } from './seeded-random.ts';

/** A partial-rendering document, with the kind of each rendered source paragraph. */
export interface RenderingDoc extends BlockDoc {
  /** Source paragraph → how it is rendered. */
  readonly renderings: ReadonlyMap<number, RenderingKind>;
}

/** How a source paragraph is rendered (see the file comment). */
export type RenderingKind = 'part' | 'embedded' | 'both';

/** Options of partialRenderingDocs. */
export interface RenderingOptions {
  readonly seed?: number;
  /** Share of renderings of the `embedded` kind (default 0.4). */
  readonly embeddedShare?: number;
  /** Every rendering of the `both` kind (a sentence inside a paragraph on each side). */
  readonly both?: boolean;
}

/** Paragraph documents with partial renderings (see the file comment). */
export function partialRenderingDocs(
  pairs: readonly WmtPair[],
  options: RenderingOptions = {},
): RenderingDoc[] {
  const random = seededRandom(options.seed ?? 71);
  const embeddedShare = options.embeddedShare ?? 0.4;
  const docs: RenderingDoc[] = [];
  for (const pair of pairs) {
    const enParas = pair.en.paragraphs;
    const frParas = pair.fr.paragraphs;
    if (enParas.length !== frParas.length || enParas.length < 8) continue;
    if (enParas.some((p, k) => p.length !== frParas[k]!.length)) continue;
    const half = Math.floor(enParas.length / 2);
    const multi = Array.from({ length: half }, (_, k) => k).filter((k) => enParas[k]!.length >= 2);
    if (multi.length === 0) continue;
    const backgroundFr = frParas.slice(half).map((p) => [...p]);
    const backgroundEn = enParas.slice(half).map((p) => [...p]);
    const count = Math.min(multi.length, backgroundFr.length, 1 + Math.floor(random() * 3));
    const chosen = shuffled(multi, random)
      .slice(0, count)
      .sort((a, b) => a - b);
    // Distinct background slots, in order, one per rendering (monotone renderings).
    const slots = shuffled(
      Array.from({ length: backgroundFr.length }, (_, k) => k),
      random,
    )
      .slice(0, count)
      .sort((a, b) => a - b);
    const src = enParas.slice(0, half).map((p) => p.join(' '));
    const srcOrigin = [...src];
    const renderings = new Map<number, RenderingKind>();
    /** Background slot → the rendering placed there. */
    const atSlot = new Map<number, { i: number; kind: RenderingKind; fr: string; en: string }>();
    chosen.forEach((i, k) => {
      const s = Math.floor(random() * enParas[i]!.length);
      const drawn = random() < embeddedShare ? 'embedded' : 'part';
      const kind: RenderingKind = options.both ? 'both' : drawn;
      const en = enParas[i]![s]!;
      const fr = frParas[i]![s]!;
      renderings.set(i, kind);
      if (kind === 'embedded') {
        src[i] = en;
        srcOrigin[i] = en;
      }
      atSlot.set(slots[k]!, { i, kind, fr, en });
    });
    const tgt: string[] = [];
    const tgtEnglish: string[] = [];
    const partnerOf = new Map<number, number>();
    backgroundFr.forEach((para, b) => {
      const r = atSlot.get(b);
      if (r?.kind === 'part') {
        partnerOf.set(r.i, tgt.length);
        tgt.push(r.fr);
        tgtEnglish.push(r.en);
      }
      if (r?.kind === 'embedded' || r?.kind === 'both') {
        partnerOf.set(r.i, tgt.length);
        const before = random() < 0.5;
        tgt.push((before ? [r.fr, ...para] : [...para, r.fr]).join(' '));
        tgtEnglish.push((before ? [r.en, ...backgroundEn[b]!] : [...backgroundEn[b]!, r.en]).join(' '));
        return;
      }
      tgt.push(para.join(' '));
      tgtEnglish.push(backgroundEn[b]!.join(' '));
    });
    const { gold, kinds } = oneToOneGold(src.length, tgt.length, partnerOf);
    const ambiguous = new Set<string>();
    const words = srcOrigin.map(contentWords);
    tgtEnglish.forEach((english, j) => {
      const w = contentWords(english);
      for (let i = 0; i < src.length; i++) {
        if (partnerOf.get(i) === j) continue;
        if (dice(words[i]!, w) >= 0.5) ambiguous.add(`${i}:${j}`);
      }
    });
    docs.push({ docid: `${pair.docid}-part`, src, tgt, gold, kinds, ambiguous, renderings });
  }
  return docs;
}

function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let k = out.length - 1; k > 0; k--) {
    const r = Math.floor(random() * (k + 1));
    [out[k], out[r]] = [out[r]!, out[k]!];
  }
  return out;
}
