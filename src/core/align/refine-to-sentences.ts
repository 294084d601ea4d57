/**
 * A paragraph alignment of partly parallel texts read sentence by sentence, for the pair checks.
 * There a paired paragraph often renders one sentence of a longer one (a quotation inside a
 * report's own paragraph), and the checks compared the whole paragraphs: every name and number
 * of the report's own sentences was "missing" or "changed" (the sample's 003 → 001 paragraph
 * pair gave `Rekognition` written as `Microsoft`, `April` as `40`: 10 such findings, against 1
 * real one, DHS dropped, sentence by sentence).
 *
 * Inside each paired paragraph bead, the sentence pairs of `sentences` (the same texts aligned
 * at the sentence level) that lie wholly inside it are kept, in order, and the bead's other
 * sentences stand alone. A paired paragraph bead with no such sentence pair (a pairing a person
 * made, or one the sentence level doubts) is kept whole, as one bead of all its sentences: the
 * paragraph alignment decides what corresponds, the sentence alignment only narrows it.
 * Sentences of unpaired paragraphs stand alone. The result covers every sentence of both texts
 * once, in order.
 */
import { type Alignment, type Bead, isTranslationPair } from '../model/alignment.ts';
import type { TextDocument } from '../model/document.ts';

/** The sentence indexes of a list of paragraphs, in order. */
function sentencesOf(doc: TextDocument, paragraphs: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of paragraphs) {
    const para = doc.paragraphs[p]!;
    for (let s = para.firstSentence; s < para.firstSentence + para.sentenceCount; s++) out.push(s);
  }
  return out;
}

/** `paragraphs` (paragraph level) narrowed to the sentence pairs of `sentences` inside its beads. */
export function refineToSentences(
  paragraphs: Alignment,
  sentences: Alignment,
  src: TextDocument,
  tgt: TextDocument,
): Alignment {
  // Which paragraph bead holds each sentence of either side.
  const srcBead = new Int32Array(src.sentences.length).fill(-1);
  const tgtBead = new Int32Array(tgt.sentences.length).fill(-1);
  paragraphs.beads.forEach((bead, k) => {
    for (const s of sentencesOf(src, bead.src)) srcBead[s] = k;
    for (const s of sentencesOf(tgt, bead.tgt)) tgtBead[s] = k;
  });
  // The sentence pairs wholly inside one paired paragraph bead, by bead.
  const inside = new Map<number, Bead[]>();
  for (const bead of sentences.beads) {
    if (bead.src.length === 0 || bead.tgt.length === 0) continue;
    const k = srcBead[bead.src[0]!]!;
    if (k < 0 || !bead.src.every((s) => srcBead[s] === k) || !bead.tgt.every((t) => tgtBead[t] === k))
      continue;
    const list = inside.get(k);
    if (list) list.push(bead);
    else inside.set(k, [bead]);
  }
  const beads: Bead[] = [];
  const alone = (side: 'src' | 'tgt', s: number, confidence: number) =>
    beads.push(side === 'src' ? { src: [s], tgt: [], confidence } : { src: [], tgt: [s], confidence });
  paragraphs.beads.forEach((bead, k) => {
    const srcSentences = sentencesOf(src, bead.src);
    const tgtSentences = sentencesOf(tgt, bead.tgt);
    const pairs = inside.get(k);
    if (srcSentences.length > 0 && tgtSentences.length > 0 && !pairs) {
      beads.push({ src: srcSentences, tgt: tgtSentences, confidence: bead.confidence });
      return;
    }
    // Sentence pairs are monotone: the sentences before each pair stand alone.
    let i = 0;
    let j = 0;
    for (const pair of pairs ?? []) {
      while (srcSentences[i] !== undefined && srcSentences[i]! < pair.src[0]!)
        alone('src', srcSentences[i++]!, bead.confidence);
      while (tgtSentences[j] !== undefined && tgtSentences[j]! < pair.tgt[0]!)
        alone('tgt', tgtSentences[j++]!, bead.confidence);
      beads.push(pair);
      i += pair.src.length;
      j += pair.tgt.length;
    }
    while (i < srcSentences.length) alone('src', srcSentences[i++]!, bead.confidence);
    while (j < tgtSentences.length) alone('tgt', tgtSentences[j++]!, bead.confidence);
  });
  return { ...paragraphs, level: 'sentence', beads };
}

/** Most sentences a side may hold to be refined: refining costs a sentence alignment of both texts. */
export const REFINE_MAX_SENTENCES = 20_000;

/**
 * Whether the pair checks should read `alignment` sentence by sentence (refineToSentences):
 * partly parallel texts (isTranslationPair) aligned at the paragraph level, with a paired bead
 * to check, and no longer than REFINE_MAX_SENTENCES a side. Translations are checked paragraph
 * by paragraph: their paragraphs correspond whole.
 */
export function needsRefining(alignment: Alignment, src: TextDocument, tgt: TextDocument): boolean {
  return (
    alignment.level === 'paragraph' &&
    !isTranslationPair(alignment) &&
    alignment.beads.some((b) => b.src.length > 0 && b.tgt.length > 0) &&
    Math.max(src.sentences.length, tgt.sentences.length) <= REFINE_MAX_SENTENCES
  );
}
